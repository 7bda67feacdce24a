from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError

@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)
    def __post_init__(self):
        self.sort_index = self.price * self.qty

a = Item('apple', 0.5, 10)
b = Item('pear', 1.25, 2, ['fruit'])
print(a)
print(b)
print(a < b, sorted([b, a]) == [b, a] or sorted([b, a]))
print(asdict(b))
print(astuple(a))
print(replace(a, qty=3))
print([f.name for f in fields(Item)])
print(a == Item('apple', 0.5, 10))

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, hash(p) == hash((1, 2)))
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    Point()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(e)
print(Point.__match_args__)
print(Item.__dataclass_fields__['tags'].default_factory)
@dataclass(repr=False, eq=False)
class Plain:
    v: int
print(Plain(1) == Plain(1), Plain.__repr__ is object.__repr__)
