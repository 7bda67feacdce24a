# Cycles that go through containers
import gc
gc.collect()

class Box:
    pass

b = Box()
b.items = [b]
del b
print("via list:", gc.collect())

b = Box()
b.d = {"k": b}
del b
print("via dict:", gc.collect())

b = Box()
b.s = {(1, b)}
del b
print("via set of tuples:", gc.collect())

b = Box()
b.t = (b,)
del b
print("via tuple:", gc.collect())

a = [1, 2]
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

x = {}
y = {"x": x}
x["y"] = y
del x, y
print("two dicts:", gc.collect())
