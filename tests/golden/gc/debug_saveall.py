# gc.DEBUG_SAVEALL keeps the garbage in gc.garbage instead of freeing it.
import gc

gc.collect()

class Node:
    pass

gc.set_debug(gc.DEBUG_SAVEALL)
a = Node(); b = Node(); a.b = b; b.a = a
del a, b
n = gc.collect()
print("collected:", n)
print("garbage:", len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("after clear:", gc.collect())
print("threshold:", gc.get_threshold(), "enabled:", gc.isenabled())
gc.disable()
print("enabled after disable:", gc.isenabled())
gc.enable()
