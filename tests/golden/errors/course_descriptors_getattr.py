class Validated:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.public} must be >= {self.minimum}")
        setattr(obj, self.private, value)

class Product:
    name = Validated(str)
    price = Validated((int, float).__class__ and float, 0)
    qty = Validated(int, 0)
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty
    def __repr__(self):
        return f"Product({self.name!r}, {self.price}, {self.qty})"

p = Product("pen", 1.5, 10)
print(p, vars(p), type(Product.__dict__["qty"]).__name__, Product.qty.private)
for bad in [("name", 3), ("qty", -1), ("price", 2)]:
    try:
        setattr(p, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

class Config:
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None
    def __setattr__(self, name, value):
        print(f"set {name}={value!r}")
        self._data[name] = value
    def __delattr__(self, name):
        del self._data[name]
    def __dir__(self):
        return sorted(self._data)
c = Config(debug=True, level=3)
print(c.debug, c.level, getattr(c, "missing", "dflt"), hasattr(c, "nope"), dir(c))
c.level = 4
del c.debug
print(c._data)
class Lazy:
    def __getattribute__(self, name):
        if name.startswith("x"):
            return name * 2
        return super().__getattribute__(name)
l = Lazy()
l.y = 1
print(l.xa, l.y)
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="F")
t = Temp(); t.celsius = 100
print(t.fahrenheit, Temp.fahrenheit.__doc__, type(Temp.celsius))
del t.celsius
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
print(c.missing)
