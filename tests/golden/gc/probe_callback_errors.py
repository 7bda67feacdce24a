# Exceptions in weakref callbacks and gc callbacks are reported, not raised
import weakref, gc
gc.collect()

class T:
    pass

def bad_callback(ref):
    raise KeyError("from callback")

t = T()
r = weakref.ref(t, bad_callback)
del t
print("after del")
u = T(); u.me = u
r2 = weakref.ref(u, bad_callback)
del u
print("collect ->", gc.collect())
fin_obj = T()
weakref.finalize(fin_obj, lambda: 1 / 0)
del fin_obj
print("end")
