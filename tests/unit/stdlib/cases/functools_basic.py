from functools import lru_cache, wraps, partial, reduce, total_ordering, cached_property, cache

@lru_cache(maxsize=128)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__name__, fib.__wrapped__.__name__)

@cache
def sq(x):
    return x * x
print(sq(3), sq(3), sq.cache_info())

def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper

@deco
def hello(name):
    """say hello"""
    return 'hi ' + name
print(hello('x'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)

def power(base, exp):
    return base ** exp
sq2 = partial(power, exp=2)
print(sq2(5), sq2.func.__name__, sq2.args, sq2.keywords)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(2) >= V(1), V(1) > V(2), V(3) <= V(3))

class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C(); print(c.val, c.val, c.n, 'val' in c.__dict__)
