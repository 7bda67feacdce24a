# Which objects cannot be weakly referenced
import weakref

for obj in ([], {}, 1, "s", (1, 2), 3.5, None, b"x", set(), frozenset()):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)

class Slotted:
    __slots__ = ("a",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)

class SlottedWeak:
    __slots__ = ("a", "__weakref__")
print(weakref.ref(SlottedWeak()) is not None)

class MyList(list):
    pass
ml = MyList()
r = weakref.ref(ml)
print(r() is ml)
def fn(): pass
print(weakref.ref(fn)() is fn)
print(weakref.ref(int)() is int)
