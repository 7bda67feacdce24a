# Materialising an instance __dict__ adds a dict to the cycle
import gc
gc.collect()

class A:
    pass

a = A(); a.me = a
del a
print("inline attributes:", gc.collect())

a = A(); a.me = a
d = a.__dict__
del a, d
print("with __dict__ materialised:", gc.collect())

a = A()
a.__dict__["me"] = a
del a
print("stored through __dict__:", gc.collect())

class S:
    __slots__ = ("me", "other")
s = S(); s.me = s
del s
print("slots:", gc.collect())

b = A(); b.items = [b, b, b]
del b
print("instance + list:", gc.collect())
vars_seen = A(); vars_seen.x = 1; vars(vars_seen)["y"] = vars_seen
del vars_seen
print("vars():", gc.collect())
