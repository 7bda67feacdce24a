import tracemalloc
tracemalloc.start()
s1 = tracemalloc.take_snapshot()
cache = {}
for i in range(500):
    cache[i] = "value %d" % i
s2 = tracemalloc.take_snapshot()
names = [f"name{i}" for i in range(200)]
s3 = tracemalloc.take_snapshot()
del cache
s4 = tracemalloc.take_snapshot()
for a, b, label in [(s1, s2, "fill"), (s2, s3, "names"), (s3, s4, "del")]:
    print("==", label)
    flt = [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen importlib._bootstrap>")]
    stats = b.filter_traces(flt).compare_to(a.filter_traces(flt), "lineno")
    for stat in stats[:3]:
        print(stat)
