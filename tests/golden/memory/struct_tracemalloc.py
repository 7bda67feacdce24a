# struct under tracemalloc: module functions cache Struct objects (56-byte GC object, a PyMem block
# of (ncodes + 1) * 32 bytes, the format as bytes) in a dict cleared at 100 entries.
import struct, tracemalloc, sys, gc
_ = [0, 1][0:1]
tracemalloc.start()
res = [0] * 8
b0 = tracemalloc.get_traced_memory()[0]
p = struct.pack('<iqh', 1, 2, 3)
res[0] = tracemalloc.get_traced_memory()[0] - b0
q = struct.pack('<iqh', 4, 5, 6)
res[1] = tracemalloc.get_traced_memory()[0] - b0
s = struct.Struct('iii')
res[2] = tracemalloc.get_traced_memory()[0] - b0
del s
res[3] = tracemalloc.get_traced_memory()[0] - b0
for i in range(150):
    struct.calcsize(f'{i}x')
res[4] = tracemalloc.get_traced_memory()[0] - b0
struct._clearcache()
res[5] = tracemalloc.get_traced_memory()[0] - b0
tracemalloc.stop()
print(res, sys.getsizeof(p))
