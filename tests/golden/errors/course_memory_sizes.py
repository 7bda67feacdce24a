import sys, array, weakref, gc
sizes = []
lst = []
for i in range(20):
    sizes.append(sys.getsizeof(lst))
    lst.append(i)
print(sizes)
print(sys.getsizeof([0] * 10), sys.getsizeof([None] * 100), sys.getsizeof(list(range(10))), sys.getsizeof([i for i in range(10)]))
d = {}
dsizes = []
for i in range(12):
    dsizes.append(sys.getsizeof(d))
    d[i] = i
print(dsizes)
s = set()
print(sys.getsizeof(s), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(frozenset(range(10))))
print([sys.getsizeof("a" * n) for n in (0, 1, 10, 100)], sys.getsizeof("é"), sys.getsizeof("한"), sys.getsizeof("😀"))
print([sys.getsizeof(n) for n in (0, 1, 2**30, 2**60, 2**90, -1)], sys.getsizeof(1.5), sys.getsizeof(1j), sys.getsizeof(True))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)), sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytearray(b"abc")))
a = array.array("i", range(100))
print(sys.getsizeof(a), a.itemsize, len(a), sys.getsizeof(array.array("d")), a.buffer_info()[1])
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
class S:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p, q = P(1, 2), S(1, 2)
print(sys.getsizeof(p), sys.getsizeof(p.__dict__), sys.getsizeof(q), hasattr(q, "__dict__"), hasattr(q, "__weakref__"))
gen = (i for i in range(1000))
print(sys.getsizeof(gen) < sys.getsizeof(list(range(1000))), sys.getsizeof(range(1000)), sys.getsizeof(iter([])))
def f(): pass
print(sys.getsizeof(f), sys.getsizeof(P), sys.getsizeof(print), sys.getsizeof(sys))
ws = weakref.WeakSet()
objs = [P(i, i) for i in range(3)]
for o in objs:
    ws.add(o)
print(len(ws))
del objs[0]
print(len(ws))
wk = weakref.WeakKeyDictionary()
k = P(0, 0)
wk[k] = "val"
print(len(wk), list(wk.values()))
del k
print(len(wk))
def cb(ref):
    print("callback, dead ref:", ref() is None)
t = P(5, 5)
r = weakref.ref(t, cb)
del t
print(gc.get_referents([1, "a"]) == [1, "a"] or sorted(map(str, gc.get_referents([1, "a"]))))
x = [1, 2]
holder = {"x": x}
print(len(gc.get_referrers(x)) >= 1, sys.getrefcount(x))
big = list(range(100000))
print(sys.getsizeof(big), sys.getsizeof(big) // 8)
print(sys.getsizeof(lst.__iter__()), sys.getsizeof(d.keys()), sys.getsizeof({}.items()))
print(sys.getsizeof(1.5 + 0), sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(object()))
print(undefined_size)
