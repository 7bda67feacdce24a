# gc.freeze moves everything to the permanent generation
import gc
gc.collect()
base = gc.get_freeze_count()

class Obj:
    pass

keep = [Obj() for _ in range(10)]
gc.freeze()
print("frozen more than 10:", gc.get_freeze_count() - base > 10)
print(gc.get_count())
print(any(o is keep for o in gc.get_objects()))
junk = Obj(); junk.me = junk
del junk
print("collect:", gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(any(o is keep for o in gc.get_objects(2)))
