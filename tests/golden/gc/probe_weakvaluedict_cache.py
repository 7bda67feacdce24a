# A cache that does not keep its values alive (WeakValueDictionary)
import weakref, gc

class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Image({self.name!r})"

_cache = weakref.WeakValueDictionary()

def load(name):
    img = _cache.get(name)
    if img is None:
        print("loading", name)
        img = Image(name)
        _cache[name] = img
    else:
        print("cache hit", name)
    return img

a = load("cat.png")
b = load("cat.png")
print(a is b)
c = load("dog.png")
print(sorted(_cache.keys()))
del a, b
print(sorted(_cache.keys()))
print("dog.png" in _cache, len(_cache))
print(list(_cache.items()))
del c
print(len(_cache), dict(_cache))
try:
    _cache["x"] = 42
except TypeError as e:
    print("TypeError:", e)
