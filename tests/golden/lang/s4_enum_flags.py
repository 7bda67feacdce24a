from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'])
print(Color.CRIMSON is Color.RED, list(Color))
print(Color.__members__.keys())
print(Color.RED.name, Color.RED.value)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError', e)

class Priority(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()

print(Priority.HIGH > Priority.LOW, Priority.MID + 1, sorted([Priority.HIGH, Priority.LOW]))
print(f"{Priority.MID}", str(Priority.MID), format(Priority.MID, '>5'))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw)
print(list(rw), ~Perm.R, Perm(0), bool(Perm(0)))

class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, Mode.A | 4, repr(Mode(3)))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.674e-11 * self.mass / self.radius ** 2
for p in Planet:
    print(p.name, round(p.gravity, 2))
print(isinstance(Color.RED, Color), type(Color.RED), Color.RED.__class__.__mro__)
