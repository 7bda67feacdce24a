# classmethod, staticmethod, property with setter and deleter.
class Temperature:
    unit = 'C'
    def __init__(self, celsius):
        self._celsius = celsius
    @property
    def celsius(self):
        print('  get celsius')
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        print('  set celsius', value)
        if value < -273.15:
            raise ValueError('below absolute zero')
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        print('  delete celsius')
        del self._celsius
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def is_valid(c):
        return c >= -273.15
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError:', e)
del t.celsius
print(hasattr(t, '_celsius'))
t2 = Temperature.from_fahrenheit(212)
print(type(t2).__name__, t2.celsius, Temperature.is_valid(-300), t2.is_valid(0))
print(type(Temperature.__dict__['celsius']).__name__, type(Temperature.__dict__['from_fahrenheit']).__name__,
      type(Temperature.__dict__['is_valid']).__name__)
print(Temperature.celsius.fget.__name__, Temperature.celsius.__doc__)
class Sub(Temperature):
    unit = 'K'
    @classmethod
    def describe(cls):
        return f'{cls.__name__} in {cls.unit}'
print(Sub.describe(), Sub.from_fahrenheit(32).__class__.__name__, Sub(1).describe())
class Counter:
    instances = 0
    def __init__(self):
        Counter.increment()
    @classmethod
    def increment(cls):
        cls.instances += 1
    @staticmethod
    def helper(x):
        return x * 2
Counter(); Counter()
print(Counter.instances, Counter.helper(21), Counter().helper(1), Counter.instances)
class ReadOnly:
    def __init__(self):
        self._v = 1
    v = property(lambda self: self._v, doc='the value')
r = ReadOnly()
print(r.v, ReadOnly.v.__doc__)
try:
    r.v = 2
except AttributeError as e:
    print('AttributeError:', e)
try:
    del r.v
except AttributeError as e:
    print('AttributeError:', e)
class Lazy:
    @property
    def computed(self):
        print('  computing')
        return 42
lz = Lazy()
print(lz.computed, lz.computed)
from functools import cached_property
class Cached:
    @cached_property
    def value(self):
        print('  computing once')
        return [1, 2]
cc = Cached()
print(cc.value, cc.value, 'value' in vars(cc))
