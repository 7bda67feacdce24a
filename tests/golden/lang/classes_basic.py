# Classes: class vs instance attributes, methods, introspection.
class Dog:
    species = 'Canis familiaris'
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self):
        return f'{self.name} says woof'
    def birthday(self):
        self.age += 1
        return self
d1 = Dog('Rex', 3)
d2 = Dog('Fido', 5)
print(d1.bark(), d2.bark(), Dog.count, d1.count, d1.species is d2.species)
print(d1.birthday().birthday().age, vars(d1), d1.__dict__ is vars(d1))
d1.species = 'custom'
print(d1.species, d2.species, Dog.species, 'species' in vars(d1))
del d1.species
print(d1.species)
print(type(d1).__name__, d1.__class__ is Dog, Dog.__name__, Dog.__qualname__, Dog.__module__, type(Dog).__name__)
print(Dog.bark(d2), Dog.bark.__qualname__, type(Dog.bark).__name__, type(d1.bark).__name__)
m = d1.bark
print(m(), m.__self__ is d1, m.__func__ is Dog.bark, m == d1.bark, m is d1.bark)
print(sorted(k for k in vars(Dog) if not k.startswith('__')))
print(hasattr(d1, 'name'), hasattr(d1, 'weight'), getattr(d1, 'weight', 'n/a'))
setattr(d1, 'weight', 12)
print(d1.weight, sorted(vars(d1)))
delattr(d1, 'weight')
print(hasattr(d1, 'weight'))
class Empty:
    pass
e = Empty()
e.anything = 'dynamic'
print(e.anything, vars(e), Empty.__bases__, Empty.__doc__)
class WithDoc:
    """A documented class."""
    x: int = 5
print(WithDoc.__doc__, WithDoc.__annotations__, WithDoc.x)
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
a, b = Shared(), Shared()
a.add(1); b.add(2)
print(Shared.items, a.items is b.items)
class Own:
    def __init__(self):
        self.items = []
a, b = Own(), Own()
a.items.append(1)
print(a.items, b.items)
class Nested:
    class Inner:
        pass
print(Nested.Inner.__qualname__, Nested.Inner.__name__)
class Counter:
    def __init__(self):
        self.n = 0
    def incr(self):
        self.n += 1
        return self
print(Counter().incr().incr().incr().n)
print(isinstance(d1, Dog), isinstance(d1, object), isinstance(Dog, type), issubclass(Dog, object))
try:
    d1.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    Dog.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    Dog('only name')
except TypeError as e:
    print('TypeError:', e)
