import sys
class Empty: pass
class WithInit:
    def __init__(self, a, b):
        self.a = a; self.b = b
class Slots1:
    __slots__ = ('a',)
class Slots3:
    __slots__ = ('a', 'b', 'c')
    def __init__(self): self.a = self.b = self.c = 0
class SlotsNone:
    __slots__ = ()
class SlotsDict:
    __slots__ = ('a', '__dict__')
class SlotsWeak:
    __slots__ = ('a', '__weakref__')
class Child(Slots1): pass
class ChildSlots(Slots1):
    __slots__ = ('b',)
class Sized:
    def __sizeof__(self): return 1000
class SizedBad:
    def __sizeof__(self): return -1
class IntSub(int): pass
class StrSub(str): pass
class ListSub(list): pass
class DictSub(dict): pass
class TupleSub(tuple): pass
for cls in (Empty, WithInit, Slots1, Slots3, SlotsNone, SlotsDict, SlotsWeak, Child, ChildSlots, Sized):
    o = cls(1, 2) if cls is WithInit else cls()
    print(cls.__name__, sys.getsizeof(o), cls.__basicsize__, cls.__dictoffset__, cls.__weakrefoffset__, hasattr(o, '__dict__'))
try:
    sys.getsizeof(SizedBad())
except ValueError as e:
    print('ValueError', e)
print(sys.getsizeof(SizedBad(), 7) if False else 'skip')
print('default arg', sys.getsizeof(Sized(), 5))
for v in (IntSub(5), IntSub(2**40), StrSub('abc'), StrSub('한'), ListSub([1, 2]), DictSub(a=1), TupleSub((1, 2, 3))):
    print(type(v).__name__, sys.getsizeof(v))
o = WithInit(1, 2)
print('obj', sys.getsizeof(o), 'dict', sys.getsizeof(o.__dict__), 'vars', len(vars(o)))
o.c = 3
print('obj', sys.getsizeof(o), 'dict', sys.getsizeof(o.__dict__))
print('class', sys.getsizeof(Empty), sys.getsizeof(WithInit), sys.getsizeof(Slots1), sys.getsizeof(type))
print('class dict', sys.getsizeof(WithInit.__dict__), type(WithInit.__dict__).__name__)
print('method', sys.getsizeof(o.__init__), 'function', sys.getsizeof(WithInit.__init__))
print('staticmethod', sys.getsizeof(staticmethod(len)), 'property', sys.getsizeof(property(lambda s: 1)))
s = Slots3()
print('slots getattr', s.a, s.b, s.c)
try:
    s.d = 1
except AttributeError as e:
    print('AttributeError', e)
print(Slots3.a, type(Slots3.a).__name__, sys.getsizeof(Slots3.a))
