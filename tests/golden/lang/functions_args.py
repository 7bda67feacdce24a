# Function parameters: defaults, *args, **kwargs, keyword-only, positional-only, unpacking.
def f(a, b=2, *args, c, d=4, **kwargs):
    return f'a={a} b={b} args={args} c={c} d={d} kwargs={kwargs}'
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9, d=10))
print(f(*[1, 2, 3], **{'c': 'C', 'z': 'Z'}))
def pos_only(x, y, /, z=0, *, w=1):
    return (x, y, z, w)
print(pos_only(1, 2), pos_only(1, 2, 3, w=4), pos_only(1, 2, z=9))
try:
    pos_only(x=1, y=2)
except TypeError as e:
    print('TypeError:', e)
def kw_only(*, key):
    return key
try:
    kw_only(1)
except TypeError as e:
    print('TypeError:', e)
try:
    kw_only()
except TypeError as e:
    print('TypeError:', e)
def two(a, b):
    return a + b
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {'b': 2, 'c': 3}), ((1,), {'a': 2}), ((), {})]:
    try:
        print(two(*args, **kwargs))
    except TypeError as e:
        print('TypeError:', e)
def mutable_default(item, bucket=[]):
    bucket.append(item)
    return bucket
print(mutable_default(1), mutable_default(2), mutable_default(3, []))
def safe_default(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(safe_default(1), safe_default(2))
print(f.__name__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(pos_only.__code__.co_varnames, f.__code__.co_flags & 0x0C)
def documented(x: int, y: 'str' = 'v') -> bool:
    """Docstring here."""
    return True
print(documented.__doc__, documented.__annotations__, documented.__qualname__, documented.__module__)
def varargs(*args):
    return type(args).__name__, len(args)
def varkw(**kw):
    return type(kw).__name__, sorted(kw)
print(varargs(), varargs(1, 2), varkw(), varkw(b=1, a=2))
def recurse_sum(*nums):
    return 0 if not nums else nums[0] + recurse_sum(*nums[1:])
print(recurse_sum(1, 2, 3, 4))
print(print.__name__, max(*[3, 9, 2]), dict(**{'a': 1}, b=2))
def no_return():
    pass
print(no_return(), no_return.__doc__)
try:
    f(1, c=1, **{'c': 2})
except TypeError as e:
    print('TypeError:', e)
try:
    two(1, 2, a=5)
except TypeError as e:
    print('TypeError:', e)
def order(a, b, /, c, *, d):
    return [a, b, c, d]
print(order(1, 2, c=3, d=4), order(1, 2, 3, d=4))
def func_with_attr():
    func_with_attr.calls = getattr(func_with_attr, 'calls', 0) + 1
    return func_with_attr.calls
func_with_attr(); func_with_attr()
print(func_with_attr.calls)
