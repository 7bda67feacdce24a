# __repr__, __str__, __format__, __eq__, __hash__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
    def __str__(self):
        return f'({self.x}, {self.y})'
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
p = Point(1, 2)
print(p, repr(p), str(p), [p], {'k': p}, f'{p}', f'{p!r}', '%s %r' % (p, p))
print(p == Point(1, 2), p != Point(1, 2), p == (1, 2), p is Point(1, 2), p != 'x')
print(len({Point(1, 2), Point(1, 2), Point(2, 1)}), {Point(0, 0): 'origin'}[Point(0, 0)])
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return 'only str'
o = OnlyStr()
print(o, [str(o)], repr(o).startswith('<__main__.OnlyStr object at 0x'))
class EqNoHash:
    def __eq__(self, other):
        return True
print(EqNoHash.__hash__)
try:
    hash(EqNoHash())
except TypeError as e:
    print('TypeError:', e)
print(EqNoHash() == 5, 5 == EqNoHash(), EqNoHash() != 5)
class Default:
    pass
a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a), type(hash(a)).__name__)
class Money:
    def __init__(self, amount):
        self.amount = amount
    def __format__(self, spec):
        if spec == 'won':
            return f'{self.amount:,}원'
        return format(self.amount, spec)
print(f'{Money(1234567):won}', f'{Money(5):>5}|', format(Money(3), '03d'))
class Loud:
    def __eq__(self, other):
        print('  Loud.__eq__ called')
        return NotImplemented
print(Loud() == Loud())
print(Loud() == 1)
print([1, Loud()] == [1, 2])
class Rev:
    def __eq__(self, other):
        return 'rev-eq'
print(1 == Rev(), Rev() == 1, None == Rev())
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split('.'))
    def __repr__(self):
        return 'Version(' + '.'.join(map(str, self.parts)) + ')'
print(repr(Version('3.12.1')), [Version('1.0')], (Version('2.0'),))
print(object().__repr__().startswith('<object object at'), repr(object) , repr(int), repr(Point))
