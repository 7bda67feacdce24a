# isinstance / issubclass, type(), bool subclassing int, abstract base classes.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B), issubclass(bool, int))
print(type(b) is B, type(b) is A, type(b) == B, type(True) is bool, isinstance(True, int))
print(isinstance(1, float), isinstance(1.0, float), isinstance(1, (int, float)), isinstance('s', str))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), issubclass(type, object), isinstance(len, object))
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError:', e)
from collections.abc import Iterable, Sized, Callable, Hashable, Sequence, Mapping
print(isinstance([1], Iterable), isinstance(5, Iterable), isinstance('s', Sequence), isinstance({}, Mapping))
print(isinstance(len, Callable), isinstance([], Hashable), isinstance((), Hashable))
class HasLen:
    def __len__(self):
        return 0
print(isinstance(HasLen(), Sized), issubclass(HasLen, Sized))
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).area(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)
class Incomplete(Shape):
    pass
try:
    Incomplete()
except TypeError as e:
    print('TypeError:', e)
print(int.__mro__, bool.__bases__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(isinstance(b, type(b)), type(type(b)), B.__class__, type.__class__)
