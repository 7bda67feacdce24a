import functools
import time

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(), c(5), c.__closure__[0].cell_contents, c.__code__.co_freevars)

def trace(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        arg_s = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        result = func(*args, **kwargs)
        print(f"{func.__name__}({arg_s}) -> {result!r}")
        return result
    return wrapper

def repeat(times):
    def deco(f):
        def inner(*a):
            return [f(*a) for _ in range(times)]
        return inner
    return deco

@trace
def add(a, b=2, *, scale=1):
    """Add things."""
    return (a + b) * scale

add(1)
add(1, 3, scale=10)
add("x", b="y")
print(add.__name__, add.__doc__, add.__wrapped__.__name__)

@repeat(3)
def hello(n):
    return f"hi {n}"
print(hello("bob"), hello.__name__)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

funcs = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in funcs], [f(10) for f in late])

class cached_property_demo:
    def __init__(self):
        self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42
o = cached_property_demo()
print(o.value, o.value, o.calls, "value" in o.__dict__)
p = functools.partial(int, base=2)
print(p("1011"), p.func, p.keywords, repr(p)[:30])
print(functools.reduce(lambda a, b: a * b, range(1, 8)))
@trace
def fails(x):
    return 1 / x
fails(0)
