# Rings of objects of various lengths
import gc

class Link:
    count = 0
    def __init__(self):
        self.next = None

def make_ring(n):
    nodes = [Link() for _ in range(n)]
    for i in range(n):
        nodes[i].next = nodes[(i + 1) % n]
    return nodes[0]

gc.collect()
for n in (1, 2, 3, 10, 100):
    head = make_ring(n)
    del head
    print(n, "->", gc.collect())

class Slim:
    __slots__ = ("other",)
a = Slim(); b = Slim()
a.other = b; b.other = a
del a, b
print("slots ring:", gc.collect())

class SlimWeak:
    __slots__ = ("other", "__weakref__")
a = SlimWeak(); a.other = a
del a
print("slots self:", gc.collect())
