# __slots__: no __dict__, fixed attributes, inheritance.
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, Point.__slots__, hasattr(p, '__dict__'))
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    p.__dict__
except AttributeError as e:
    print('AttributeError:', e)
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print('AttributeError:', e)
del p.y
try:
    p.y
except AttributeError as e:
    print('AttributeError:', e)
p.y = 'restored'
print(p.y, type(Point.x).__name__)
class Point3D(Point):
    __slots__ = ('z',)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = Point3D(1, 2, 3)
print(p3.x, p3.z, hasattr(p3, '__dict__'))
class Loose(Point):
    pass
lo = Loose(1, 2)
lo.anything = 'ok'
print(lo.anything, hasattr(lo, '__dict__'), vars(lo))
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, vars(w))
try:
    class Conflict:
        __slots__ = ('v',)
        v = 'class default'
except ValueError as e:
    print('ValueError:', e)
class Single:
    __slots__ = 'only'
s = Single()
s.only = 'string slots'
print(s.only, Single.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print('AttributeError:', e)
import sys
print(sys.getsizeof(Point(1, 2)), sys.getsizeof(Point3D(1, 2, 3)), sys.getsizeof(Empty()), sys.getsizeof(Loose(1, 2)))
import weakref
try:
    weakref.ref(Point(1, 2))
except TypeError as e:
    print('TypeError:', e)
class WithWeak:
    __slots__ = ('v', '__weakref__')
ww = WithWeak()
print(weakref.ref(ww)() is ww)
