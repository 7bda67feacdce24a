import sys
def f(): pass
g = lambda x: x
def outer():
    v = 1
    def inner():
        return v
    return inner
inner = outer()
class C:
    def m(self): pass
c = C()
def gen():
    yield 1
items = [1, 2, 3]
objs = [("function", f), ("lambda", g), ("closure", inner), ("cell", inner.__closure__[0]),
        ("bound method", c.m), ("class", C), ("instance", c), ("module", sys),
        ("generator", gen()), ("genexpr", (x for x in items)), ("range", range(10)),
        ("enumerate", enumerate(items)), ("zip", zip(items, items)), ("map", map(str, items)),
        ("filter", filter(None, items)), ("iter(list)", iter(items)), ("reversed", reversed(items)),
        ("iter(range)", iter(range(5))), ("iter(dict)", iter({})), ("code", f.__code__),
        ("builtin", len), ("slice", slice(1, 2)), ("None", None), ("Ellipsis", ...),
        ("type", type), ("object()", object()), ("property", property()), ("staticmethod", staticmethod(f))]
for name, o in objs:
    print(f"{name:13} {sys.getsizeof(o)}")
