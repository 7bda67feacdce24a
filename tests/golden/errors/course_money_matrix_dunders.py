from functools import total_ordering
@total_ordering
class Money:
    __slots__ = ("amount", "currency")
    def __init__(self, amount, currency="KRW"):
        self.amount = amount
        self.currency = currency
    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"
    def __str__(self):
        return f"{self.amount:,} {self.currency}"
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.amount, self.currency) == (other.amount, other.currency)
    def __lt__(self, other):
        if self.currency != other.currency:
            raise TypeError("currency mismatch")
        return self.amount < other.amount
    def __hash__(self):
        return hash((self.amount, self.currency))
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.amount + other, self.currency)
        return Money(self.amount + other.amount, self.currency)
    __radd__ = __add__
    def __mul__(self, k):
        return Money(self.amount * k, self.currency)
    def __bool__(self):
        return self.amount != 0
    def __format__(self, spec):
        return format(self.amount, spec) + "!" if spec else str(self)
m = Money(1000)
print(m, repr(m), m + 500, 500 + m, m * 3, sum([Money(1), Money(2)], Money(0)))
print(m == Money(1000), m != Money(5), m < Money(2000), m >= Money(1000), m > Money(1))
print(bool(Money(0)), bool(m), f"{m}", f"{m:>10}", hash(m) == hash(Money(1000)))
print(len({m, Money(1000), Money(7)}), m == 1000, sorted([Money(3), Money(1), Money(2)]))
try:
    m.extra = 1
except AttributeError as e:
    print("slots:", e)
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*o.rows)] for row in self.rows])
    def __iter__(self):
        return iter(self.rows)
    def __neg__(self):
        return Matrix([[-x for x in r] for r in self.rows])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __call__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev); return True
A = Matrix([[1, 2], [3, 4]])
print(A @ A, -A, A(2), A[1, 0], list(A))
A[0, 0] = 10
print(A.rows)
with A as mm:
    print(mm is A)
    raise KeyError("swallowed")
print("after with")
class Weird:
    def __eq__(self, o): return True
print(Weird() == 1, Weird() != 1, [Weird()].count(5), 5 in [Weird()])
print(Money(1) < 5)
