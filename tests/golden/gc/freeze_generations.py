# gc.freeze / unfreeze / get_freeze_count, get_objects(generation), is_tracked, is_finalized
import gc

gc.collect()
base = gc.get_freeze_count()


class Box:
    pass


b = Box()
print(gc.is_tracked(b), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked((1, 2)), gc.is_tracked(object()))
print(any(o is b for o in gc.get_objects(0)), any(o is b for o in gc.get_objects(2)))
gc.collect(0)
print(any(o is b for o in gc.get_objects(0)), any(o is b for o in gc.get_objects(1)))
gc.collect()
print(any(o is b for o in gc.get_objects(2)))

gc.freeze()
print(gc.get_freeze_count() > base, len(gc.get_objects(2)))
print(any(o is b for o in gc.get_objects()))
gc.unfreeze()
print(gc.get_freeze_count() == 0, any(o is b for o in gc.get_objects(2)))

for bad in (3, -1):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError:", e)


class Fin:
    def __del__(self):
        print("__del__", gc.is_finalized(self))


f = Fin()
f.me = f
print(gc.is_finalized(f))
del f
print("collect", gc.collect())
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError:", e)
