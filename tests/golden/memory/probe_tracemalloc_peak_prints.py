import tracemalloc
tracemalloc.start()
def spike():
    big = [0] * 100000
    return len(big)
print('start', tracemalloc.get_traced_memory())
spike()
cur, peak = tracemalloc.get_traced_memory()
print('after spike', cur, peak)
tracemalloc.reset_peak()
print('after reset', tracemalloc.get_traced_memory())
x = 'a' * 10000
print('str', tracemalloc.get_traced_memory())
del x
print('del', tracemalloc.get_traced_memory())
tracemalloc.clear_traces()
print('clear_traces', tracemalloc.get_traced_memory())
y = [1.0] * 5000
print('floats list', tracemalloc.get_traced_memory())
def gen():
    for i in range(100000):
        yield i
tracemalloc.reset_peak()
total = 0
for v in gen():
    total += v
print('generator loop', total, tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
lst = [i * 2 for i in range(50000)]
print('comp', tracemalloc.get_traced_memory())
tracemalloc.reset_peak()
del lst
print('del comp', tracemalloc.get_traced_memory())
print('overhead>0', tracemalloc.get_tracemalloc_memory() > 0)
tracemalloc.stop()
