import tracemalloc

tracemalloc.start()

data = [str(i) * 3 for i in range(1000)]
table = {i: [i] * 4 for i in range(300)}
blob = b"x" * 50000

snapshot = tracemalloc.take_snapshot()
top_stats = snapshot.statistics('lineno')
print("[ Top 10 ]")
for stat in top_stats[:10]:
    print(stat)
print("files:")
for stat in snapshot.statistics('filename')[:3]:
    print(stat)
current, peak = tracemalloc.get_traced_memory()
print(f"Current memory usage is {current / 10**6}MB; Peak was {peak / 10**6}MB")
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
