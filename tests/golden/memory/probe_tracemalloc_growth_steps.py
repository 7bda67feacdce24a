import tracemalloc, sys
tracemalloc.start()
l = []
last = tracemalloc.get_traced_memory()[0]
events = []
for i in range(100):
    l.append(None)
    now = tracemalloc.get_traced_memory()[0]
    if now != last:
        events.append((len(l), now - last, sys.getsizeof(l)))
    last = now
print(events)
b = tracemalloc.get_traced_memory()[0]
l2 = [None] * 50
print('mult', tracemalloc.get_traced_memory()[0] - b)
b = tracemalloc.get_traced_memory()[0]
l2.extend([None] * 10)
print('extend', tracemalloc.get_traced_memory()[0] - b, sys.getsizeof(l2))
b = tracemalloc.get_traced_memory()[0]
del l2[5:]
print('shrink', tracemalloc.get_traced_memory()[0] - b, sys.getsizeof(l2))
b = tracemalloc.get_traced_memory()[0]
d = {}
for i in range(20):
    d[i] = None
print('dict 20', tracemalloc.get_traced_memory()[0] - b, sys.getsizeof(d))
b = tracemalloc.get_traced_memory()[0]
s = set()
for i in range(20):
    s.add(i)
print('set 20', tracemalloc.get_traced_memory()[0] - b, sys.getsizeof(s))
