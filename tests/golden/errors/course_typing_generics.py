from typing import NamedTuple, TypedDict, Protocol, Optional, Union, Any, Callable, TypeVar, Generic, Iterator
import typing
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def raise_(self, pct):
        return self._replace(salary=self.salary * (1 + pct / 100))
e = Employee("kim", salary=100.0)
print(e, e.raise_(10), e._fields, e._field_defaults, Employee.__annotations__)
print(isinstance(e, tuple), e[0], len(e), e._asdict())
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__)
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()
    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)
s: Stack[int] = Stack()
for i in range(3):
    s.push(i)
print(list(s), s.pop(), Stack[int], Stack.__parameters__)
def apply(f: Callable[[int], int], v: Optional[int] = None) -> Union[int, None]:
    return None if v is None else f(v)
print(apply(lambda x: x + 1, 4), apply(abs), apply.__annotations__)
print(Optional[int], Union[int, str], list[int], dict[str, list[int]], Callable[[int], str], Any)
print(typing.get_type_hints(apply) == apply.__annotations__ if False else "hints", int | None)
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hello"
def welcome(g: Greeter) -> str:
    return g.greet().title()
print(welcome(En()))
Pair = tuple[int, int]
def swap(p: Pair) -> Pair:
    return p[1], p[0]
print(swap((1, 2)), Pair)
print(s.pop(), s.pop())
s.pop()
