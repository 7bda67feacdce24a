count = 0
def increment():
    global count
    count += 1
    return count
increment(); increment()
print(count)
def outer():
    x = 'enclosing'
    def inner():
        nonlocal x
        x = 'modified'
    inner()
    return x
print(outer())
def shadow():
    len = 5
    return len
print(shadow(), len('abc'))
x = 'global'
def read_global():
    return x
def local_first():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 'local'
print(read_global()); local_first()
def make_multipliers():
    return [lambda n, i=i: n * i for i in range(1, 4)]
print([m(10) for m in make_multipliers()])
class K:
    attr = 'class'
    values = [attr * 2 for attr in ['x']]
    try:
        fails = [attr for _ in range(1)]
    except NameError as e:
        err = str(e)
print(K.values, K.err)
try:
    undefined_name
except NameError as e:
    print(e, e.name)
try:
    prnt('x')
except NameError as e:
    print(e)
def f():
    return locals_var
try:
    f()
except NameError as e:
    print(e)
import builtins
print(builtins.len is len, 'print' in dir(builtins), __name__, __builtins__.__name__ if hasattr(__builtins__, '__name__') else type(__builtins__))
del count
try:
    count
except NameError as e:
    print(e)
for i in range(3):
    pass
print(i, [j for j in range(2)])
try:
    print(j)
except NameError as e:
    print(e)
def gen():
    yield from (k for k in range(2))
print(list(gen()))
lam = lambda: undefined_in_lambda
try:
    lam()
except NameError as e:
    print(e)
