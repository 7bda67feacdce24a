from abc import ABC, abstractmethod
class Shape(ABC):
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
    @classmethod
    def unit(cls):
        return cls(1)
    @staticmethod
    def kinds():
        return [c.__name__ for c in Shape.__subclasses__()]
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("registered", cls.__name__)
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Square(Shape):
    def __init__(self, s):
        super().__init__("square")
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def side(self):
        return self.s
    @side.setter
    def side(self, v):
        if v < 0:
            raise ValueError("negative side")
        self.s = v
shapes = [Circle(2), Square(3), Circle.unit(), Square.unit()]
for s in shapes:
    print(s.describe())
print(Shape.count, Shape.kinds(), Square.__mro__)
sq = shapes[1]; sq.side = 5; print(sq.side, sq.area(), vars(sq))
try:
    sq.side = -1
except ValueError as e:
    print(e)
try:
    Shape("x")
except TypeError as e:
    print(e)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
print(isinstance(D(), A), issubclass(D, C), type(D()).__bases__, D.__name__, D.__qualname__, D.__module__)
print(hasattr(sq, "side"), getattr(sq, "nope", "default"), callable(sq.area), type(sq.area).__name__, sq.area.__self__ is sq)
class Base:
    def __init__(self, x):
        self.x = x
class Child(Base):
    pass
print(Child(5).x)
class X: pass
class Y(X, object): pass
print(Y.__mro__)
class Bad(X, Y): pass
