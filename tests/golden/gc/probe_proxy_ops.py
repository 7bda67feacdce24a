# weakref.proxy forwards operators; callable proxies; proxies of dead objects
import weakref

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __getitem__(self, i):
        return self.xs[i]
    def __iter__(self):
        return iter(self.xs)
    def __repr__(self):
        return f"Vec{tuple(self.xs)}"
    def __call__(self, k):
        return [x * k for x in self.xs]
    def __bool__(self):
        return bool(self.xs)

v = Vec(1, 2)
p = weakref.proxy(v)
print(p + Vec(10, 20))
print(p[1], list(p), p(3), bool(p))
print(repr(p).startswith("<weakproxy at"))
print(str(p))
print(p == v, isinstance(p, Vec))
print(type(p).__name__)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
del v
for op in (lambda: p + Vec(1, 1), lambda: p[0], lambda: str(p), lambda: bool(p)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
