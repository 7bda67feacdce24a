# Order of weakref callbacks: newest ref first
import weakref, gc

class Obj:
    pass

o = Obj()
refs = []
for i in range(3):
    refs.append(weakref.ref(o, lambda r, i=i: print("callback", i, r() is None)))
print(weakref.getweakrefcount(o))
del o
print("-- in a cycle")
a = Obj(); b = Obj(); a.b = b; b.a = a
ra = weakref.ref(a, lambda r: print("a died"))
rb = weakref.ref(b, lambda r: print("b died"))
del a, b
gc.collect()
print("-- callback receives the dead ref")
seen = []
x = Obj()
rx = weakref.ref(x, seen.append)
del x
print(seen[0] is rx, seen[0]())
print(rx.__callback__)
y = Obj()
ry = weakref.ref(y, print)
print(ry.__callback__ is print)
del y
