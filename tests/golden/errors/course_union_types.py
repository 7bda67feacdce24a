import sys
print(int | str)
x: int | None = None
print(list[int] | None, None | int, type(None) | int)
def f(a: int | str = 1) -> list[int] | None: pass
print(f.__annotations__)
print(isinstance(3, int | str), (int | str).__args__, type(int | str))
u=int|str; print(sys.getsizeof(u), sys.getrefcount(int|str), hash(u)==hash(str|int), u==(str|int), int|int, (int|str)|None, repr(list[int]|None), (int|str).__parameters__, isinstance(None, int|None), issubclass(bool, int|str), type(None)|int)
import typing; print(typing.Union[int,str] == int|str, int|str == typing.Union[int,str], int|typing.List[int])
class A: pass
class M(type): pass
class B(metaclass=M): pass
print(A | None, B | A, int.__or__(str), int.__ror__(str), u | list[str], type(u).__module__, type(u).__name__)
import types
print(types.UnionType, types.UnionType is type(u))
T = typing.TypeVar("T")
print((int | T).__parameters__ if False else "", (list[T] | None).__parameters__)
try:
    int | 3
except TypeError as e:
    print(e)
