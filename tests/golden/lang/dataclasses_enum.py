# dataclasses and enum.
from dataclasses import dataclass, field, asdict, astuple, replace
from enum import Enum, IntEnum, auto, Flag
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), asdict(p), astuple(p), replace(p, y=9))
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
print(sorted([Version(1, 2), Version(0, 9), Version(1, 0)]), Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    Version(1).major = 2
except Exception as e:
    print(type(e).__name__, e)
@dataclass
class Inventory:
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
a, b = Inventory(), Inventory()
a.items.append('x')
print(a, b, a.count)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError:', e)
@dataclass
class WithPost:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(WithPost(3, 4))
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color['RED'], Color.RED.name, Color.RED.value, list(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), len(Color), [c.name for c in Color])
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
class Pri(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Pri.LOW, Pri.HIGH + 1, Pri.LOW < Pri.HIGH, sorted([Pri.HIGH, Pri.LOW]), Pri.HIGH == 2)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, repr(Perm.R), list(rw))
class Status(str, Enum):
    OK = 'ok'
    FAIL = 'fail'
print(Status.OK == 'ok', Status('fail'), f'{Status.OK}', Status.OK.value.upper())
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('matched green')
