# dicts holding only atoms are untracked by a full collection; tuples by any collection
import gc

config = {"debug": True, "level": 3, "name": "app"}
nested = {"inner": {"a": 1}}
pair = (1, "one")
print(gc.is_tracked(config), gc.is_tracked(nested), gc.is_tracked(pair))
gc.collect(0)
print("after gen0:", gc.is_tracked(config), gc.is_tracked(pair))
gc.collect()
print("after full:", gc.is_tracked(config), gc.is_tracked(nested), gc.is_tracked(nested["inner"]))
config["plugins"] = []
print("after storing a list:", gc.is_tracked(config))
del config["plugins"]
print("after removing it:", gc.is_tracked(config))
gc.collect()
print("after another full:", gc.is_tracked(config))
fresh = dict(a=1)
print(gc.is_tracked(fresh), gc.is_tracked(dict()), gc.is_tracked({1: 2}))
t = tuple([1, 2, 3])
print(gc.is_tracked(t))
