class Counter:
    instances = []
    __slots__ = ("value", "__weakref__")
    def __init__(self, v=0):
        self.value = v
        Counter.instances.append(self)

c = Counter(3)
try:
    c.other = 1
except AttributeError as e:
    print("AttributeError:", e)
print(c.value, len(Counter.instances), hasattr(c, "__dict__"), Counter.__slots__)

class Config:
    debug = False
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
cfg = Config(debug=True, level=3)
print(cfg.debug, Config.debug, getattr(cfg, "level"), getattr(cfg, "missing", "n/a"), vars(cfg))
delattr(cfg, "level")
print(hasattr(cfg, "level"), cfg.__dict__, type(cfg).__name__, Config.__name__, Config.__qualname__)
try:
    cfg.nothing
except AttributeError as e:
    print("AttributeError:", e)

class Celsius:
    def __init__(self, t=0.0):
        self.t = t
    @property
    def fahrenheit(self):
        return self.t * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.t = (f - 32) * 5 / 9
    @fahrenheit.deleter
    def fahrenheit(self):
        print("deleting")
c = Celsius(100)
print(c.fahrenheit)
c.fahrenheit = 212
print(c.t, Celsius.fahrenheit.__class__.__name__)
del c.fahrenheit
class ReadOnly:
    @property
    def x(self): return 1
try:
    ReadOnly().x = 2
except AttributeError as e:
    print("AttributeError:", e)

class Validated:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    age = Validated()
    def __init__(self, age):
        self.age = age
p = Person(30)
print(p.age, p.__dict__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(type(Person.age).__name__, Person.__dict__["age"].name)
class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta, type(WithMeta), type(type), isinstance(WithMeta, type))
