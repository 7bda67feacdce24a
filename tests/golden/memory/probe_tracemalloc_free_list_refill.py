import tracemalloc
tracemalloc.start()
keep = [None] * 100
res = [0] * 100
g = tracemalloc.get_traced_memory
for i in range(30):
    b = g()[0]
    keep[i] = {'a': i}
    res[i] = g()[0] - b
print(res[:30])
for i in range(30):
    b = g()[0]
    keep[30 + i] = {1: i}
    res[i] = g()[0] - b
print(res[:30])
for i in range(30):
    b = g()[0]
    keep[60 + i] = [i]
    res[i] = g()[0] - b
print(res[:30])
