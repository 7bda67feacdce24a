import functools

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(5), c2(), c1.__closure__[0].cell_contents, c1.__code__.co_freevars)

def timer(label):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"[{label}] calling {fn.__name__}{args}")
            result = fn(*args, **kwargs)
            print(f"[{label}] -> {result!r}")
            return result
        return wrapper
    return deco

@timer("T")
def add(a, b=2):
    """Add two numbers."""
    return a + b

print(add(1), add(3, b=4), add.__name__, add.__doc__, add.__wrapped__(0))

def memo(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), len(fib.cache))

@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(50), ways.cache_info())

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], [(lambda i=i: i)() for i in range(3)])

def outer():
    x = 1
    def inner():
        print(x)
        x = 2
    inner()
try:
    outer()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)

@CountCalls
def hello(name):
    return "hi " + name
print(hello("a"), hello("b"), hello.calls, hello.__name__)
p = functools.partial(int, base=2)
print(p("1010"), p.func, p.keywords, functools.reduce(lambda a, b: a * b, range(1, 6)))
