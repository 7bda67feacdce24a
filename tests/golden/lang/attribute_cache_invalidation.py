# Attribute access that the evaluation loop caches (instance values, methods found on the type)
# stays right when classes change: a property added or removed, an instance attribute shadowing
# a method, methods replaced, __class__ assignment, deleted attributes, __getattr__ added later,
# a materialised __dict__, full shared keys, __slots__, builtin methods, function attributes.
import sys
class P:
    def __init__(self, x): self.x = x
    def m(self): return 'm'
def readx(o): return o.x
def callm(o): return o.m()
def setx(o, v): o.x = v
ps = [P(i) for i in range(5)]
for p in ps: print(readx(p), callm(p))
# a property replacing the attribute on the class: data descriptor wins
P.x = property(lambda self: 'prop')
print(readx(ps[0]))
try:
    setx(ps[0], 5)
except AttributeError as e:
    print('AE', e)
del P.x
print(readx(ps[0]))
# instance attribute shadowing a method
ps[1].m = lambda: 'inst'
print(callm(ps[1]), callm(ps[2]))
# method replaced on the class
P.m = lambda self: 'new'
print(callm(ps[2]))
# __class__ change
class Q:
    def __init__(self): self.x = 'qx'
    def m(self): return 'qm'
q = ps[3]; q.__class__ = Q
print(readx(q), callm(q))
# deleted attribute
del ps[4].x
try: readx(ps[4])
except AttributeError as e: print('AE', e)
setx(ps[4], 'back'); print(readx(ps[4]))
# __getattr__ added later
P.__getattr__ = lambda self, n: 'ga:' + n
del ps[2].x
print(readx(ps[2]))
# dict materialised
p = P(7); p.__dict__['x'] = 70; print(readx(p)); setx(p, 71); print(p.__dict__, readx(p))
# many attributes (shared keys full)
class Many: pass
m = Many()
for i in range(40): setattr(m, 'a%d' % i, i)
def reada(o): return o.a39
print(reada(m), reada(m))
class D:
    def __del__(self): print('del D')
newv = object()
class H: pass
h = H(); h.v = D()
def seth(o, v): o.v = v
seth(h, 1); seth(h, D()); seth(h, newv)
# slots
class S:
    __slots__ = ('x',)
    def __init__(self): self.x = 1
    def m(self): return 's'
s = S(); print(readx(s), callm(s)); setx(s, 2); print(readx(s))
l = [1]
def app(l, v): l.append(v)
for i in range(3): app(l, i)
print(l)
def f(): pass
f.m = lambda: 'fattr'
print(callm(f))
print(sys.getrefcount(ps[0]), sys.getrefcount(P))
