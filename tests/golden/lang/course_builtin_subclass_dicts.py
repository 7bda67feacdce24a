class S(set): pass
class L(list): pass
class F(frozenset): pass
class M(type): pass
class I(int): pass
print(S.__dict__.keys(), L.__dict__.keys(), F.__dict__.keys(), M.__dict__.keys(), I.__dict__.keys())
import weakref, sys
class I(int): pass
class T(tuple): pass
class L(list): pass
for c in (I(1), T(), L()):
    try:
        weakref.ref(c); print("ok", type(c).__name__)
    except TypeError as e:
        print(e)
print(sys.getsizeof(I(1)), sys.getsizeof(T((1,2))), sys.getsizeof(L()))
