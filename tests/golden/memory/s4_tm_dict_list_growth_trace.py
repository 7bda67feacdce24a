import tracemalloc
tracemalloc.start()
d = {}
prev = tracemalloc.get_traced_memory()[0]
for i in range(100):
    d[f"key{i}"] = i
    now = tracemalloc.get_traced_memory()[0]
    if now - prev > 200:
        print("dict resize at", len(d), now - prev)
    prev = now
lst = []
prev = tracemalloc.get_traced_memory()[0]
steps = []
for i in range(300):
    lst.append(None)
    now = tracemalloc.get_traced_memory()[0]
    if now != prev:
        steps.append((len(lst), now - prev))
    prev = now
print(steps)
s = set()
prev = tracemalloc.get_traced_memory()[0]
for i in range(100):
    s.add(i * 1000)
    now = tracemalloc.get_traced_memory()[0]
    if now - prev > 100:
        print("set resize at", len(s), now - prev)
    prev = now
print(tracemalloc.get_traced_memory()[0] > 0)
tracemalloc.stop()
