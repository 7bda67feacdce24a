# __slots__, __weakref__ and cycles
import gc, weakref
gc.collect()

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
print(hasattr(p, "__dict__"), hasattr(p, "__weakref__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(gc.is_tracked(p))

class Node:
    __slots__ = ("value", "next", "__weakref__")
a = Node(); b = Node()
a.next = b; b.next = a
a.value = b.value = 0
r = weakref.ref(a, lambda ref: print("node a collected"))
del a, b
print("collect:", gc.collect())
print(r())

class Child(Point):
    pass
c = Child(3, 4)
c.extra = c
del c
print("subclass with dict:", gc.collect())
