from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1), p == Point(2), Point.__hash__, asdict(p), astuple(p), replace(p, y=5))
print([f.name for f in fields(Point)], Point.__init__.__qualname__, Point.__match_args__)
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, [], 4)
except TypeError as e:
    print(e)
@dataclass(frozen=True, order=True)
class V:
    a: int
    b: str = 'x'
v = V(1)
print(v, hash(v) == hash(V(1)), V(1) < V(2), sorted([V(3), V(1)]))
try:
    v.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class A:
        x: int = 1
        y: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class B:
        x: list = []
except ValueError as e:
    print(e)
@dataclass
class Inv:
    name: str
    qty: int = 0
    def __post_init__(self):
        self.total = self.qty * 2
i = Inv('a', 3); print(i, i.total)
@dataclass(slots=True)
class S:
    a: int
    b: int
s = S(1, 2); print(s, hasattr(s, '__dict__'), S.__slots__)
