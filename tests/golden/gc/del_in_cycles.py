# __del__ in cycles: finalizers run once, in collection order, and objects are freed.
import gc

gc.collect()

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a = D("a"); b = D("b"); a.peer = b; b.peer = a
del a, b
print("collected:", gc.collect())

# refcount deallocation: __del__ runs at once
c = D("c")
del c
print("after del c")

# resurrection: __del__ stores self in a global; it runs only once
saved = []
class R:
    def __del__(self):
        print("R.__del__ (resurrecting)")
        saved.append(self)

r = R(); r.me = r
del r
print("collected with resurrection:", gc.collect())
print("saved:", len(saved), type(saved[0]).__name__)
saved[0].me = None
saved.clear()
print("after clearing saved:", gc.collect())
