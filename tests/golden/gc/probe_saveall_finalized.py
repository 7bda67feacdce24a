# DEBUG_SAVEALL with __del__ in a cycle: finalizers run, objects are kept in gc.garbage, marked finalized
import gc, weakref
gc.collect()
class Node:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name, gc.is_finalized(self))
a = Node("a"); b = Node("b"); a.b = b; b.a = a
wa = weakref.ref(a)
gc.set_debug(gc.DEBUG_SAVEALL)
del a, b
print(gc.collect())
print([type(o).__name__ for o in gc.garbage])
print(wa())
gc.set_debug(0)
x = gc.garbage[0]
print(gc.is_finalized(x))
gc.garbage.clear()
del x
print(gc.collect())
