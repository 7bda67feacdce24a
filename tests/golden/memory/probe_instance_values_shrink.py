import tracemalloc, sys
tracemalloc.start()
g = tracemalloc.get_traced_memory
res = [0] * 20
keep = [None] * 20
class K: pass
def f(i):
    b = g()[0]
    keep[i] = K()
    res[i] = g()[0] - b
for i in range(6):
    f(i)
class J: pass
b = g()[0]
keep[10] = J()
res[10] = g()[0] - b
b = g()[0]
keep[11] = J()
res[11] = g()[0] - b
for i in range(6):
    b = g()[0]
    keep[12 + i] = J()
    res[12 + i] = g()[0] - b
print(res)
