from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Any, Callable, TypeVar, Generic, Protocol, runtime_checkable, Literal, get_type_hints
class Employee(NamedTuple):
    name: str
    dept: str = 'eng'
    salary: float = 0.0
    def raise_(self, pct):
        return self._replace(salary=self.salary * (1 + pct))
e = Employee('kim', salary=100.0)
print(e, e.raise_(0.1), Employee.__annotations__, Employee._field_defaults)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {'title': 'x'}
print(m, Movie.__annotations__, Movie.__total__, type(m))
def greet(name: str, times: int = 1) -> str:
    return name * times
print(greet.__annotations__)
x: int = 5
y: 'List[int]'
print(__annotations__)
class C:
    a: int
    b: Optional[str] = None
print(C.__annotations__, hasattr(C, 'a'), C.b)
print(Optional[int], Union[int, str], List[int], Dict[str, Any], Callable[[int], str], int | None, list[int])
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
b = Box[int](3)
print(b.item, Box[int], T, Box.__parameters__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
print(get_type_hints(greet), Literal['a', 'b'])
def f(a: 'int') -> None: pass
print(f.__annotations__, get_type_hints(f))
print(Union[int, int], Optional[Union[int, str]], (int | str).__args__)
try:
    Closable()
except TypeError as e:
    print(e)
