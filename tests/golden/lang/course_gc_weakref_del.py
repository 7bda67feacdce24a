import gc, sys, weakref
class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __del__(self):
        print("del", self.name)
    def __repr__(self):
        return f"Node({self.name})"
a = Node("a")
print(sys.getrefcount(a))
r = weakref.ref(a)
print(r() is a, weakref.getweakrefcount(a))
del a
print(r())
x, y = Node("x"), Node("y")
x.ref, y.ref = y, x
del x, y
print("collected:", gc.collect() >= 2)
cache = weakref.WeakValueDictionary()
n = Node("cached")
cache["k"] = n
print(list(cache.keys()), cache["k"])
del n
print(list(cache.keys()))
def make():
    local = Node("local")
    return sys.getrefcount(local)
print(make())
lst = [Node(str(i)) for i in range(3)]
lst.pop()
print("popped")
lst.clear()
print("cleared")
class Tracked:
    instances = 0
    def __new__(cls, *a):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
t1, t2 = Tracked(1), Tracked(2)
print(Tracked.instances, gc.is_tracked(t1), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked(("a",)))
fin = weakref.finalize(t1, print, "finalized t1")
print(fin.alive)
del t1
print(fin.alive)
print(gc.get_threshold(), gc.isenabled())
s = "temp"
print(sys.getrefcount(s) >= 3)
z = Node("last")
