from typing import List, Dict, Tuple, Set, Optional, Union, Any, Callable, Iterator, Iterable, Generator, TypeVar, Generic, NamedTuple
print(List, List[int], Dict[str, Any], Tuple[int, ...], Optional[int], Union[int, str], Union[int, None], Union[int, str, None])
print(Callable[[int, str], bool], Callable[..., int], Set[str], Iterator[int], Generator[int, None, None], Any)
T = TypeVar('T')
print(T, List[T], Dict[str, List[int]])
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
s = Stack(); s.push(1); print(s.items)
def f(x: int, y: Optional[str] = None) -> Dict[str, Any]:
    return {'x': x}
print(f(1), f.__annotations__['return'])
class P(NamedTuple):
    x: int
    y: int = 0
print(P(1), P(1, 2).y, P._fields)
print(List[int] == List[int], Optional[int] == Union[int, None])
