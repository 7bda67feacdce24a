# RecursionError from __repr__ chains, yield-from chains, __getattr__ and properties; recursive containers repr; big strings; the int/str digit limit.
import sys
class R:
    def __init__(self, child): self.child = child
    def __repr__(self): return f"R({self.child!r})"
x = None
for i in range(2000): x = R(x)
try:
    repr(x)
except RecursionError as e:
    print("repr chain:", e)
def gen(n):
    if n: yield from gen(n - 1)
    else: yield "bottom"
try:
    print(next(gen(5000)))
except RecursionError as e:
    print("yield from:", e)
print(next(gen(900)))
sys.setrecursionlimit(3000)
def rec(n): return 0 if n == 0 else 1 + rec(n - 1)
print(rec(2900))
try:
    rec(5000)
except RecursionError as e:
    print("rec:", e)
sys.setrecursionlimit(1000)
class A:
    def __getattr__(self, name):
        return getattr(self, "_" + name)
try:
    A().foo
except RecursionError as e:
    print("getattr:", str(e)[:40])
l = []
l.append(l)
print(l, repr(l))
d = {}
d['self'] = d
print(d)
class P:
    @property
    def p(self): return self.p
try:
    P().p
except RecursionError as e:
    print("property:", e)
s = "ab" * 1000000
print(len(s), s.count("ab"), len(s.replace("a", "xyz")))
b = bytearray(10**6)
print(len(b), sys.getsizeof(b))
try:
    int("9" * 5000)
except ValueError as e:
    print("int:", e)
try:
    str(10 ** 5000)
except ValueError as e:
    print("str:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
try:
    exec("x = " + "[" * 250 + "]" * 250)
    print("nested ok")
except (SyntaxError, RecursionError, MemoryError) as e:
    print(type(e).__name__, e)
def f(): pass
for i in range(5):
    try:
        eval("f(" + ",".join(["1"]*300) + ")")
    except TypeError as e:
        print(e); break
