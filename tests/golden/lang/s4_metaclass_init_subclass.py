class PluginBase:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        PluginBase.registry[key] = cls
        print('registered', key)
class CSV(PluginBase): pass
class JSON(PluginBase, name='json-plugin'): pass
print(sorted(PluginBase.registry), PluginBase.registry['csv'])
try:
    class Bad(PluginBase, color='red'): pass
except TypeError as e:
    print(e)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class DB(metaclass=Singleton):
    def __init__(self): print('connect')
a = DB(); b = DB()
print(a is b, type(DB), type(type(DB)))

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name)
        return {'injected': 42}
    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'
class Model(metaclass=Meta, table='users'):
    x = 1
    def method(self): pass
print(Model, Model.created_by, Model.injected, isinstance(Model, Meta))
class Sub(Model): pass
print(Sub, type(Sub).__name__)

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
Dyn = type('Dyn', (object,), {'greet': lambda self: 'hi', 'n': 3})
print(Dyn().greet(), Dyn.n, Dyn.__name__, Dyn.__bases__)
try:
    type('X', (1,), {})
except TypeError as e:
    print(e)
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class Form:
    username = Field()
    password = Field()
print(Form.username.name)
class Final:
    def __init_subclass__(cls, **kw):
        raise TypeError(f'{cls.__name__} cannot subclass Final')
try:
    class Derived(Final): pass
except TypeError as e:
    print(e)
class Interface(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
class Duck(metaclass=Interface): pass
class Robot:
    def quack(self): pass
print(isinstance(Robot(), Duck), isinstance(1, Duck))
print(type.__name__, type(type), object.__class__, type.__mro__, int.__class__.__name__)
