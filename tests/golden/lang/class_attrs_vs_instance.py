# Class attributes versus instance attributes: lookup order, shadowing, mutation, class-level counters.
class Config:
    debug = False
    plugins = []
    def enable(self):
        self.debug = True
c1, c2 = Config(), Config()
c1.enable()
print(c1.debug, c2.debug, Config.debug, vars(c1), vars(c2))
c1.plugins.append('p1')
print(c2.plugins, Config.plugins, c1.plugins is Config.plugins)
c2.plugins = ['own']
print(c2.plugins, Config.plugins, 'plugins' in vars(c2))
Config.debug = 'changed on class'
print(c1.debug, c2.debug)
del c1.debug
print(c1.debug)
class Counter:
    total = 0
    def __init__(self):
        self.total += 1
        type(self).instances = getattr(type(self), 'instances', 0) + 1
a, b = Counter(), Counter()
print(a.total, b.total, Counter.total, Counter.instances)
class Base:
    shared = 'base'
class Derived(Base):
    pass
d = Derived()
print(d.shared)
Base.shared = 'changed base'
print(d.shared, Derived.shared)
Derived.shared = 'derived own'
print(d.shared, Base.shared, 'shared' in vars(Derived))
class Methods:
    def m(self):
        return 'class method m'
obj = Methods()
obj.m = lambda: 'instance attribute m'
print(obj.m(), Methods.m(obj), Methods().m())
class Slots:
    __slots__ = ('a',)
    b = 'class level'
s = Slots()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print('AttributeError:', e)
print(s.a, s.b)
class Temp:
    x = 1
    y = x + 1
    z = [i * 2 for i in range(3)]
    try:
        w = [x * i for i in range(3)]
    except NameError as e:
        error = f'NameError: {e}'
print(Temp.y, Temp.z, Temp.error)
print(sorted(k for k in vars(Temp) if not k.startswith('__')), type(vars(Temp)).__name__)
try:
    vars(Temp)['new'] = 1
except TypeError as e:
    print('TypeError:', e)
setattr(Temp, 'new', 1)
print(Temp.new)
