import tracemalloc, sys
class Regular:
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z
class Slotted:
    __slots__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z
def build(cls, n):
    return [cls(i, i * 2, i * 3) for i in range(n)]
for cls in (Regular, Slotted):
    tracemalloc.start()
    objs = build(cls, 10000)
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(cls.__name__, cur, peak, sys.getsizeof(objs[0]))
    del objs
r = Regular(1, 2, 3)
print('regular dict', sys.getsizeof(r.__dict__), sys.getsizeof(r))
print(hasattr(Slotted(1, 2, 3), '__dict__'))
