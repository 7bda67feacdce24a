# __new__, metaclasses (__call__ singleton, __new__, __init_subclass__), type() dynamic classes.
class Tracked:
    def __new__(cls, *args):
        print(f'  __new__({cls.__name__}, {args})')
        instance = super().__new__(cls)
        return instance
    def __init__(self, value):
        print(f'  __init__({value})')
        self.value = value
t = Tracked(5)
print(t.value)
class SingletonNew:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            print('  creating the one instance')
            cls._instance = super().__new__(cls)
        return cls._instance
print(SingletonNew() is SingletonNew())
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print('  never called')
print(NotMine())
class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
print(UpperStr('hello'), type(UpperStr('x')).__name__, UpperStr('a') == 'A')
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        print(f'  Singleton.__call__ for {cls.__name__}')
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Database(metaclass=Singleton):
    def __init__(self, url):
        print(f'  Database.__init__({url!r})')
        self.url = url
d1 = Database('first')
d2 = Database('second')
print(d1 is d2, d2.url, type(Database).__name__, type(d1).__name__, isinstance(Database, Singleton))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print(f'  Meta.__new__ {name} {sorted(k for k in ns if not k.startswith("__"))}')
        ns['added_by_meta'] = True
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print(f'  Meta.__init__ {name}')
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta):
    x = 1
    def method(self):
        pass
class SubWithMeta(WithMeta):
    y = 2
print(WithMeta.added_by_meta, SubWithMeta.added_by_meta, type(SubWithMeta).__name__)
class PluginBase:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        print(f'  __init_subclass__ {cls.__name__} key={key}')
        PluginBase.registry.append((key, cls.__name__))
class PA(PluginBase, key='a'):
    pass
class PB(PluginBase):
    pass
print(PluginBase.registry)
Dyn = type('Dyn', (object,), {'greet': lambda self: 'hi from Dyn', 'n': 3})
print(Dyn().greet(), Dyn.n, Dyn.__name__, Dyn.__bases__, type(Dyn))
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
class AutoRepr(type):
    def __repr__(cls):
        return f'<class {cls.__name__} via meta>'
class Shown(metaclass=AutoRepr):
    pass
print(Shown, repr(Shown), [Shown])
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print(f'  __prepare__ {name}')
        return {'preset': 'from prepare'}
class P(metaclass=Ordered):
    pass
print(P.preset)
class Base:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__}]'
print(Base[int], list[int], dict[str, int])
