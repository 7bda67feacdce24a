import tracemalloc, gc
tracemalloc.start()
cache = {}
def fill(n):
    for i in range(n):
        cache[i] = 'value-%d' % i
snap1 = tracemalloc.take_snapshot()
fill(500)
snap2 = tracemalloc.take_snapshot()
fill(1000)
snap3 = tracemalloc.take_snapshot()
for title, new, old in (('1->2', snap2, snap1), ('2->3', snap3, snap2)):
    print(title)
    for d in new.compare_to(old, 'lineno')[:3]:
        print(' ', d.traceback[0].lineno, d.size_diff, d.count_diff, d.size, d.count)
cache.clear()
gc.collect()
snap4 = tracemalloc.take_snapshot()
print('after clear')
for d in snap4.compare_to(snap3, 'lineno')[:3]:
    print(' ', d.traceback[0].lineno, d.size_diff, d.count_diff)
total = sum(st.size for st in snap4.statistics('filename'))
print('total > 0', total > 0)
