def factory():
    class Local:
        def method(self):
            def inner():
                pass
            return inner
    return Local
L = factory()
print(L, L.__qualname__, L.method.__qualname__, L().method().__qualname__)
print(repr(L()).split(' at ')[0], type(L()).__module__)
class Outer:
    class Inner:
        class Deep:
            pass
    def meth(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
print(Outer.Inner.Deep, Outer.Inner.Deep.__qualname__, repr(Outer.meth).split(' at ')[0], Outer.sm.__qualname__)
print(repr(Outer().meth).split(' at ')[0].rsplit(' of ', 1)[0], repr(Outer.cm).rsplit(' of ', 1)[0])
print(repr(lambda: 0).split(' at ')[0], (lambda: 0).__name__, repr(sum), repr(len), repr([].append).split(' at ')[0])
print(repr(int), repr(type), repr(object), repr(None.__class__), repr(Ellipsis.__class__), type(print))
print(str.upper, dict.__dict__['fromkeys'], int.__add__, object.__init__, repr((1).__add__).split(' at ')[0])
print(type(Outer.__dict__['cm']), type(Outer.__dict__['sm']), type(Outer.meth), type(Outer().meth))
g = (x for x in [])
print(repr(g).split(' at ')[0], repr(iter([])).split(' at ')[0], repr(iter(range(2))).split(' at ')[0], repr(iter({})).split(' at ')[0])
print(repr(zip()).split(' at ')[0], repr(map(str, [])).split(' at ')[0], repr(reversed([])).split(' at ')[0], repr(enumerate([])).split(' at ')[0])
import math, collections
print(repr(collections).split(' from ')[0], math.__name__)
print(repr(range(3)), repr(range(1, 10, 2)), repr(slice(None)), repr(frozenset()), repr(set()), repr(b''), repr(bytearray()), repr(memoryview(b'')).split(' at ')[0])
print(repr(1j), repr(-0.0), repr(1e-10), repr(float('nan')), repr(2**63), repr(True), repr('\x00\x7f\u200b'), repr('\U0001F600'))
class P:
    def __repr__(self):
        return 'P()'
print([P(), P()], {'k': P()}, (P(),), {P()} if P.__hash__ else '', str(P()), f'{P()}', '%s %r' % (P(), P()))
class Q:
    def __str__(self): return 'Q-str'
print(str(Q()), [Q()][0].__str__(), repr(Q()).startswith('<__main__.Q object'), format(Q()), '{}'.format(Q()))
