import sys
class Meta(type):
    pass
class A(metaclass=Meta):
    x = []
    def m(self): return self
a = A()
print(sys.getrefcount(A.x))
print(sys.getrefcount(A))
print(sys.getrefcount(Meta))
b = a.m()
print(sys.getrefcount(a))
print(sys.getrefcount(A.m))
ms = [a.m for _ in range(3)]
print(sys.getrefcount(a))
del ms
print(sys.getrefcount(a))
import functools
p = functools.partial(print, a)
print(sys.getrefcount(a))
del p
lam = lambda: a
print(sys.getrefcount(a))
def outer():
    obj = object()
    def inner():
        return obj
    print(sys.getrefcount(obj))
    return inner
fn = outer()
print(sys.getrefcount(fn.__closure__[0].cell_contents))
print(sys.getrefcount(fn.__closure__[0]))
import weakref
class W: pass
w = W()
r = weakref.ref(w)
print(sys.getrefcount(w), weakref.getweakrefcount(w))
pr = weakref.proxy(w)
print(sys.getrefcount(w))
d = dict.fromkeys(range(3), w)
print(sys.getrefcount(w))
s = {w}
print(sys.getrefcount(w))
fs = frozenset([w])
print(sys.getrefcount(w))
