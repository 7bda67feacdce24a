from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: List[str] = field(default_factory=list, repr=False)

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0
    def shifted(self, d):
        return replace(self, lat=self.lat + d)

a = Item(3.5, "pen")
b = Item(1.25, "clip", ["office"])
print(a, b, a > b, sorted([a, b]), a == Item(3.5, "other"))
print(asdict(b), astuple(a), [f.name for f in fields(Item)])
c = Coord(1.5)
print(c, c.shifted(2), hash(c) == hash(Coord(1.5, 0.0)), c == Coord(1.5))
try:
    c.lat = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    owner: str = "nobody"
    def total(self):
        return sum(i.price for i in self.items)
    def __post_init__(self):
        self.owner = self.owner.title()

inv = Inventory([a, b], "kim lee")
print(inv.total(), inv.owner, repr(inv)[:40])
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
print(Item.__eq__ is not object.__eq__, Coord.__hash__ is not None, Inventory.__hash__)
