# A generator stored on the object it iterates creates a cycle through its frame
import gc, weakref
gc.collect()

class Stream:
    def __init__(self, data):
        self.data = data
        self.it = self._walk()
    def _walk(self):
        for x in self.data:
            yield x * 2
    def __del__(self):
        print("Stream.__del__")

s = Stream([1, 2, 3])
print(next(s.it), next(s.it))
w = weakref.ref(s)
del s
print("alive after del:", w() is not None)
print("collected:", gc.collect())
print("alive after collect:", w() is not None)

def counter():
    n = 0
    while True:
        n += 1
        yield n
g = counter()
g.__next__()
holder = [g]
print(gc.get_referents(g) == [] or "frame refs")
del g, holder
print(gc.collect())
