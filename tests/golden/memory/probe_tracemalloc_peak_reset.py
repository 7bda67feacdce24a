import tracemalloc
tracemalloc.start()
out = []
def spike():
    big = [0] * 100000
    return len(big)
out.append(('start', tracemalloc.get_traced_memory()))
spike()
cur, peak = tracemalloc.get_traced_memory()
out.append(('after spike', cur, peak))
tracemalloc.reset_peak()
out.append(('after reset', tracemalloc.get_traced_memory()))
x = 'a' * 10000
out.append(('str', tracemalloc.get_traced_memory()))
del x
out.append(('del', tracemalloc.get_traced_memory()))
tracemalloc.clear_traces()
out.append(('clear_traces', tracemalloc.get_traced_memory()))
y = [1.0] * 5000
out.append(('floats list', tracemalloc.get_traced_memory()))
def gen():
    for i in range(100000):
        yield i
tracemalloc.reset_peak()
total = 0
for v in gen():
    total += v
out.append(('generator loop', total, tracemalloc.get_traced_memory()))
tracemalloc.reset_peak()
lst = [i * 2 for i in range(50000)]
out.append(('comp', tracemalloc.get_traced_memory()))
tracemalloc.reset_peak()
del lst
out.append(('del comp', tracemalloc.get_traced_memory()))
out.append(('overhead>0', tracemalloc.get_tracemalloc_memory() > 0))
tracemalloc.stop()
for o in out: print(*o)
