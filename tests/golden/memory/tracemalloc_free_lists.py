# tracemalloc and free lists: objects reused from a free list call no allocator
import tracemalloc

tracemalloc.start()
print("list of floats:", tracemalloc.get_object_traceback([1.5, 2.5]))
print("bytes(5000):", tracemalloc.get_object_traceback(bytes(5000)) is not None)
big = list(range(1000))
print("big list object:", tracemalloc.get_object_traceback(big))
lists = [[] for _ in range(200)]
untraced = sum(tracemalloc.get_object_traceback(x) is None for x in lists)
print("empty lists without traceback:", untraced)
dicts = [{} for _ in range(200)]
print("empty dicts without traceback:", sum(tracemalloc.get_object_traceback(x) is None for x in dicts))
floats = [i + 0.5 for i in range(200)]
print("floats without traceback:", sum(tracemalloc.get_object_traceback(x) is None for x in floats))
del lists
again = [[] for _ in range(80)]
print("reused after del:", sum(tracemalloc.get_object_traceback(x) is not None for x in again))
tracemalloc.stop()
