# References held by instance attributes, class attributes and slots.
import sys
class Box:
    pass
val = object()
b = Box()
print('start:', sys.getrefcount(val))
b.x = val
print('instance attribute:', sys.getrefcount(val))
b.y = val
print('second attribute:', sys.getrefcount(val))
Box.shared = val
print('class attribute:', sys.getrefcount(val))
del b.x
print('del attribute:', sys.getrefcount(val))
del b
print('instance deleted:', sys.getrefcount(val))
del Box.shared
print('class attribute deleted:', sys.getrefcount(val))
print('instance itself:')
b = Box()
print('  new instance:', sys.getrefcount(b))
print('  class object:', sys.getrefcount(Box) > 2)
class Slotted:
    __slots__ = ('a', 'b')
s = Slotted()
s.a = val
s.b = val
print('two slots:', sys.getrefcount(val))
del s
print('slotted instance deleted:', sys.getrefcount(val))
class Self:
    def __init__(self):
        self.me = self
me = Self()
print('instance referring to itself:', sys.getrefcount(me))
class WithDict:
    pass
w = WithDict()
w.v = val
dct = w.__dict__
print('after materialising __dict__:', sys.getrefcount(val), sys.getrefcount(dct))
del dct
print('dict reference dropped:', sys.getrefcount(val))
setattr(w, 'v2', val)
print('setattr:', sys.getrefcount(val))
print('getattr result is a new reference only while used:', sys.getrefcount(getattr(w, 'v')))
