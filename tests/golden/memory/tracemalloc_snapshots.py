# tracemalloc snapshots: compare_to, filters, Statistic/StatisticDiff text, _format_size rules
import tracemalloc

tracemalloc.start(5)
s1 = tracemalloc.take_snapshot()

def make_rows(n):
    return [(i, str(i)) for i in range(n)]

rows = make_rows(5000)
blobs = [bytes(1000) for _ in range(100)]
s2 = tracemalloc.take_snapshot()

diff = s2.compare_to(s1, 'lineno')
for d in diff[:3]:
    print(d)
print("size_diff > 0:", diff[0].size_diff > 0, "count_diff:", diff[0].count_diff)

only_here = s2.filter_traces([tracemalloc.Filter(True, __file__)])
print("filtered statistics:", len(only_here.statistics('lineno')) <= len(s2.statistics('lineno')))
no_blobs = s2.filter_traces([tracemalloc.Filter(False, __file__, 11)])
print("exclude line 11 drops blobs:", sum(s.size for s in no_blobs.statistics('lineno')) < sum(s.size for s in s2.statistics('lineno')))
dom = s2.filter_traces([tracemalloc.DomainFilter(True, 0)])
print("domain 0 keeps all:", len(dom.traces) == len(s2.traces))

tb_stats = s2.statistics('traceback')
big = tb_stats[0]
print("frames in traceback:", len(big.traceback))
for line in big.traceback.format():
    print(line.replace(__file__, "FILE"))
cum = s2.statistics('lineno', cumulative=True)
print("cumulative >= plain:", cum[0].size >= s2.statistics('lineno')[0].size)
try:
    s2.statistics('traceback', cumulative=True)
except ValueError as e:
    print("ValueError:", e)
try:
    s2.statistics('function')
except ValueError as e:
    print("ValueError:", e)

# _format_size through Statistic.__str__ and StatisticDiff.__str__
tb = tracemalloc.Traceback((("x.py", 1),))
for size in (0, 1, 99, 100, 1023, 10239, 10240, 102399, 102400, 10 * 1024 ** 2, 5 * 1024 ** 3):
    print(tracemalloc.Statistic(tb, size, 3))
print(tracemalloc.StatisticDiff(tb, 4096, -512, 2, -1))
print(tracemalloc.StatisticDiff(tb, 0, -20480, 0, -5))
print(repr(tracemalloc.Statistic(tb, 10, 1)))
print(repr(tb), repr(tb[0]), str(tb[0]))
print(tracemalloc.Frame(("a.py", 2)) < tracemalloc.Frame(("a.py", 3)))
tracemalloc.stop()
