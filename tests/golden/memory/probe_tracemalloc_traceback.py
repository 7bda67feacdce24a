import tracemalloc
tracemalloc.start(3)
def make_list(n):
    return list(range(n))
def make_str(n):
    return 'x' * n
def outer():
    a = make_list(1000)
    b = make_str(5000)
    c = [make_str(10) for _ in range(10)]
    return a, b, c
keep = outer()
snap = tracemalloc.take_snapshot()
snap = snap.filter_traces([tracemalloc.Filter(True, __file__)])
for st in snap.statistics('traceback')[:4]:
    print(st.count, st.size)
    for fr in st.traceback:
        print('   line', fr.lineno)
for st in snap.statistics('lineno', cumulative=True)[:6]:
    print('cumulative', st.traceback[0].lineno, st.size, st.count)
for st in snap.statistics('filename', cumulative=True)[:1]:
    print('file cumulative', st.size, st.count)
tb = tracemalloc.get_object_traceback(keep[1])
print([f.lineno for f in tb], tb.total_nframe)
print(tb.format(limit=1)[0].strip().endswith('line 6'))
print(len(tb.format(most_recent_first=True)))
