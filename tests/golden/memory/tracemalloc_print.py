# tracemalloc and print(): the pending output is traced (strs made by str(), the pending list's
# item array, UTF-8 bytes for non-ASCII text), and each write's transient objects (the bound
# write method, int-to-str scratch digits, repr writers, the flush's bytes) raise the peak.
import sys
import tracemalloc

tracemalloc.start()
print(12345)
print(tracemalloc.get_traced_memory())
print(tracemalloc.get_traced_memory())
w = sys.stdout.write
print(tracemalloc.get_traced_memory())
sys.stdout.flush()
print(tracemalloc.get_traced_memory())
print("é")
print(tracemalloc.get_traced_memory())
for i in range(5):
    print(i, [i] * i, {i: str(i)}, (i,))
print(tracemalloc.get_traced_memory())
print("한국어 텍스트", "emoji 🐍")
print(tracemalloc.get_traced_memory())
print(*range(20), sep=", ")
print(tracemalloc.get_traced_memory())
print("err line", file=sys.stderr)
print(tracemalloc.get_traced_memory())
print({"a": [1, 2], "b": (3, 4.5)}, [[1, 2], [3]], ((),))
print(tracemalloc.get_traced_memory())
for i in range(3000):
    print(i * 1000)
print(tracemalloc.get_traced_memory())
sys.stdout.write("z" * 10000)
print(tracemalloc.get_traced_memory())
print("é" * 300)
print(tracemalloc.get_traced_memory())
snap = tracemalloc.take_snapshot()
print(sorted(t.size for t in snap.traces if t.traceback[0].lineno == 24))
