# Tearing down containers with many items: the items are released in CPython's order (a list
# and a tuple last to first), each dying item completely (its own items, its __del__) before
# the next one, and nested big containers the same way. Also: the refcounts a __del__ sees on
# items not yet released, and a __del__ that keeps an item alive.
import sys

log = []
keep = []


class D:
    def __init__(self, name, peer=None):
        self.name = name
        self.peer = peer

    def __del__(self):
        if self.peer is not None:
            log.append(f"{self.name}(peer rc={sys.getrefcount(self.peer) - 1})")
        else:
            log.append(self.name)
        if self.name == "L5":
            keep.append(self)


shared = D("shared")
big = [D(f"L{i}", shared if i % 7 == 0 else None) for i in range(20)]
big.append(tuple(D(f"T{i}") for i in range(18)))
big.append([[D(f"N{j}.{i}") for i in range(17)] for j in range(2)])
big.append(shared)
del shared
del big
print(" ".join(log))
print(len(keep), keep[0].name)

# a tuple of many items holding lists of many ints: memory comes back in order
log.clear()
t = tuple([D(f"x{i}")] + list(range(1000, 1020)) for i in range(20))
del t
print(" ".join(log))

# dying in the middle of a big list: a __del__ that empties another big list
other = [D(f"o{i}") for i in range(20)]


class Clearer:
    def __del__(self):
        log.append("clear")
        other.clear()


log.clear()
big = [D(f"b{i}") for i in range(10)] + [Clearer()] + [D(f"b{i}") for i in range(10, 20)]
del big
print(" ".join(log))

# a big dict: entries released in insertion order, each key before its value
log.clear()
d = {D(f"k{i}"): D(f"v{i}") for i in range(20)}
d[D("late")] = None
for i in range(0, 20, 3):
    del d[next(k for k in d if k.name == f"k{i}")]
del d
print(" ".join(log))
