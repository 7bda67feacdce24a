# A dict whose keys are all exact strs, then gains other keys: lookups, order, sizes, sets.
import sys


class S(str):
    def __hash__(self):
        return 7


d = {f"k{i}": i for i in range(12)}
print(sys.getsizeof(d), d["k3"], "k11" in d, "zz" in d)
d[5] = "five"
d[S("k3")] = "sub"
print(sys.getsizeof(d), d["k3"], d[5], d[S("k3")], len(d))
print(list(d)[-3:])
del d["k0"]
print(d.popitem(), d.popitem(), len(d))
print(sorted(set(d), key=str)[:4])
e = {"a": 1, "b": 2}
print(sorted(set(e)), {**e, 3: 4}, e | {1.0: "x"})
e[1] = 1
e[True] = "t"
print(e, 1 in e, 1.0 in e)
f = dict.fromkeys(["x", "y", "z"] * 3)
f.update({(1, 2): "t", frozenset({1}): "fs"})
print(f, f[(1, 2)])
g = {}
for i in range(20):
    g[str(i)] = i
for i in range(0, 20, 2):
    del g[str(i)]
g[0] = 0
print(g, sys.getsizeof(g))
h = {S("p"): 1, "p": 2, S("q"): 3}
print(h, h["p"], h[S("q")], len(h))


class C:
    pass


c = C()
c.x = 1
c.y = 2
vd = c.__dict__
vd[3] = "three"
print(vd, sorted(set(vd), key=str), sys.getsizeof(vd))
