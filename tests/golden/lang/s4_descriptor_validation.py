class Typed:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum
    def __set_name__(self, owner, name):
        self.public = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.public} must be {self.kind.__name__}, got {type(value).__name__}')
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f'{self.public} must be >= {self.minimum}')
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        raise AttributeError(f"can't delete {self.public}")

class Product:
    name = Typed(str)
    price = Typed(float, 0.0)
    stock = Typed(int, 0)
    def __init__(self, name, price, stock):
        self.name, self.price, self.stock = name, price, stock
    def __repr__(self):
        return f'Product({self.name!r}, {self.price}, {self.stock})'

p = Product('pen', 1.5, 10)
print(p, vars(p))
for attr, val in [('price', 'cheap'), ('stock', -1), ('name', 3)]:
    try:
        setattr(p, attr, val)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del p.price
except AttributeError as e:
    print(e)
print(Product.price.private, type(Product.__dict__['stock']).__name__)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print('computing')
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, 'area' in vars(c))

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.fahrenheit, Temp.celsius.__doc__)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(e)
try:
    del t.celsius
except AttributeError as e:
    print(e)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
print(type(Temp.celsius), Temp.celsius.fget.__name__, Temp.fahrenheit.fset)
