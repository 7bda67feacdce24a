import tracemalloc
tracemalloc.start()
data = []
def make_strings(n):
    return ['item-%d' % i for i in range(n)]
def make_pairs(n):
    return [(i, str(i)) for i in range(n)]
s1 = tracemalloc.take_snapshot()
data.append(make_strings(2000))
data.append(make_pairs(500))
numbers = list(range(3000))
s2 = tracemalloc.take_snapshot()
for stat in s2.statistics('lineno')[:6]:
    print(stat)
print('---- filename')
for stat in s2.statistics('filename')[:3]:
    print(stat)
print('---- compare_to lineno')
for diff in s2.compare_to(s1, 'lineno')[:6]:
    print(diff)
print('---- compare_to filename')
for diff in s2.compare_to(s1, 'filename')[:2]:
    print(diff)
top = s2.statistics('lineno')[0]
print(top.size, top.count, top.traceback[0].filename.endswith('.py'), top.traceback[0].lineno)
print(len(s2.traces) > 0, type(s2.traces).__name__)
