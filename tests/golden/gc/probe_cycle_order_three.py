# In which order are __del__ methods called when gc frees a cycle?
import gc
gc.collect()

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def ring(*names):
    nodes = [N(n) for n in names]
    for a, b in zip(nodes, nodes[1:] + nodes[:1]):
        a.next = b

ring("a", "b", "c")
print("collected:", gc.collect())
ring("x", "y", "z", "w")
print("collected:", gc.collect())

# a star: hub refers to all spokes, spokes refer back
hub = N("hub")
hub.spokes = [N("s1"), N("s2")]
for s in hub.spokes:
    s.hub = hub
del hub, s
print("collected:", gc.collect())
