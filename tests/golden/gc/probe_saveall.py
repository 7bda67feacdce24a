# DEBUG_SAVEALL keeps collected objects in gc.garbage
import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)

class Leaf:
    def __init__(self, n):
        self.n = n

a = Leaf(1); b = Leaf(2)
a.b = b; b.a = a
del a, b
print("collected:", gc.collect())
print(len(gc.garbage))
print(sorted(type(o).__name__ for o in gc.garbage))
print(sorted(o.n for o in gc.garbage if isinstance(o, Leaf)))
x = []
x.append(x)
del x
print(gc.collect(), len(gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect())
print(gc.get_debug())
