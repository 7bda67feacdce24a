# Weak references and their callbacks, on refcount death and during collection.
import gc
import weakref

gc.collect()

class Obj:
    def __init__(self, name):
        self.name = name

def cb(ref):
    print("callback, referent alive?", ref() is not None)

o = Obj("x")
r = weakref.ref(o, cb)
print("alive:", r() is o, weakref.getweakrefcount(o))
del o
print("after del:", r())

a = Obj("a"); b = Obj("b"); a.b = b; b.a = a
ra = weakref.ref(a, cb)
del a, b
print("collected:", gc.collect())
print("ra():", ra())

try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError:", e)
