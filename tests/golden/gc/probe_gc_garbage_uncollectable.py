# In Python 3.4+ cycles with __del__ are collectable; gc.garbage stays empty
import gc
gc.collect()

class WithDel:
    def __del__(self):
        pass

x = WithDel(); y = WithDel()
x.y = y; y.x = x
del x, y
print(gc.collect())
print(gc.garbage)
stats = gc.get_stats()
print(sum(s["uncollectable"] for s in stats))
print(gc.collect())
