import tracemalloc, os
tracemalloc.start(5)
def level3():
    return [object() for _ in range(300)]
def level2():
    return level3()
def level1():
    return level2()
keep = level1()
more = bytearray(50000)
snap = tracemalloc.take_snapshot()
this = os.path.basename(__file__)
filtered = snap.filter_traces([tracemalloc.Filter(True, '*' + this)])
for st in filtered.statistics('lineno')[:3]:
    print(st)
excl = snap.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, '<frozen importlib._bootstrap>')])
print(len(excl.statistics('lineno')) > 0)
print('--- traceback stats')
for st in snap.statistics('traceback')[:2]:
    print(st)
    for line in st.traceback.format():
        print('   ', line.replace(os.path.dirname(__file__) + os.sep, ''))
print('--- domain filter')
dom = snap.filter_traces([tracemalloc.DomainFilter(True, 0)])
print(len(dom.traces) == len(snap.traces))
print('--- lineno filter')
lf = snap.filter_traces([tracemalloc.Filter(True, '*' + this, lineno=4)])
for st in lf.statistics('lineno'):
    print(st)
print(tracemalloc.get_traceback_limit())
tb = tracemalloc.get_object_traceback(keep[0])
print(len(tb), [f.lineno for f in tb])
print(tracemalloc.get_object_traceback(more)[0].lineno)
