import gc, sys
class Res:
    def __init__(self, name):
        self.name = name
        print("acquire", name)
    def __del__(self):
        print("release", self.name)
def scope():
    a = Res("a")
    b = Res("b")
    print("leaving scope")
scope()
print("after scope")
x = Res("x")
x = Res("x2")
lst = [Res("l1"), Res("l2")]
del lst[0]
print("deleted l1?")
lst = None
class Bad:
    def __del__(self):
        raise ValueError("error in __del__")
b = Bad()
del b
print("after Bad")
class Cycle:
    def __init__(self, n):
        self.n = n
        self.self_ref = self
    def __del__(self):
        print("cycle del", self.n)
c = Cycle(1)
del c
print("before collect")
print("unreachable:", gc.collect())
def gen():
    r = Res("gen-local")
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
next(g)
del g
print("gen deleted")
d = {"k": Res("in-dict")}
d.clear()
t = (Res("t1"),)
print(sys.getrefcount(t[0]))
del t
try:
    r = Res("in-try")
    raise RuntimeError("boom")
except RuntimeError as e:
    print("caught", e)
del r
print("end of program")
keep = Res("global-at-exit")
