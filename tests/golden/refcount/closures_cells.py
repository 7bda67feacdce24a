# References held by closures (cells) and by function objects.
import sys
val = object()
print('start:', sys.getrefcount(val))
def make():
    captured = val
    def inner():
        return captured
    return inner
f = make()
print('captured in a cell:', sys.getrefcount(val))
g = make()
print('two closures, two cells:', sys.getrefcount(val))
cell = f.__closure__[0]
print('the cell object:', sys.getrefcount(cell))
del f, g
print('closures deleted (cell still referenced by name):', sys.getrefcount(val))
del cell
print('cell deleted:', sys.getrefcount(val))
def counter():
    count = []
    def inc():
        count.append(1)
        return sys.getrefcount(count)
    return inc
inc = counter()
print('list in a cell, seen from inside:', inc())
def outer(x):
    def inner():
        return x
    return inner, sys.getrefcount(x)
fn, seen = outer(val)
print('argument that is also a cell variable:', seen, sys.getrefcount(val))
del fn
print('after the closure is dropped:', sys.getrefcount(val))
lam = lambda: val
print('lambda referring to a global does not hold it:', sys.getrefcount(val))
def fn_obj():
    pass
print('a function object:', sys.getrefcount(fn_obj))
alias = fn_obj
print('aliased function:', sys.getrefcount(fn_obj))
