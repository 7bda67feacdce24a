# Inspecting gc.garbage with DEBUG_SAVEALL to find what leaked
import gc
gc.collect()

class Parent:
    def __init__(self):
        self.children = []
class Child:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)

def build():
    p = Parent()
    for _ in range(3):
        Child(p)

gc.set_debug(gc.DEBUG_SAVEALL)
build()
found = gc.collect()
gc.set_debug(0)
print("unreachable:", found)
counts = {}
for o in gc.garbage:
    counts[type(o).__name__] = counts.get(type(o).__name__, 0) + 1
print(sorted(counts.items()))
parents = [o for o in gc.garbage if isinstance(o, Parent)]
print(len(parents[0].children))
gc.garbage.clear()
print("freed for real:", gc.collect())
