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
keep.append(measure('fstring', lambda: f'{t[0]} and {t[1]}'))
keep.append(measure('format', lambda: '{} {}'.format(1000, 2000)))
keep.append(measure('percent', lambda: '%d %s' % (1000, 'x')))
for o in out: print(*o)
