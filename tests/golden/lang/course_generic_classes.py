from typing import Generic, TypeVar, List, Dict, Protocol, Iterator
T = TypeVar("T"); K = TypeVar("K"); V = TypeVar("V")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
class Pair(Generic[K, V]): pass
class IntBox(Box[int]): pass
class MyList(List[T]): pass
class P(Protocol[T]):
    def get(self) -> T: ...
print(Box.__parameters__, Pair.__parameters__, IntBox.__parameters__, MyList.__parameters__, P.__parameters__)
print(Box.__orig_bases__, IntBox.__orig_bases__, MyList.__mro__, Box.__mro__)
print(Box[int], Pair[str, int], Box[int](3).v, Generic[T], Dict[K, List[V]].__parameters__)
print(MyList([1, 2]), IntBox.__mro__)
try:
    class Bad(Generic): pass
except TypeError as e: print(e)
try:
    Generic[int]
except TypeError as e: print(e)
