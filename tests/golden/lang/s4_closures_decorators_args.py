import functools, time

def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            results = [func(*args, **kwargs) for _ in range(times)]
            return results
        return wrapper
    return decorator

@repeat(3)
def greet(name):
    """Say hi."""
    return f'hi {name}'
print(greet('kim'), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)

def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)

def validate(**types):
    def deco(f):
        @functools.wraps(f)
        def inner(**kw):
            for k, t in types.items():
                if not isinstance(kw.get(k), t):
                    raise TypeError(f'{f.__name__}: {k} must be {t.__name__}')
            return f(**kw)
        return inner
    return deco
@validate(x=int, y=int)
def add(x, y): return x + y
print(add(x=1, y=2))
try:
    add(x=1, y='2')
except TypeError as e:
    print(e)

def call_counter(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@call_counter
def sq(n): return n * n
[sq(i) for i in range(4)]
print(sq.calls, sq.__name__, sq.__qualname__)

class CountCalls:
    def __init__(self, f):
        functools.update_wrapper(self, f)
        self.f = f; self.n = 0
    def __call__(self, *a, **k):
        self.n += 1
        return self.f(*a, **k)
@CountCalls
def hello(): return 'hello'
hello(); hello()
print(hello.n, hello.__name__, type(hello).__name__)

adders = [lambda x: x + i for i in range(3)]
print([a(10) for a in adders])
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
def outer():
    x = 'outer'
    def inner():
        print(x)
    x = 'changed'
    return inner
outer()()
def broken():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(e)
    y = 1
broken()
def unbound():
    total = 0
    def add(n):
        total += n
    try:
        add(1)
    except UnboundLocalError as e:
        print(e)
unbound()
print(repr(inc)[:34], greet.__qualname__, make_counter.__code__.co_cellvars)
