class PluginMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        print(f"meta created {name} kw={kw}")
        return cls
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by = "meta"
        return inst
    def __repr__(cls):
        return f"<plugin {cls.__name__}>"
class Plugin(metaclass=PluginMeta):
    def run(self):
        raise NotImplementedError(f"{type(self).__name__}.run")
class Hello(Plugin, tag="greeting"):
    def run(self):
        return "hello"
class Bye(Plugin):
    def run(self):
        return "bye"
print(PluginMeta.registry, Hello, type(Hello), type(PluginMeta))
h = Hello()
print(h.run(), h.created_by, isinstance(h, Plugin), Plugin.__subclasses__())
class Singleton:
    _instance = None
    def __new__(cls, *a, **k):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("new instance")
        return cls._instance
    def __init__(self, v):
        self.v = v
s1 = Singleton(1); s2 = Singleton(2)
print(s1 is s2, s1.v, id(s1) == id(s2))
class Point:
    def __init_subclass__(cls, dims=2, **kw):
        super().__init_subclass__(**kw)
        cls.dims = dims
class P3(Point, dims=3): pass
print(P3.dims, Point.__dict__.get("dims"), P3.__dict__["dims"])
C = type("C", (object,), {"x": 1, "double": lambda self: self.x * 2})
print(C().double(), C.__name__, C.__bases__, C.__dict__["x"])
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def reset(cls):
        cls.count = 0
class Sub(Counter): pass
Counter(); Counter(); Sub()
print(Counter.count, Sub.count)
Sub.reset(); print(Counter.count, Sub.count)
print(getattr(Hello, "__module__"), Hello.__qualname__, Hello.run.__qualname__, vars(Hello).keys() - {"__module__", "__doc__"})
Bye().run()
Plugin().run()
