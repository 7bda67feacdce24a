# __getattr__, __getattribute__, __setattr__, __delattr__.
class Fallback:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        print(f'  __getattr__({name!r})')
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(f'no {name}')
f = Fallback()
print(f.real, f.xyz)
try:
    f.other
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(f, 'missing', 'default'), hasattr(f, 'xx'), hasattr(f, 'nope'))
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print(f'  __getattribute__({name!r})')
        return super().__getattribute__(name)
lg = Logged()
print(lg.a)
try:
    lg.b
except AttributeError as e:
    print('AttributeError:', e)
class Guarded:
    def __setattr__(self, name, value):
        print(f'  __setattr__({name!r}, {value!r})')
        if name == 'age' and value < 0:
            raise ValueError('age must be >= 0')
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f'  __delattr__({name!r})')
        if name == 'permanent':
            raise AttributeError('cannot delete permanent')
        object.__delattr__(self, name)
g = Guarded()
g.age = 5
g.permanent = True
try:
    g.age = -1
except ValueError as e:
    print('ValueError:', e)
print(vars(g))
del g.age
try:
    del g.permanent
except AttributeError as e:
    print('AttributeError:', e)
print(vars(g))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
data = [3, 1, 2]
p = Proxy(data)
p.sort()
print(data, p.count(1), p.__class__.__name__)
class Record:
    pass
r = Record()
r.__dict__['direct'] = 'via dict'
print(r.direct, getattr(r, 'direct'))
class Both:
    x = 'class attr'
    def __getattr__(self, name):
        return f'fallback {name}'
print(Both().x, Both().y)
class Recursive:
    def __getattr__(self, name):
        if name == 'loop':
            return self.loop_helper
        raise AttributeError(name)
try:
    Recursive().loop
except AttributeError as e:
    print('AttributeError:', e)
