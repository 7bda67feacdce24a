import tracemalloc
tracemalloc.start()
def measure(label, fn):
    b = tracemalloc.get_traced_memory()[0]
    r = fn()
    print(label, tracemalloc.get_traced_memory()[0] - b)
    return r
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
def gen(n):
    for i in range(n):
        yield i * i
keep = []
keep.append(measure('closure', counter))
keep.append(measure('generator obj', lambda: gen(10)))
keep.append(measure('genexpr', lambda: (i for i in range(10))))
keep.append(measure('list from gen', lambda: list(gen(100))))
keep.append(measure('lambda', lambda: (lambda x: x + 1)))
keep.append(measure('function def', lambda: counter()))
keep.append(measure('bound method', lambda: keep.append))
keep.append(measure('zip', lambda: zip([1], [2])))
keep.append(measure('enumerate', lambda: enumerate([1, 2])))
keep.append(measure('map', lambda: map(str, [1])))
keep.append(measure('range', lambda: range(10**6)))
keep.append(measure('iter list', lambda: iter([1, 2, 3])))
keep.append(measure('reversed', lambda: reversed([1, 2, 3])))
keep.append(measure('sorted', lambda: sorted([3, 1, 2])))
keep.append(measure('dict items list', lambda: list({'a': 1, 'b': 2}.items())))
keep.append(measure('set', lambda: set([1, 2, 3])))
keep.append(measure('frozenset', lambda: frozenset('abc')))
keep.append(measure('slice', lambda: slice(1, 10, 2)))
keep.append(measure('complex', lambda: complex(1, 2)))
keep.append(measure('float', lambda: float('1.5')))
c = keep[0]
keep.append(measure('call closure', lambda: c() + 1000))
