import sys
x = object()
l = [x, x]
print(sys.getrefcount(x))
it = iter(l)
print(sys.getrefcount(l))
for _ in it:
    pass
print(sys.getrefcount(l))
d = {'a': x}
print(sys.getrefcount(x))
del l, d
print(sys.getrefcount(x))
ids = set()
for kv in {1: 2, 3: 4, 5: 6}.items():
    ids.add(id(kv))
print(len(ids))
