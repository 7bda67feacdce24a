from enum import Enum, StrEnum, IntFlag, auto
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields, is_dataclass
Animal = Enum('Animal', 'CAT DOG BIRD')
print(list(Animal), Animal.DOG.value, Animal['BIRD'], Animal(1))
class Color(StrEnum):
    RED = auto()
    GREEN = 'green'
print(Color.RED, repr(Color.RED), Color.RED == 'red', Color.RED.upper(), f'{Color.GREEN}', Color('green'))
class Light(Enum):
    RED = 'stop'
    GREEN = 'go'
def act(l):
    match l:
        case Light.RED:
            return 'stopping'
        case Light.GREEN:
            return 'going'
print(act(Light.RED), act(Light.GREEN), Light.RED in Light, len(Light), Light._member_names_)
try:
    Light.RED = 'x'
except AttributeError as e:
    print(e)
try:
    class Sub(Light):
        BLUE = 'b'
except TypeError as e:
    print(e)
@dataclass
class Account:
    owner: str
    _: KW_ONLY
    balance: float = 0.0
    secret: InitVar[str | None] = None
    log: list = field(default_factory=list, repr=False)
    def __post_init__(self, secret):
        self.has_secret = secret is not None
a = Account('kim', balance=5, secret='pw')
print(a, a.has_secret, [f.name for f in fields(a)], is_dataclass(a), is_dataclass(Account))
try:
    Account('lee', 5)
except TypeError as e:
    print(e)
@dataclass(slots=True, frozen=True)
class P:
    x: int
    y: int = 0
p = P(1)
print(p, P.__slots__, hasattr(p, '__dict__'))
try:
    p.x = 2
except Exception as e:
    print(type(e).__name__, e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__init__.__doc__ is None)
try:
    K(1)
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
