# 3.12 instance attributes: inline values keyed by the class's shared keys; __dict__ on demand
import gc, sys, tracemalloc

gc.collect()

class N: pass
a = N(); b = N(); a.o = b; b.o = a
del a, b
print("cycle, no __dict__:", gc.collect())
a = N(); b = N(); a.o = b; b.o = a
a.__dict__; b.__dict__
del a, b
print("cycle, __dict__ touched:", gc.collect())

tracemalloc.start()
def traced(f):
    before = tracemalloc.get_traced_memory()[0]
    r = f()
    return r, tracemalloc.get_traced_memory()[0] - before
traced(lambda: None)

class K: pass
K()  # the first call of a class allocates 56 bytes elsewhere in CPython (not simulated)
objs = []
for i in range(4):
    o, d = traced(K)
    objs.append(o)
    print("new instance", i, "traced", d, "getsizeof", sys.getsizeof(o))
o = objs[0]
print("set attr traced", traced(lambda: setattr(o, "x", 1))[1])
print("touch __dict__ traced", traced(lambda: o.__dict__)[1])
print("dict size", sys.getsizeof(o.__dict__), "obj size", sys.getsizeof(o))
for i in range(30):
    setattr(o, "a%d" % i, i)
    if i in (0, 10, 22, 23, 24, 25, 29):
        print(" after", i + 2, "attrs:", sys.getsizeof(o.__dict__))
print("other instance dict", sys.getsizeof(objs[1].__dict__))

for n in (1, 3, 10, 29, 30, 31):
    C = type("C%d" % n, (), {})
    c = C()
    for i in range(n):
        setattr(c, "f%d" % i, i)
    print(n, "attrs: dict", sys.getsizeof(c.__dict__), "len", len(vars(c)))

class B: pass
bs = [B() for i in range(3)]
print("3 instances", sys.getsizeof(bs[0].__dict__))
bs.append(B())
print("4 instances", sys.getsizeof(bs[0].__dict__), sys.getsizeof(bs[3].__dict__))

class D: pass
x = D(); x.b = 1; x.a = 2
y = D(); y.a = 1; y.b = 2
print(list(vars(x)), list(vars(y)), sys.getsizeof(vars(y)))
del x.b
x.b = 3
print(list(x.__dict__), x.__dict__)
try:
    del y.zz
except AttributeError as e:
    print("AttributeError", e)
print(sys.getsizeof(y.__dict__))

class Del:
    def __init__(s, n): s.n = n
    def __del__(s): print("  del", s.n)
class H: pass
h = H(); h.y = Del("y"); h.x = Del("x")
h2 = H(); h2.x = Del("x2"); h2.y = Del("y2")
print("del h"); del h
print("del h2"); del h2
h3 = H(); h3.x = Del("x3"); h3.y = Del("y3"); h3.__dict__
print("del h3 (dict)"); del h3

class Sub(K): pass
s, d = traced(Sub)
print("subclass instance traced", d, sys.getsizeof(s.__dict__))
cp = o2 = K(); o2.p = 1; o2.q = 2
print("copy", sys.getsizeof(o2.__dict__.copy()), "dict()", sys.getsizeof(dict(o2.__dict__)))
class F: pass
f = F(); f.p = 1; f.q = 2
print("split copy", sys.getsizeof(f.__dict__.copy()), "dict()", sys.getsizeof(dict(f.__dict__)))
print(sys.getrefcount(o2.__dict__), gc.is_tracked(o2.__dict__))
o2.r = []
print(gc.is_tracked(o2.__dict__), sys.getrefcount(o2.r))
