import sys
x = object()
def gen():
    y = x
    yield sys.getrefcount(x)
    yield sys.getrefcount(x)
g = gen()
print(sys.getrefcount(x))
print(next(g))
print(sys.getrefcount(x))
print(next(g))
g.close()
print(sys.getrefcount(x))
def deep(n):
    if n == 0:
        return sys.getrefcount(x)
    return deep(n - 1)
print(deep(5))
print([sys.getrefcount(x) for _ in range(2)])
print({k: sys.getrefcount(x) for k in range(1)})
with open(__file__) as fh:
    print(sys.getrefcount(fh))
print(sys.getrefcount(fh))
class CM:
    def __enter__(self):
        return x
    def __exit__(self, *a):
        print("exit", sys.getrefcount(x))
with CM() as v:
    print("body", sys.getrefcount(x))
print("after", sys.getrefcount(x))
del v
print(sys.getrefcount(x))
vals = {"a": x}
for k, v in vals.items():
    print("loop", sys.getrefcount(x))
print(sys.getrefcount(x))
a, b, *rest = [x, x, x, x]
print(sys.getrefcount(x))
print(sys.getrefcount(rest))
