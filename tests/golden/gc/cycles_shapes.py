# Cycles of different shapes: what gc.collect() returns for each.
import gc

gc.collect()

class Node:
    pass

# self-reference
a = Node(); a.me = a
del a
print("self-reference:", gc.collect())

# two-instance ring
a = Node(); b = Node(); a.other = b; b.other = a
del a, b
print("two-instance ring:", gc.collect())

# ring after touching __dict__ (dict objects become real)
a = Node(); b = Node(); a.other = b; b.other = a
a.__dict__; b.__dict__
del a, b
print("ring with materialised __dict__:", gc.collect())

# list containing itself
l = []; l.append(l)
del l
print("list containing itself:", gc.collect())

# cycle through a dict
d = {}; d["self"] = d
del d
print("dict containing itself:", gc.collect())

# ring of 10 lists
first = prev = []
for _ in range(9):
    cur = [prev]
    prev = cur
first.append(prev)
del first, prev, cur
print("ring of 10 lists:", gc.collect())

# cycle through a closure
def make():
    def inner():
        return inner
    return inner
f = make()
del f
print("closure referring to itself:", gc.collect())

# cycle through a bound method stored on the instance
class Holder:
    def method(self):
        pass
h = Holder(); h.m = h.method
del h
print("bound method on its instance:", gc.collect())

# no cycle: nothing to collect
x = [1, 2, 3]
del x
print("no cycle:", gc.collect())
