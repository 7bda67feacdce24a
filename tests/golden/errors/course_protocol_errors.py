import inspect
class BadLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return "3"
class BadBool:
    def __bool__(self): return 1
class BadIter:
    def __iter__(self): return 5
class BadIndex:
    def __index__(self): return 2.5
class Idx:
    def __index__(self): return 2
class BadHash:
    def __hash__(self): return "h"
class BadRepr:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return None
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
class Slicer:
    def __getitem__(self, item):
        return item
tests = [lambda: len(BadLen()), lambda: len(StrLen()), lambda: bool(BadBool()), lambda: iter(BadIter()),
         lambda: [1, 2, 3][BadIndex()], lambda: [1, 2, 3][Idx()], lambda: hash(BadHash()), lambda: repr(BadRepr()),
         lambda: str(BadStr()), lambda: Missing(a=1)["b"], lambda: Slicer()[1:2, ::3, ...], lambda: "abc"[Idx():],
         lambda: range(Idx()), lambda: hex(Idx()), lambda: bin(BadIndex()), lambda: [0] * Idx(), lambda: if_missing,
         lambda: list(BadIter()), lambda: {BadHash()}, lambda: print(BadRepr()), lambda: f"{BadStr()}", lambda: "%s" % BadStr()]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
class Base:
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
    @property
    def kind(self):
        return "base"
class Child(Base):
    @classmethod
    def create(cls):
        return super().create() + " via child"
    @property
    def kind(self):
        return "child/" + super().kind
print(Child.create(), Child().kind)
class A: pass
class B: pass
a = A()
a.__class__ = B
print(type(a).__name__, isinstance(a, B))
def gen():
    x = yield 1
    print("got", x)
    yield 2
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g), g.gi_frame.f_locals if g.gi_frame else None)
g.send("hello")
g.close()
print(inspect.getgeneratorstate(g), inspect.isgenerator(g), inspect.isfunction(gen), inspect.isgeneratorfunction(gen))
print(inspect.signature(lambda a, b=2, *c, d, **e: 0), inspect.getdoc(Base), [n for n, _ in inspect.getmembers(Child, inspect.isfunction)])
sig = inspect.signature(Missing.__missing__)
print(list(sig.parameters), inspect.isclass(Missing), inspect.ismethod(Child().kind.upper))
for x in BadIter():
    pass
