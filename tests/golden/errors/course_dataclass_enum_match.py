from dataclasses import dataclass, field, asdict, astuple, replace, fields
from enum import Enum, IntEnum, auto, Flag
from typing import List, Optional, Dict

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()}={self.value}"

class Prio(IntEnum):
    LOW = auto()
    HIGH = auto()

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

@dataclass(order=True)
class Task:
    priority: int
    title: str = field(compare=False)
    tags: List[str] = field(default_factory=list, compare=False)
    done: bool = False
    owner: Optional[str] = None

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

tasks = [Task(3, "write"), Task(1, "plan", ["a"]), Task(2, "test", done=True)]
print(sorted(tasks))
print(tasks[0], asdict(tasks[1]), astuple(tasks[2]))
print(replace(tasks[0], title="rewrite"), [f.name for f in fields(Task)])
p = Point(3, 4)
print(p, p.dist(), p == Point(3.0, 4.0), hash(p) == hash(Point(3, 4)))
try:
    p.x = 10
except Exception as e:
    print(type(e).__name__, e)
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.describe(), list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, Prio.HIGH > Prio.LOW, Prio.HIGH + 1, int(Prio.LOW), Prio.HIGH.name)
print(Perm.R | Perm.W, (Perm.R | Perm.W) & Perm.W, Perm.X in (Perm.R | Perm.X), repr(Perm.R))
print({c.name: c.value for c in Color}, Color.__members__.keys())
d: Dict[str, int] = {"a": 1}
print(d, Task.__annotations__ if False else "", Task.__dataclass_fields__["done"].default)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN | Color.BLUE as c:
        print("green or blue", c)
print(Color.PURPLE)
