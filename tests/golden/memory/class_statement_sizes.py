# What a class statement allocates, seen through sys.getsizeof, tracemalloc and the gc:
# the type object (with PyType_GenericAlloc's extra member slot), its dict (a copy of the
# namespace), __dict__/__weakref__ getset descriptors, the mro and bases tuples, and the
# weakref every base keeps to its subclasses (tp_subclasses).
import gc
import sys
import weakref


class Warm:
    pass


print(sys.getsizeof(str.join), sys.getsizeof(str.__add__), sys.getsizeof(int.real))
print(sys.getsizeof((1).__add__), sys.getsizeof([].__len__), sys.getsizeof(object.__init__))


class Slotted:
    __slots__ = ("a", "b")


print(sys.getsizeof(Slotted.a), sys.getsizeof(Warm.__dict__["__dict__"]))
print(weakref.getweakrefcount(Warm), len(Warm.__subclasses__()))


class Child(Warm):
    pass


print(weakref.getweakrefcount(Warm), weakref.getweakrefcount(Child), [c.__name__ for c in Warm.__subclasses__()])

gc.collect()
r = [gc.get_count()[0]]


class E:
    pass


r.append(gc.get_count()[0])
F = type("F", (), {})
r.append(gc.get_count()[0])


class G:
    x = 1

    def f(self):
        return self.x


r.append(gc.get_count()[0])
print([b - a for a, b in zip(r, r[1:])])



class H:
    def __init__(self):
        self.v = 1


objs = [o for o in gc.get_objects() if type(o) is weakref.ReferenceType and o() is H]
print(len(objs))
del H, objs
gc.collect()
print(len([o for o in gc.get_objects() if type(o) is weakref.ReferenceType and o() is not None and getattr(o(), "__name__", "") == "H"]))
