import tracemalloc, sys
x = 1000
tracemalloc.start()
b = tracemalloc.get_traced_memory()[0]
w = x.__add__
a = tracemalloc.get_traced_memory()[0]
print(a - b, sys.getsizeof(w))
b = tracemalloc.get_traced_memory()[0]
m = [].append
a = tracemalloc.get_traced_memory()[0]
print(a - b, sys.getsizeof(m))
class C:
    def f(self): pass
c = C()
b = tracemalloc.get_traced_memory()[0]
bm = c.f
a = tracemalloc.get_traced_memory()[0]
print(a - b, sys.getsizeof(bm))
import types
b = tracemalloc.get_traced_memory()[0]
ns = types.SimpleNamespace(a=1, b=2)
a = tracemalloc.get_traced_memory()[0]
print(a - b, sys.getsizeof(ns))
