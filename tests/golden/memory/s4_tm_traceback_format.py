import tracemalloc
tracemalloc.start(25)

def make_row(n):
    return [n] * 100

def make_table(rows):
    return [make_row(i) for i in range(rows)]

def build():
    return make_table(50)

t = build()
snap = tracemalloc.take_snapshot()
snap = snap.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
stats = snap.statistics("traceback")
top = stats[0]
print("%s memory blocks: %.1f KiB" % (top.count, top.size / 1024))
for line in top.traceback.format():
    print(line)
print(len(top.traceback), tracemalloc.get_traceback_limit())
print(tracemalloc.get_object_traceback(t[0]))
tb = tracemalloc.get_object_traceback(t[-1])
print(tb)
for frame in tb:
    print(frame.filename.endswith(".py"), frame.lineno)
print(tracemalloc.get_object_traceback(t))
print(tracemalloc.get_object_traceback(1))
for line in tb.format(limit=2, most_recent_first=True):
    print(line)
