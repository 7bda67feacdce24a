from enum import Enum, IntEnum, Flag, auto, StrEnum, unique
class C(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
print(C.RED, repr(C.RED), C(2), C['GREEN'], list(C), len(C), C.ALIAS is C.RED, 2 in C, C.RED in C, C, f'{C.RED}', C.RED.name, C.RED.value)
try: C(5)
except ValueError as e: print(e)
try: C['X']
except KeyError as e: print(repr(e))
class N(IntEnum):
    A = auto()
    B = auto()
print(N.A, repr(N.B), N.A + 1, N.B == 2, f'{N.A}', str(N.A), format(N.B, '>3'))
class P(Flag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R | P.W), P.R in (P.R|P.W), bool(P.R & P.W), repr(P(0)), list(P.R|P.X))
class S(StrEnum):
    A = auto()
print(S.A, repr(S.A), S.A == 'a')
try: C.RED = 3
except AttributeError as e: print(e)
print(C.__members__)
print(type(C), isinstance(C.RED, C))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
print(Planet.EARTH.mass, Planet.EARTH.value)
class Status(str, Enum):
    OK = 'ok'
    FAIL = 'fail'
print(Status.OK == 'ok', Status('fail'), f'{Status.OK}', repr(Status.OK), Status.OK.value.upper())
class Pri(IntEnum):
    LOW = 1
    HIGH = 2
print(Pri(2), Pri.LOW < Pri.HIGH, sorted([Pri.HIGH, Pri.LOW]), Pri.HIGH * 10)
