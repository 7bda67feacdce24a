# Class machinery: __prepare__, metaclass kwargs, __init_subclass__, __set_name__ descriptors, __missing__, __class_getitem__, __getattribute__, zero-argument super in nested scopes, type(), abc.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Base(metaclass=Meta, flag=True):
    x = 1
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class Child(Base, tag="c"):
    pass
print(Child.tag, Child.injected, type(Child).__name__)
class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if value < 0: raise ValueError(f"{self.name[1:]} must be >= 0")
        setattr(obj, self.name, value)
class Item:
    price = Field()
    qty = Field()
    def __init__(self, p, q):
        self.price, self.qty = p, q
it = Item(3, 4)
print(it.price, it.qty, vars(it))
try:
    it.qty = -1
except ValueError as e:
    print(e)
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d["a"], d["bb"], d.get("zz"), "zz" in d)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item.__name__}]"
print(G[int])
class Tracker:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
t = Tracker()
t.visible = 5
print(t.visible, t.secret_key, t.other)
class A:
    def hello(self): return "A"
class B(A):
    def hello(self):
        def inner():
            return super(B, self).hello() + "B"
        return inner()
class C(B):
    def hello(self):
        return [super().hello() for _ in range(1)][0] + "C"
print(C().hello(), C.__mro__)
X = type("X", (A,), {"y": 2, "hello": lambda self: "X"})
print(X().hello(), X.y, X.__name__, X.__qualname__, X.__module__)
class Counter:
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        return super().__new__(cls)
Counter(); Counter()
print(Counter.count)
class S:
    __slots__ = ("a",)
try:
    S().b = 1
except AttributeError as e:
    print(e)
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 10
    @v.deleter
    def v(self): print("deleting"); del self._v
p = P(); p.v = 3; print(p.v); del p.v
try: p.v
except AttributeError as e: print(e)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1), Ord(2)]), max(Ord(1), Ord(5)))
try:
    Ord(1) <= Ord(2)
except TypeError as e:
    print(e)
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def area(self): return 4
try:
    Sq()
except TypeError as e:
    print(e)
print(isinstance([], __import__("collections.abc").abc.Sequence))
