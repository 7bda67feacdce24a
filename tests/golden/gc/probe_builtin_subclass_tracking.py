# Instances of subclasses of int/str/float are GC-tracked (their class gives them a __dict__)
import gc, sys
gc.collect()

class Meters(float):
    pass
class Name(str):
    pass
class Count(int):
    pass

for obj in (1.5, Meters(1.5), "ann", Name("ann"), 7, Count(7)):
    print(type(obj).__name__, gc.is_tracked(obj))

m = Meters(2.0)
m.unit = "m"
print(sorted(type(x).__name__ for x in gc.get_referents(m)))
n = Name("bob")
n.self_ref = n
del n
print("str subclass cycle:", gc.collect())
c = Count(3)
box = [c]
c.box = box
del c, box
print("int subclass cycle:", gc.collect())
class Slotted(int):
    __slots__ = ()
print(gc.is_tracked(Slotted(4)))
import weakref
for obj in (Meters(1.0), Name("x"), Count(1)):
    try:
        r = weakref.ref(obj)
        print(type(obj).__name__, "weakref ok", r() is obj)
    except TypeError as e:
        print("TypeError:", e)
