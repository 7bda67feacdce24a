import sys
class A: pass
class B:
    __slots__ = ('a', 'b')
class C:
    __slots__ = ()
class D(B):
    __slots__ = ('c',)
class E(int): pass
M = type('M', (), {})
for t in (A, B, C, D, E, M):
    print(t.__name__, sys.getsizeof(t), type.__sizeof__(t))
