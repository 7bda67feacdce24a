# tracemalloc: module-level API, sizes as the allocator sees them, snapshots and statistics
import tracemalloc

print("tracing before start:", tracemalloc.is_tracing())
print("traced before start:", tracemalloc.get_traced_memory())
print("limit before start:", tracemalloc.get_traceback_limit())
print("own memory before start:", tracemalloc.get_tracemalloc_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)

tracemalloc.start()
print("tracing:", tracemalloc.is_tracing(), "limit:", tracemalloc.get_traceback_limit())
data = [i for i in range(100000)]
current, peak = tracemalloc.get_traced_memory()
print("after list of 100000 ints: current", current, "peak", peak)
print("tracemalloc overhead:", tracemalloc.get_tracemalloc_memory())

tb = tracemalloc.get_object_traceback(bytes(5000))
print("bytes(5000) traceback:", tb)
print("small int:", tracemalloc.get_object_traceback(7))
print("None:", tracemalloc.get_object_traceback(None))
blob = bytearray(100000)
print("bytearray frame:", tracemalloc.get_object_traceback(blob)[0].lineno)

snapshot = tracemalloc.take_snapshot()
stats = snapshot.statistics('lineno')
print("statistics:", len(stats))
for stat in stats[:3]:
    print(stat)
top = stats[0]
print("top size/count:", top.size, top.count)
print("top traceback:", top.traceback, len(top.traceback))
print("frame:", top.traceback[0].lineno, top.traceback[0].filename.endswith("tracemalloc_api.py"))
print("by file:", len(snapshot.statistics('filename')))
print("by traceback:", snapshot.statistics('traceback')[0].size)
print("traces:", len(snapshot.traces) > 0, snapshot.traceback_limit)

del data
current2, peak2 = tracemalloc.get_traced_memory()
print("after del: current < before", current2 < current, "peak kept", peak2 == peak)
tracemalloc.reset_peak()
print("reset_peak:", tracemalloc.get_traced_memory()[1] < peak)
tracemalloc.clear_traces()
print("after clear_traces:", tracemalloc.get_traced_memory())
tracemalloc.stop()
print("after stop:", tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
print("overhead after stop:", tracemalloc.get_tracemalloc_memory())
