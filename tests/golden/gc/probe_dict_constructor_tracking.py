# Are dicts built by dict(), copy() and comprehensions tracked by the collector?
import gc
print(gc.is_tracked(dict(a=[])), gc.is_tracked(dict({"a": []})), gc.is_tracked(dict([("a", [])])), gc.is_tracked(dict.fromkeys("ab", [])))
print(gc.is_tracked(dict(a=1)), gc.is_tracked(dict({"a": 1})), gc.is_tracked(dict([("a", 1)])), gc.is_tracked(dict.fromkeys("ab")))
d = dict(); d["x"] = (1, [])
print(gc.is_tracked(d))
d2 = dict(); d2.update(k=[1]); print(gc.is_tracked(d2))
d3 = dict(); d3.setdefault("k", []); print(gc.is_tracked(d3))
d4 = {k: [] for k in "ab"}; print(gc.is_tracked(d4))
d5 = dict(zip("ab", [[], []])); print(gc.is_tracked(d5))
d6 = dict(); d6 |= {"a": []}; print(gc.is_tracked(d6))
class D(dict): pass
print(gc.is_tracked(D()), gc.is_tracked(D(a=1)))
import copy
print(gc.is_tracked(copy.copy({"a": []})), gc.is_tracked({"a": 1}.copy()), gc.is_tracked({"a": []}.copy()))
