import tracemalloc
tracemalloc.start()
g = tracemalloc.get_traced_memory
res = [0] * 10
keep = [None] * 10
b = g()[0]
class New:
    def m(self): pass
res[0] = g()[0] - b
for i in range(1, 8):
    b = g()[0]
    keep[i] = {'a': i}
    res[i] = g()[0] - b
print(res)
