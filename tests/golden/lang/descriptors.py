# Descriptors: __get__, __set__, __delete__, __set_name__; data vs non-data precedence.
class Typed:
    def __set_name__(self, owner, name):
        print(f'  __set_name__({owner.__name__}, {name!r})')
        self.name = '_' + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name[1:]} must be {self.kind.__name__}')
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print(f'  deleting {self.name}')
        delattr(obj, self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('kim', 30)
print(p.name, p.age, sorted(vars(p)), type(Person.name).__name__)
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError:', e)
del p.age
print(p.age)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class Data:
    def __get__(self, obj, objtype=None):
        return 'data descriptor wins'
    def __set__(self, obj, value):
        print('  Data.__set__', value)
class Host:
    nd = NonData()
    d = Data()
h = Host()
print(h.nd, h.d)
h.__dict__['nd'] = 'instance dict wins over non-data'
h.__dict__['d'] = 'ignored'
print(h.nd, h.d)
h.d = 5
print(Host.nd, Host.__dict__['nd'].__class__.__name__)
class Method:
    def f(self):
        return 'bound'
print(type(Method.__dict__['f'].__get__(Method(), Method)).__name__, Method.__dict__['f'].__get__(None, Method) is Method.f)
class Const:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, objtype=None):
        return self.v
    def __set__(self, obj, value):
        raise AttributeError('read-only')
class Cfg:
    version = Const('1.0')
c = Cfg()
print(c.version, Cfg.version)
try:
    c.version = '2.0'
except AttributeError as e:
    print('AttributeError:', e)
class Counted:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class UsesCounted:
    hits = Counted()
u = UsesCounted()
print(u.hits, u.hits, UsesCounted.hits)
print(property.__get__ is not None, hasattr(classmethod, '__get__'), hasattr(staticmethod, '__get__'))
