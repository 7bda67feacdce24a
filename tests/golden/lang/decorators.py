# Decorators: plain, with arguments, functools.wraps, stacking order, class decorators.
import functools
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f'  -> {fn.__name__}{args}')
        result = fn(*args, **kwargs)
        print(f'  <- {fn.__name__} = {result!r}')
        return result
    return wrapper
@trace
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__)
def trace_wraps(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@trace_wraps
def sub(a, b):
    """Subtract."""
    return a - b
print(sub(5, 3), sub.__name__, sub.__doc__, sub.__wrapped__.__name__, sub.__qualname__)
def repeat(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def hello(name):
    return f'hi {name}'
print(hello('kim'))
def tag(label):
    def deco(fn):
        print(f'decorating {fn.__name__} with {label}')
        def wrapper():
            return f'<{label}>{fn()}</{label}>'
        return wrapper
    return deco
@tag('b')
@tag('i')
def text():
    return 'text'
print(text())
def counted(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)
def register(cls):
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(Plugin.registered, Plugin.__name__)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1) is Config(2), Config(3).v)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), len(fib.cache), type(fib).__name__)
@functools.lru_cache(maxsize=None)
def slow_square(n):
    print('  computing', n)
    return n * n
print(slow_square(4), slow_square(4), slow_square.cache_info())
class Service:
    @trace
    def method(self, x):
        return x * 10
print(Service().method(4))
@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(14), fact.cache_info().currsize)
