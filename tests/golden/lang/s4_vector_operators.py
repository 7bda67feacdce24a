import math
class Vector:
    __slots__ = ('x', 'y')
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Vector({self.x!r}, {self.y!r})'
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self):
        yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __matmul__(self, other): return self.x * other.y - self.y * other.x
    def __iadd__(self, other):
        print('iadd called')
        self.x += other.x; self.y += other.y
        return self
    def __round__(self, n=None): return Vector(round(self.x, n), round(self.y, n))
    def __format__(self, spec): return f'<{self.x:{spec}}, {self.y:{spec}}>'
v, w = Vector(3, 4), Vector(1, 2)
print(v + w, v - w, v * 2, 3 * v, v * w, v / 2, -v, abs(v), bool(Vector()), v @ w)
print(v == Vector(3, 4), v != w, {v, Vector(3, 4)}, list(v), v[1], len(v), tuple(w), round(Vector(1.26, 2.5), 1))
print(f'{v:.2f}', format(w, '>4'))
u = v
u += w
print(u is v, v)
try:
    v + 1
except TypeError as e:
    print(e)
try:
    'a' * v
except TypeError as e:
    print(e)
try:
    v < w
except TypeError as e:
    print(e)
try:
    v.z = 1
except AttributeError as e:
    print(e)
x, y = v
print(x, y, sum([Vector(1, 1), Vector(2, 2)], Vector()), sorted([Vector(2, 0), Vector(1, 5)], key=abs))
class Money:
    def __init__(self, cents): self.cents = cents
    def __add__(self, o):
        if isinstance(o, Money): return Money(self.cents + o.cents)
        if o == 0: return self
        return NotImplemented
    def __radd__(self, o): return self.__add__(o)
    def __lt__(self, o): return self.cents < o.cents
    def __repr__(self): return f'${self.cents / 100:.2f}'
wallet = [Money(150), Money(275), Money(5)]
print(sum(wallet), max(wallet), min(wallet), sorted(wallet))
try:
    Money(1) <= Money(2)
except TypeError as e:
    print(e)
print(Money(1) > Money(0))
class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print('eq', self.v); return NotImplemented
print(Num(1) == Num(2), Num(1) != Num(1))
