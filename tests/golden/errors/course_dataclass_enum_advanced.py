from dataclasses import dataclass, field, KW_ONLY, InitVar, fields, asdict
from enum import Enum, StrEnum, IntFlag, auto, unique
import functools, itertools
@dataclass(slots=True)
class Vec:
    x: float
    y: float = 0.0
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
@dataclass
class Order:
    id: int
    items: list = field(default_factory=list, repr=False)
    _: KW_ONLY
    rush: bool = False
    discount: InitVar[float] = 0.0
    total: float = field(init=False, default=0.0)
    def __post_init__(self, discount):
        self.total = sum(self.items) * (1 - discount)
v = Vec(1, 2) + Vec(3)
print(v, Vec.__slots__, hasattr(v, "__dict__"), Opts(level=3), Order(1, [10, 20], rush=True, discount=0.5))
print([f.name for f in fields(Order)], asdict(Order(2, [1])))
try:
    Opts(True)
except TypeError as e:
    print(e)
class Color(StrEnum):
    RED = auto()
    GREEN = auto()
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
@unique
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @property
    def label(self):
        return self.value.title()
    @classmethod
    def parse(cls, s):
        return cls(s.lower())
print(Color.RED, repr(Color.GREEN), Color.RED == "red", Color.RED.upper(), f"{Color.GREEN}", list(Color))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), int(Perm.R | Perm.W | Perm.X), Perm(6), Perm.R in Perm(5), ~Perm.R)
print(Status.parse("ACTIVE"), Status.ACTIVE.label, Status["INACTIVE"].value, Status.ACTIVE.name, [s.label for s in Status])
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(True))
print(list(itertools.pairwise("abcd")), list(itertools.batched(range(7), 3)), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 4, 2, 5])), list(itertools.filterfalse(str.isdigit, "a1b2")), list(itertools.cycle("ab") for _ in range(0)), next(itertools.count(5, 2)), list(itertools.repeat("x", 3)))
print(functools.reduce(lambda a, b: a + b, ["a", "b", "c"], ">"), sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print("{name} is {age}".format_map({"name": "Bo", "age": 3}), "{0[1]}{0[0]}".format("ab"))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
print(Status.UNKNOWN)
