import math
class Shape:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls.__name__)
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
shapes = [Circle(1), Rect(2, 3.5), Square(2), Circle(0.5)]
print(sorted(shapes), min(shapes), Shape.registry)
for s in shapes:
    print(f"{type(s).__name__:>7}: area={s.area():8.3f} perimeter={s.perimeter():8.3f}")
print(sum(s.area() for s in shapes), math.fsum(s.area() for s in shapes))
print(isinstance(Square(1), Rect), Square.__mro__[1].__name__, math.degrees(math.atan2(1, 1)), math.radians(180))
print(round(math.sin(math.radians(30)), 10), math.cos(math.pi), math.tan(math.pi / 4), math.hypot(5, 12))
print([round(math.sqrt(n), 4) for n in range(1, 6)], math.log(math.e ** 2), math.exp(math.log(10)))
print(math.pow(2, 0.5), 2 ** 0.5, math.e ** 0.5, 10 ** 0.5, math.log1p(1e-10), math.expm1(1e-10))
