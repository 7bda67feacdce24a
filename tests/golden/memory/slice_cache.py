# CPython starts with a dead slice in its one-slot cache: the first slice allocates nothing, the next 56 bytes
import tracemalloc
l = list(range(20))
tracemalloc.start()
a = tracemalloc.get_traced_memory()[0]
s = slice(1, 5)
b = tracemalloc.get_traced_memory()[0]
t = slice(2, 6)
c = tracemalloc.get_traced_memory()[0]
print(b - a, c - b)
del s, t
tracemalloc.stop()
