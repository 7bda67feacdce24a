# PEP 442: __del__ can resurrect an object, and it runs only once
import gc
gc.collect()

saved = []

class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "finalized?", gc.is_finalized(self))
        saved.append(self)

p = Phoenix("p1")
print(gc.is_finalized(p))
del p
print("saved:", [x.name for x in saved])
print(gc.is_finalized(saved[0]))
saved.clear()
print("second death: no __del__")

q = Phoenix("q1")
q.self = q
del q
print("collect ->", gc.collect())
print("saved:", [x.name for x in saved])
saved[0].self = None
saved.clear()
print("collect ->", gc.collect())
