import tracemalloc
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class SlotPoint:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
Point(0, 0); SlotPoint(0, 0)
tracemalloc.start()
for cls in (Point, SlotPoint):
    b = tracemalloc.get_traced_memory()[0]
    pts = [cls(i, i) for i in range(1000)]
    a = tracemalloc.get_traced_memory()[0]
    print(cls.__name__, a - b, (a - b) / 1000)
    del pts
    print(' after del', tracemalloc.get_traced_memory()[0] - b)
b = tracemalloc.get_traced_memory()[0]
p = Point(1, 2)
print('one point', tracemalloc.get_traced_memory()[0] - b)
b = tracemalloc.get_traced_memory()[0]
p.z = 3
print('third attr', tracemalloc.get_traced_memory()[0] - b)
b = tracemalloc.get_traced_memory()[0]
d = p.__dict__
print('__dict__', tracemalloc.get_traced_memory()[0] - b)
tracemalloc.stop()
