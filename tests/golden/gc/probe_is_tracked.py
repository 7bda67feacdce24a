# Which objects does the collector track?
import gc

print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked(None), gc.is_tracked(3.0))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked(set()))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
t = (1, 2, "x")
print("atom tuple before collect:", gc.is_tracked(t))
u = (1, [])
gc.collect()
print("atom tuple after collect:", gc.is_tracked(t))
print("tuple with list after collect:", gc.is_tracked(u))
d = {"k": 1}
d2 = {"k": [1]}
print(gc.is_tracked(d), gc.is_tracked(d2))
d["new"] = []
print(gc.is_tracked(d))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C))
print(gc.is_tracked(lambda: 0), gc.is_tracked(b"x"), gc.is_tracked(frozenset()))
nested = ((1, 2), (3, 4))
gc.collect()
print("nested:", gc.is_tracked(nested), gc.is_tracked(nested[0]))
print(gc.is_tracked(()))
