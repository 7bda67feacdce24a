# Numeric protocol: __add__/__radd__/__iadd__, unary ops, NotImplemented, sum().
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Vec({self.x}, {self.y})'
    def __add__(self, other):
        print('  __add__')
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented
    def __radd__(self, other):
        print('  __radd__')
        return self.__add__(other)
    def __iadd__(self, other):
        print('  __iadd__')
        self.x += other.x
        self.y += other.y
        return self
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __invert__(self):
        return Vec(self.y, self.x)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b)
print(a + 10)
print(10 + a)
print(a - b, a * 3, 3 * a, -a, +a is a, abs(b), a @ b, b / 2, b // 2, b % 3, a ** 2, ~a)
c = a
c += b
print(c, a, c is a)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
print(sum([Vec(1, 1), Vec(2, 2)]))
try:
    a + 'str'
except TypeError as e:
    print('TypeError:', e)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
    def __repr__(self):
        return f'OnlyAdd({self.v})'
x = OnlyAdd(1)
y = x
x += 5
print(x, y, x is y)
try:
    5 + OnlyAdd(1)
except TypeError as e:
    print('TypeError:', e)
class Sub(Vec):
    def __radd__(self, other):
        print('  Sub.__radd__ first (subclass on the right)')
        return 'sub wins'
print(Vec(0, 0) + Sub(1, 1))
lst = [1]
alias = lst
lst += [2]
print(lst is alias, alias)
tup = (1,)
talias = tup
tup += (2,)
print(tup is talias, talias)
class Int(int):
    def __add__(self, other):
        return 'custom int add'
print(Int(2) + 3, 3 + Int(2), Int(5) * 2, type(Int(5) * 2).__name__)
print(True + True, (3).__add__(4), (3).__radd__(4), (3).__add__('x'), (2.0).__rmul__(3))
