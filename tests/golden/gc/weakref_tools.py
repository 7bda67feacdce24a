# weakref.finalize, WeakMethod, WeakSet, WeakKeyDictionary, proxy and ReferenceError
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello " + self.name

    def __repr__(self):
        return "Obj(%r)" % self.name


def done(tag):
    print("finalized", tag)


a = Obj("a")
f = weakref.finalize(a, done, "a")
print(f.alive, f.atexit, f.peek()[1:] == (done, ("a",), {}))
del a
print(f.alive, f.peek(), f())

b = Obj("b")
g = weakref.finalize(b, done, "b")
print(g.detach()[0])
del b
print(g.alive)

c = Obj("c")
m = weakref.WeakMethod(c.hello)
print(m()(), m == weakref.WeakMethod(c.hello))
del c
print(m())

s = weakref.WeakSet()
items = [Obj(str(i)) for i in range(3)]
for it in items:
    s.add(it)
print(len(s), items[0] in s)
del items[1]
print(len(s), sorted(o.name for o in s))

k = weakref.WeakKeyDictionary()
ka, kb = Obj("ka"), Obj("kb")
k[ka] = 1
k[kb] = 2
del ka
print(len(k), list(k.values()))

p = weakref.proxy(kb)
print(p.name, p.hello())
del kb, k
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)

d = Obj("d")
r1 = weakref.ref(d)
r2 = weakref.ref(d, lambda r: print("callback", r() is None))
print(weakref.getweakrefcount(d), r1 is weakref.ref(d), r1 == weakref.ref(d))
del d
print(r1(), weakref.getweakrefcount(r1))

e = Obj("e")
weakref.finalize(e, done, "at exit")
print("end of program")
