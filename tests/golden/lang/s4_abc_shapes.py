from abc import ABC, abstractmethod, ABCMeta
import math

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f'{type(self).__name__} area={self.area():.2f} perimeter={self.perimeter():.2f}'

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2

for cls in (Shape, Square):
    try:
        cls(1) if cls is Square else cls()
    except TypeError as e:
        print(e)
print(Circle(1).describe())
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__, Circle.__abstractmethods__)
print(isinstance(Circle(2), Shape), issubclass(Circle, ABC), type(Shape))

class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any('__len__' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized), issubclass(int, Sized), isinstance('x', Sized))

class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @staticmethod
    @abstractmethod
    def make(): ...
class Impl(Base):
    name = 'impl'
    @staticmethod
    def make(): return Impl()
print(Impl.make().name)
try:
    Base()
except TypeError as e:
    print(e)
class Plugin(ABC): pass
Plugin.register(int)
print(isinstance(3, Plugin), issubclass(bool, Plugin), type(Plugin()).__name__)
from collections.abc import Iterable, Sequence, Mapping, MutableMapping, Hashable, Callable
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance((), Hashable), isinstance([], Hashable), isinstance(len, Callable), isinstance(iter([]), Iterable))
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); m['a'] = 1; m.update(b=2); m.setdefault('c', 3)
print(dict(m), m.get('z', 0), 'a' in m, m.pop('a'), list(m.items()), list(m.keys()), type(m.keys()).__name__)
class Half(MutableMapping):
    def __getitem__(self, k): pass
try:
    Half()
except TypeError as e:
    print(e)
