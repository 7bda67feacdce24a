# A learner's first gc experiment, with the imports such scripts start with.
import gc
import sys
import weakref
from collections import defaultdict


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None


print("imports left for the collector:", gc.collect())
a, b = Node("a"), Node("b")
a.peer, b.peer = b, a
probe = weakref.ref(a)
del a, b
print("alive before collect:", probe() is not None)
print("collected:", gc.collect())
print("alive after collect:", probe() is not None)
counts = defaultdict(int)
for o in gc.get_objects():
    if isinstance(o, Node):
        counts[type(o).__name__] += 1
print(dict(counts))
