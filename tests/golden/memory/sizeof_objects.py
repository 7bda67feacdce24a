# sys.getsizeof of functions, classes, instances, iterators, descriptors and other objects.
import sys
S = sys.getsizeof
def f(a, b=1):
    return a
def g():
    yield 1
lam = lambda x: x
def outer():
    v = 1
    def inner():
        return v
    return inner
inner = outer()
print('function', S(f), S(lam), S(inner), S(inner.__closure__[0]), S(f.__code__) > 100)
class C:
    def m(self):
        pass
    @staticmethod
    def sm():
        pass
    @classmethod
    def cm(cls):
        pass
    @property
    def p(self):
        return 1
class Slots0:
    __slots__ = ()
class Slots1:
    __slots__ = ('a',)
class Slots3:
    __slots__ = ('a', 'b', 'c')
class SlotsDict:
    __slots__ = ('a', '__dict__')
class SlotsWeak:
    __slots__ = ('a', '__weakref__')
class Sub(C):
    pass
class SubSlots(Slots1):
    __slots__ = ('b',)
print('class', S(C) > 800, S(Slots1) > 800, type(C).__name__)
c = C()
print('instance', S(c), S(Slots0()), S(Slots1()), S(Slots3()), S(SlotsDict()), S(SlotsWeak()), S(Sub()), S(SubSlots()))
print('instance __sizeof__', c.__sizeof__(), Slots3().__sizeof__(), object().__sizeof__())
print('bound method', S(c.m), S(C.cm), 'plain', S(C.m))
print('descriptors', S(C.__dict__['sm']), S(C.__dict__['cm']), S(C.__dict__['p']), S(property()))
print('object', S(object()), S(None), S(NotImplemented), S(Ellipsis))
lst = [1, 2]
tup = (1, 2)
dct = {1: 2}
st = {1}
print('iterators', S(iter(lst)), S(reversed(lst)), S(iter(tup)), S(iter('ab')), S(iter(dct)), S(iter(dct.values())), S(iter(dct.items())), S(iter(st)), S(iter(range(3))), S(iter(range(10 ** 20))), S(iter(b'ab')), S(iter(bytearray(b'a'))))
print('views', S(dct.keys()), S(dct.values()), S(dct.items()))
print('builtins iterators', S(enumerate(lst)), S(zip(lst, lst)), S(zip()), S(map(str, lst)), S(filter(None, lst)), S(reversed(range(3))))
print('generator', S(g()), S(x for x in lst), 'range', S(range(5)), S(range(10 ** 20)))
print('slice', S(slice(1)), S(slice(1, 2, 3)), S(lst[::]))
print('exceptions', S(Exception()), S(ValueError('x')), S(KeyError(1)), S(StopIteration(1)), S(OSError(2, 'x')))
import weakref
r = weakref.ref(c)
print('weakref', S(r), S(weakref.ref(c, lambda r: None)), S(weakref.proxy(c)))
print('module', S(sys), S(weakref))
print('type', S(int) > 400, S(type), S(type(None)) > 0)
print('cell', S(inner.__closure__[0]), 'super', S(super(Sub, Sub())))
print('mappingproxy', S(C.__dict__), 'sizeof dunder', C.__dict__.__sizeof__())
