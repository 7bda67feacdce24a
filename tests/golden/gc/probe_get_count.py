# gc.get_count() grows with container allocations and shrinks with frees
import gc
gc.collect()
print(gc.get_count())
a = []
print(gc.get_count())
b = [[] for _ in range(10)]
print(gc.get_count())
del b
print(gc.get_count())
x = 1 + 2
s = "abc" * 3
print(gc.get_count())
class P: pass
p = P()
print(gc.get_count())
d = {}
t = (1, 2)
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
