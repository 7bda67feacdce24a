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
L = list(range(1000, 1100))
keep.append(measure('tuple range', lambda: tuple(range(1000))))
keep.append(measure('tuple gen 100', lambda: tuple(x for x in L)))
keep.append(measure('tuple gen 30', lambda: tuple(x for x in range(30))))
keep.append(measure('tuple gen 5', lambda: tuple(x for x in range(5))))
keep.append(measure('tuple map', lambda: tuple(map(str, L))))
keep.append(measure('tuple list', lambda: tuple(L)))
keep.append(measure('tuple dict', lambda: tuple({i: i for i in L})))
keep.append(measure('tuple str', lambda: tuple('hello world')))
keep.append(measure('tuple set', lambda: tuple(set(L))))
keep.append(measure('tuple filter', lambda: tuple(filter(None, L))))
for o in out: print(*o)
