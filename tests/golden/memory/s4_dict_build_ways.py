import sys
keys = [f"k{i}" for i in range(12)]
d1 = {}
for i, k in enumerate(keys):
    d1[k] = i
d2 = {k: i for i, k in enumerate(keys)}
d3 = dict.fromkeys(keys, 0)
d4 = dict(zip(keys, range(12)))
d5 = {}
d5.update(d1)
d6 = d1.copy()
d7 = dict(d1)
d8 = {**d1}
d9 = d1 | {}
for name, d in [("loop", d1), ("comp", d2), ("fromkeys", d3), ("zip", d4), ("update", d5),
                ("copy", d6), ("dict()", d7), ("unpack", d8), ("or", d9)]:
    print(f"{name:9} {sys.getsizeof(d)} {d.__sizeof__()}")
grow = {}
last = sys.getsizeof(grow)
print(0, last)
for i in range(200):
    grow[i] = i
    s = sys.getsizeof(grow)
    if s != last:
        print(i + 1, s)
        last = s
for i in range(190):
    del grow[i]
print("after del", len(grow), sys.getsizeof(grow))
grow2 = grow.copy()
print("copy after del", sys.getsizeof(grow2))
grow.clear()
print("clear", sys.getsizeof(grow))
ik = {i: None for i in range(5)}
sk = {str(i): None for i in range(5)}
print(sys.getsizeof(ik), sys.getsizeof(sk))
print(sys.getsizeof(dict(a=1)), sys.getsizeof(dict(a=1, b=2, c=3, d=4, e=5, f=6)))
print(sys.getsizeof({}.fromkeys(range(100))))
p = dict.fromkeys(range(6))
print(sys.getsizeof(p))
p.pop(0); p.popitem()
print(sys.getsizeof(p))
p.setdefault(99, 1)
print(sys.getsizeof(p))
