# Objects move from generation 0 to older generations as they survive collections
import gc
gc.collect()

class Marker:
    pass

def where(obj):
    for g in range(3):
        if any(o is obj for o in gc.get_objects(g)):
            return g
    return None

m = Marker()
print("new:", where(m))
gc.collect(0)
print("after gen0 collection:", where(m))
gc.collect(1)
print("after gen1 collection:", where(m))
gc.collect(0)
print("after another gen0:", where(m))
gc.collect()
print("after full:", where(m))
n = Marker()
print("n:", where(n))
gc.collect(1)
print("n after gen1:", where(n))
try:
    gc.get_objects(3)
except ValueError as e:
    print("ValueError:", e)
print(where(5))
