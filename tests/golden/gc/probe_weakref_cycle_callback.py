# Weak references and cycles: who sees what during collection
import gc, weakref
gc.collect()

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = Node("a"); b = Node("b")
a.other = b; b.other = a
ra = weakref.ref(a, lambda r: print("callback a, referent:", r()))
rb = weakref.ref(b, lambda r: print("callback b, referent:", r()))
del a, b
print("collecting")
print("collected:", gc.collect())
print(ra(), rb())

# a weakref that is itself part of the garbage: its callback never runs
c = Node("c")
c.selfref = weakref.ref(c, lambda r: print("never printed"))
c.me = c
del c
print("collected:", gc.collect())
