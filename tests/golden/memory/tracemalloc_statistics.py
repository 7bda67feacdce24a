# tracemalloc: statistics by lineno / filename / traceback, compare_to, filters, peak and clearing.
import tracemalloc

def build(n):
    data = [str(i) * 3 for i in range(n)]
    table = {i: [i] for i in range(n // 2)}
    return data, table

class Node:
    def __init__(self, v):
        self.v = v
        self.children = []

tracemalloc.start(3)
base = tracemalloc.take_snapshot()
d, t = build(2000)
nodes = [Node(i) for i in range(300)]
for k in range(100):
    n = nodes[k]
    n.children.append(n.v * 1000)
snap = tracemalloc.take_snapshot()
name = __file__

def short(stat):
    return str(stat).replace(name, 'FILE')

print('-- lineno')
for st in snap.statistics('lineno')[:6]:
    print(short(st))
print('-- filename (this file only)')
mine = snap.filter_traces([tracemalloc.Filter(True, name)])
for st in mine.statistics('filename'):
    print(short(st))
print('-- traceback (largest)')
st = mine.statistics('traceback')[0]
print(short(st), len(st.traceback))
for line in st.traceback.format(limit=2):
    print(line.replace(name, 'FILE'))
print('-- compare_to lineno')
for st in snap.compare_to(base, 'lineno')[:5]:
    print(short(st))
print('-- compare_to filename, cumulative')
for st in snap.filter_traces([tracemalloc.Filter(True, name)]).compare_to(base.filter_traces([tracemalloc.Filter(True, name)]), 'filename', cumulative=True):
    print(short(st))
print('-- exclude a line')
no_nodes = mine.filter_traces([tracemalloc.Filter(False, name, 17)])
print(sum(s.count for s in no_nodes.statistics('lineno')), sum(s.count for s in mine.statistics('lineno')))
print('-- lineno filter on all frames')
deep = snap.filter_traces([tracemalloc.Filter(True, name, 5, all_frames=True)])
print(sum(s.size for s in deep.statistics('lineno')) == sum(s.size for s in snap.statistics('lineno') if s.traceback[0].lineno == 5 and s.traceback[0].filename == name))
# measured first, printed afterwards (print() itself allocates)
cur, peak = tracemalloc.get_traced_memory()
del d, t
cur2, peak2 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
tmp = [0] * 10000
cur4, peak4 = tracemalloc.get_traced_memory()
del tmp
cur5, peak5 = tracemalloc.get_traced_memory()
del snap, base, mine, no_nodes, deep, st
tracemalloc.clear_traces()
after_clear = tracemalloc.get_traced_memory()
x = [1, 2, 3]
after_x = tracemalloc.get_traced_memory()
print('-- traced memory')
print('peak >= current', peak >= cur)
print('freed over 230 KB', cur - cur2 > 230000, 'peak kept', peak2 == peak)
print('after reset_peak', peak3 - cur3)
print('temporary list', cur4 - cur3, 'peak above current by its items', peak5 - cur5 >= 80000)
print('after clear_traces', after_clear)
print('new trace', after_x, tracemalloc.get_object_traceback(x) is not None)
print('limit', tracemalloc.get_traceback_limit(), tracemalloc.is_tracing())
tracemalloc.stop()
print('stopped', tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(x))
