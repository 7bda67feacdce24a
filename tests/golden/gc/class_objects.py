# A class is a reference cycle (its __mro__ holds it; its __dict__/__weakref__ descriptors
# hold it), so `del` alone does not free it: the collector does, with its dict, tuples and
# descriptors.
import gc
import sys


def collect(label):
    gc.set_debug(gc.DEBUG_SAVEALL)
    n = gc.collect()
    gc.set_debug(0)
    kinds = sorted(type(o).__name__ for o in gc.garbage)
    print(label, n, kinds)
    gc.garbage.clear()


gc.collect()

class Plain:
    pass

print(sys.getrefcount(Plain), Plain.__mro__ is Plain.__mro__, gc.is_tracked(Plain.__bases__))
print(gc.get_referents(Plain)[1:])
print(gc.get_referents(Plain.__dict__['__dict__']))
del Plain
collect("plain")

class Methods:
    def f(self):
        return 1

    def g(self):
        return 2

del Methods
collect("methods")

class Slotted:
    __slots__ = ('a', 'b')

print(sys.getrefcount(Slotted))
del Slotted
collect("slots")

class Base:
    pass

class Derived(Base):
    pass

print(sys.getrefcount(Base), sys.getrefcount(Derived))
del Derived
collect("derived")
del Base
collect("base")

class WithInstance:
    x = 1

    def __init__(self):
        self.y = 2

w = WithInstance()
del WithInstance
print(gc.collect())
del w
print(gc.collect())

class Descriptors:
    @property
    def p(self):
        return 1

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass

del Descriptors
collect("descriptors")

class Cell:
    def m(self):
        return __class__

del Cell
collect("classcell")

Dyn = type('Dyn', (), {'a': 1})
del Dyn
collect("type()")

class Weak:
    __slots__ = ('__weakref__',)

del Weak
collect("slots-weakref")
