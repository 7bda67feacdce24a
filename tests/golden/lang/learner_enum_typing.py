from enum import Enum, IntEnum, auto, Flag
from typing import NamedTuple, Optional

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value, list(Color))
print(Status.OK == 200, Status.NOT_FOUND + 1, Status(404).name, Perm.R | Perm.W, Perm.R in (Perm.R | Perm.X))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: Optional[int] = None

e = Employee("Kim")
print(e, e._replace(salary=100), Employee._fields, e.dept)

def greet(name: str, times: int = 1) -> str:
    return ", ".join([f"hi {name}"] * times)
print(greet("a", 2), greet.__annotations__)
for c in Color:
    match c:
        case Color.RED:
            print("stop")
        case Color.GREEN:
            print("go")
        case _:
            print("?", c.name.lower())
