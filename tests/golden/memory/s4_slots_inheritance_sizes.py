import sys
class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b", "c")
class NoSlotChild(Base):
    pass
class WithDict:
    __slots__ = ("x", "__dict__")
class WithWeak:
    __slots__ = ("x", "__weakref__")
class Empty:
    __slots__ = ()
for cls in (Base, Child, NoSlotChild, WithDict, WithWeak, Empty):
    o = cls()
    print(cls.__name__, sys.getsizeof(o), cls.__basicsize__, hasattr(o, "__dict__"), cls.__dictoffset__, cls.__weakrefoffset__)
w = WithDict()
w.x = 1
w.y = 2
print(sys.getsizeof(w), sys.getsizeof(w.__dict__))
c = Child()
try:
    c.z = 1
except AttributeError as e:
    print(e)
print(sorted(Child.__dict__.keys()), Child.__slots__)
class Mangled:
    __slots__ = ("__secret", "public")
print(sorted(k for k in Mangled.__dict__ if not k.startswith("__")))
class Acct:
    __slots__ = ("__balance",)
    def __init__(self, v):
        self.__balance = v
    def get(self):
        return self.__balance
acct = Acct(5)
print(acct.get(), acct._Acct__balance, sys.getsizeof(acct))
try:
    class Bad:
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(e)
import tracemalloc
tracemalloc.start()
b = tracemalloc.get_traced_memory()[0]
class P:
    __slots__ = ["__p", "q", "r"]
a = tracemalloc.get_traced_memory()[0]
print(a - b > 0, P.__slots__, [k for k in P.__dict__ if "p" in k or k in "qr"])
tracemalloc.stop()
