# gc.get_stats after a few collections
import gc
gc.collect()
before = gc.get_stats()

class X:
    pass

for i in range(3):
    a = X(); a.me = a
    del a
    gc.collect(0)
x = X(); x.me = x; del x
gc.collect(1)
after = gc.get_stats()
for g in range(3):
    b, a = before[g], after[g]
    print(g, a["collections"] - b["collections"], a["collected"] - b["collected"], a["uncollectable"] - b["uncollectable"])
print(sorted(after[0].keys()))
