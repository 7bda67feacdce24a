import gc, sys, weakref
class Cache:
    def __init__(self):
        self._store = weakref.WeakValueDictionary()
    def get(self, key, factory):
        obj = self._store.get(key)
        if obj is None:
            obj = factory(key)
            self._store[key] = obj
            print(f"created {key}")
        return obj
class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Image({self.name!r})"
    def __del__(self):
        print(f"freed {self.name}")
cache = Cache()
a = cache.get("logo", Image)
b = cache.get("logo", Image)
print(a is b, len(cache._store), sys.getrefcount(a))
del a, b
print(len(cache._store))
p = Image("proxied")
pr = weakref.proxy(p)
print(pr.name, repr(pr)[:30] if False else type(pr).__name__)
del p
try:
    pr.name
except ReferenceError as e:
    print("ReferenceError:", e)
class Btn:
    def click(self):
        return "clicked"
btn = Btn()
wm = weakref.WeakMethod(btn.click)
print(wm()())
del btn
print(wm())
events = []
def on_gc(phase, info):
    events.append((phase, info["generation"]))
gc.callbacks.append(on_gc)
class Cyc:
    def __init__(self):
        self.me = self
for _ in range(3):
    Cyc()
n = gc.collect()
gc.callbacks.remove(on_gc)
print(n, events)
print(gc.get_count()[0] >= 0, gc.isenabled(), len(gc.garbage))
r = weakref.ref(Image("temp"))
print(r() is None)
d = weakref.WeakKeyDictionary()
k = Image("key")
d[k] = 1
print(k in d, len(d))
k = None
print(len(d))
print(weakref.ref(1))
