import sys
n = 10
a = []
for i in range(n):
    a.append(i)
b = [i for i in range(n)]
c = list(range(n))
d = [0] * n
e = []
e.extend(range(n))
f = c[:]
g = c.copy()
h = c + []
k = [0, 1] * 5
for name, obj in [("append", a), ("comp", b), ("list(range)", c), ("[0]*n", d),
                  ("extend", e), ("slice", f), ("copy", g), ("plus", h), ("mul", k)]:
    print(f"{name:12} len={len(obj)} size={sys.getsizeof(obj)}")
x = list(range(100))
sizes = []
while x:
    x.pop()
    s = sys.getsizeof(x)
    if not sizes or sizes[-1][1] != s:
        sizes.append((len(x), s))
print(sizes)
y = list(range(50))
del y[10:]
print(len(y), sys.getsizeof(y))
y.clear()
print(sys.getsizeof(y))
z = [None] * 3
z.append(1)
print(sys.getsizeof(z))
z.insert(0, 5)
print(sys.getsizeof(z))
z += [1, 2, 3]
print(sys.getsizeof(z))
z *= 4
print(len(z), sys.getsizeof(z))
print(sys.getsizeof(sorted(range(7))), sys.getsizeof(list(reversed(range(7)))))
print(sys.getsizeof(list("hello")), sys.getsizeof(list({1: 2, 3: 4})), sys.getsizeof(list((1, 2, 3))))
print(sys.getsizeof("a b c d e".split()), sys.getsizeof(list(map(str, range(5)))))
print(sys.getsizeof(list(x for x in range(5))), sys.getsizeof([*range(5)]))
