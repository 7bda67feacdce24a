# WeakValueDictionary, ref callbacks, a cycle with __del__ and a weakref, WeakSet, finalize, WeakMethod, proxy
import weakref, gc, sys
class Obj:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Obj({self.name})"
    def __del__(self): print("del", self.name)
cache = weakref.WeakValueDictionary()
a = Obj("a"); b = Obj("b")
cache["a"] = a; cache["b"] = b
print(sorted(cache.keys()))
del a
print(sorted(cache.keys()))
r = weakref.ref(b, lambda ref: print("callback", ref() is None))
del b
print(len(cache))
class Node:
    def __init__(self, n): self.n = n; self.peer = None
    def __del__(self): print("del node", self.n)
x = Node(1); y = Node(2); x.peer = y; y.peer = x
wx = weakref.ref(x, lambda r: print("x gone"))
del x, y
print("before collect")
print("collected", gc.collect())
print(wx())
ws = weakref.WeakSet()
items = [Obj(i) for i in range(3)]
for it in items: ws.add(it)
print(len(ws))
items.pop()
print(len(ws))
f = weakref.finalize(items[0], print, "finalized 0")
print(f.alive)
del items
print(f.alive)
class C:
    def method(self): return 42
c = C()
wm = weakref.WeakMethod(c.method)
print(wm()())
del c
print(wm())
p = weakref.proxy(Obj("p"))
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
print(gc.get_count()[0] < 700, gc.get_threshold())
