# DEBUG_STATS and DEBUG_COLLECTABLE print to stderr
import gc, sys
gc.collect()

class Pair:
    pass

gc.set_debug(gc.DEBUG_COLLECTABLE)
p = Pair(); q = Pair(); p.q = q; q.p = p
del p, q
n = gc.collect()
gc.set_debug(0)
print("collected", n)
sys.stderr.flush()
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
r = []
r.append(r)
del r
print(gc.collect())
gc.set_debug(gc.DEBUG_LEAK)
s = {}
s["s"] = s
del s
print(gc.collect(), len(gc.garbage))
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
