import tracemalloc
tracemalloc.start()
out = []
def measure(label, fn):
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    out.append((label, after - before, peak - before))
    return result
keep = []
keep.append(measure('list comp', lambda: [i for i in range(10000)]))
keep.append(measure('sum list', lambda: sum([i for i in range(10000)])))
L = [i for i in range(10000)]
keep.append(measure('sum L', lambda: sum(L)))
keep.append(measure('tuple range', lambda: tuple(range(1000))))
keep.append(measure('tuple range2', lambda: tuple(range(1000))))
r = range(1000)
keep.append(measure('iter range', lambda: iter(r)))
keep.append(measure('str(i)', lambda: [str(i) for i in range(1000)]))
keep.append(measure('str(5000)', lambda: str(5000)))
keep.append(measure('dict1', lambda: {'a': 1}))
keep.append(measure('dict2', lambda: {'a': 5000}))
keep.append(measure('dicts 10', lambda: [{'a': i} for i in range(10)]))
keep.append(measure('dicts 100', lambda: [{'a': i} for i in range(100)]))
keep.append(measure('join gen', lambda: ','.join(str(i) for i in range(1000))))
keep.append(measure('join list', lambda: ','.join([str(i) for i in range(1000)])))
keep.append(measure('list gen', lambda: list(str(i) for i in range(1000))))
for o in out: print(*o)
