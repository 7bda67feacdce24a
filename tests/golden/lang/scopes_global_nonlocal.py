# Name resolution: LEGB, global, nonlocal, UnboundLocalError.
x = 'global x'
def read_global():
    return x
def shadow():
    x = 'local x'
    return x
def write_global():
    global x
    x = 'rebound by function'
print(read_global(), shadow(), x)
write_global()
print(x)
def create_global():
    global brand_new
    brand_new = 42
create_global()
print(brand_new)
counter = 0
def broken():
    try:
        counter += 1
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
broken()
def broken_read():
    try:
        print(y)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    y = 1
broken_read()
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 10
    inner(); inner()
    return n
print(outer())
def outer2():
    v = 'outer2'
    def mid():
        v = 'mid'
        def inner():
            nonlocal v
            v = 'set by inner'
        inner()
        return v
    return mid(), v
print(outer2())
print(len.__module__, __name__, type(__builtins__).__name__ in ('module', 'dict'))
len = lambda obj: 'shadowed len'
print(len([1, 2]))
del len
print(len([1, 2]))
def uses_builtin():
    return max([1, 5, 3])
print(uses_builtin())
for loop_var in range(3):
    pass
print(loop_var)
if True:
    block_var = 'visible after if'
print(block_var)
try:
    raise ValueError('v')
except ValueError as err:
    caught = err
try:
    print(err)
except NameError as e:
    print('NameError:', e)
print(repr(caught))
def f():
    global g_val
    g_val = 1
    def h():
        return g_val + 1
    return h()
print(f(), g_val)
print(sorted(k for k in globals() if not k.startswith('__'))[:6])
def locals_demo(a, b=2):
    c = a + b
    return sorted(locals().items())
print(locals_demo(1))
