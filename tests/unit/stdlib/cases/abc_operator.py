from abc import ABC, abstractmethod
import operator
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Sq(3).area(), isinstance(Sq(2), Shape), issubclass(Sq, Shape), type(Shape).__name__)
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(3), operator.add(2, 3))
print(operator.itemgetter(1), operator.attrgetter('a', 'b'), operator.methodcaller('split', ','))
print(sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1)), operator.mul(3, 4), operator.neg(5), operator.contains([1], 1))
