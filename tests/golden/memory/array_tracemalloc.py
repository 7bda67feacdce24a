# tracemalloc sees an array as its object block plus its item buffer (PyMem: pymalloc up to
# 512 bytes, malloc beyond). Measurements are taken first and printed at the end, so that
# print()'s own buffers do not enter the figures.
import array
import tracemalloc

# CPython's start-up has already parked a slice in its one-slice cache; do the same here
_ = [0, 1][0:1]
tracemalloc.start()
res = [0] * 16
base = tracemalloc.get_traced_memory()[0]

a = array.array('i', range(100000))
res[0] = tracemalloc.get_traced_memory()[0] - base
a.append(1)
res[1] = tracemalloc.get_traced_memory()[0] - base
a.extend(range(10000))
res[2] = tracemalloc.get_traced_memory()[0] - base
del a[50000:]
res[3] = tracemalloc.get_traced_memory()[0] - base
b = array.array('d', [0.5] * 1000)
res[4] = tracemalloc.get_traced_memory()[0] - base
c = a[:1000]
res[5] = tracemalloc.get_traced_memory()[0] - base
del a, b, c
res[6] = tracemalloc.get_traced_memory()[0] - base

small = [array.array('b', [1] * k) for k in (1, 10, 100, 500, 600)]
res[7] = tracemalloc.get_traced_memory()[0] - base
del small
res[8] = tracemalloc.get_traced_memory()[0] - base

lst = list(range(10000))
res[9] = tracemalloc.get_traced_memory()[0] - base
del lst
arr = array.array('q', range(10000))
res[10] = tracemalloc.get_traced_memory()[0] - base
del arr
res[11] = tracemalloc.get_traced_memory()[0] - base

u = array.array('u', 'memory')
res[12] = tracemalloc.get_traced_memory()[0] - base
snap_a = array.array('i', range(5000))
snapshot = tracemalloc.take_snapshot()
stats = snapshot.statistics('lineno')
top = [s for s in stats if s.traceback[0].lineno == 43]
res[13] = top[0].size if top else -1
res[14] = top[0].count if top else -1
tracemalloc.stop()

print(res)
