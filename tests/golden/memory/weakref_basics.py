# weakref: ref, callbacks, proxy, WeakValueDictionary, finalize.
import weakref, sys, gc
class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f'Obj({self.name})'
o = Obj('a')
r = weakref.ref(o)
print(r() is o, sys.getrefcount(o), weakref.getweakrefcount(o), r() )
del o
print(r(), r() is None)
def callback(ref):
    print('  callback: referent is gone', ref() is None)
o = Obj('b')
r = weakref.ref(o, callback)
print('before del')
del o
print('after del')
o = Obj('c')
p = weakref.proxy(o)
print(p.name, repr(p)[:18])
del o
try:
    p.name
except ReferenceError as e:
    print('ReferenceError:', e)
cache = weakref.WeakValueDictionary()
x, y = Obj('x'), Obj('y')
cache['x'] = x
cache['y'] = y
print(sorted(cache.keys()), len(cache))
del x
print(sorted(cache.keys()), len(cache), cache.get('x'))
try:
    weakref.ref([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    weakref.ref(5)
except TypeError as e:
    print('TypeError:', e)
class L(list):
    pass
print(weakref.ref(L([1]))() is None)
o = Obj('f')
fin = weakref.finalize(o, print, '  finalize called for f')
print(fin.alive)
del o
print(fin.alive)
o = Obj('g')
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(r1 is r2, r1 == r2, weakref.getweakrefcount(o), hash(r1) == hash(o) if False else 'skip')
a, b = Obj('cycle-a'), Obj('cycle-b')
a.partner, b.partner = b, a
wa = weakref.ref(a, lambda ref: print('  cycle member collected'))
del a, b
print('cycle still alive:', wa() is not None)
gc.collect()
print('after gc.collect():', wa())
ws = weakref.WeakSet()
keep = Obj('kept')
ws.add(keep)
ws.add(Obj('temporary'))
print(len(ws), list(ws))
