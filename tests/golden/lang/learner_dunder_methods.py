import functools

@functools.total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents / 100:.2f})"
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __hash__(self):
        return hash(self.cents)
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)
    __radd__ = __add__
    def __mul__(self, k):
        return Money(self.cents * k)
    def __bool__(self):
        return self.cents != 0
    def __neg__(self):
        return Money(-self.cents)

m = Money(150)
print(m + Money(50), 10 + m, sum([Money(1), Money(2)]), m * 3, -m, m >= Money(100), m != Money(150), bool(Money(0)))
print({m, Money(150), Money(5)}, m == 150, sorted([Money(3), Money(1)]))
try:
    m * "x" + 1
except TypeError as e:
    print("TypeError:", e)

class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.xs[i])
        return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __contains__(self, v): return v in self.xs
    def __iter__(self): return iter(self.xs)
    def __repr__(self): return f"Vector{tuple(self.xs)}"
    def __matmul__(self, o): return sum(a * b for a, b in zip(self, o))
    def __call__(self, k): return Vector(*(k * x for x in self))
    def __abs__(self): return sum(x * x for x in self) ** 0.5

v = Vector(3, 4, 12)
v[0] = 3
print(len(v), v[1], v[-1], v[::2], 4 in v, list(v), v @ v, v(2), abs(v), max(v))
try:
    v[10]
except IndexError as e:
    print("IndexError:", e)

class Temp:
    def __init__(self): self.__dict__["data"] = {}
    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(f"no attribute {name!r}") from None
    def __setattr__(self, name, value):
        self.data[name] = value
t = Temp()
t.x = 5
print(t.x, t.data)
try:
    t.y
except AttributeError as e:
    print("AttributeError:", e)
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 1, NoHash.__hash__)
