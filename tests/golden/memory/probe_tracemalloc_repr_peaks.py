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
t = (10673, 10784)
keep.append(measure('repr tuple2', lambda: repr(t)))
keep.append(measure('repr tuple2 again', lambda: repr(t)))
keep.append(measure('str tuple small', lambda: str((1, 2))))
keep.append(measure('repr list 10', lambda: repr(list(range(10)))))
keep.append(measure('repr list 1000', lambda: repr(list(range(1000)))))
keep.append(measure('repr dict', lambda: repr({'a': 1, 'b': 2})))
keep.append(measure('repr str', lambda: repr('hello')))
keep.append(measure('str int', lambda: str(123456)))
keep.append(measure('join', lambda: ', '.join(['ab', 'cd'])))
for o in out: print(*o)
