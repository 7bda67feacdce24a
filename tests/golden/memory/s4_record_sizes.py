import sys
from collections import namedtuple
from dataclasses import dataclass

Point = namedtuple("Point", "x y z")

@dataclass
class DPoint:
    x: int
    y: int
    z: int

@dataclass(slots=True)
class SPoint:
    x: int
    y: int
    z: int

class Plain:
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z

class Slotted:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x = x; self.y = y; self.z = z

recs = {
    "tuple": (1, 2, 3),
    "list": [1, 2, 3],
    "dict": {"x": 1, "y": 2, "z": 3},
    "namedtuple": Point(1, 2, 3),
    "dataclass": DPoint(1, 2, 3),
    "dataclass(slots)": SPoint(1, 2, 3),
    "plain": Plain(1, 2, 3),
    "slots": Slotted(1, 2, 3),
}
for name, r in recs.items():
    extra = sys.getsizeof(r.__dict__) if hasattr(r, "__dict__") else 0
    print(f"{name:17} {sys.getsizeof(r):4} +dict {extra}")
print(hasattr(SPoint(1, 2, 3), "__dict__"), SPoint.__slots__)
print(sys.getsizeof(Point), sys.getsizeof(Slotted), sys.getsizeof(Plain))
p = Plain(1, 2, 3)
p.w = 4
print(sys.getsizeof(p), sys.getsizeof(p.__dict__))
