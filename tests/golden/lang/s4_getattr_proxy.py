class Config:
    def __init__(self, **kw):
        self.__dict__['_data'] = dict(kw)
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(f"Config has no option {name!r}") from None
    def __setattr__(self, name, value):
        if name.startswith('_'):
            raise AttributeError(f'cannot set private {name}')
        self._data[name] = value
    def __delattr__(self, name):
        del self._data[name]
    def __dir__(self):
        return sorted(self._data)

c = Config(debug=True, level=3)
print(c.debug, c.level)
c.level = 5
print(c.level, dir(c))
try:
    c.missing
except AttributeError as e:
    print(e)
try:
    c._x = 1
except AttributeError as e:
    print(e)
del c.debug
print(hasattr(c, 'debug'), getattr(c, 'debug', 'default'))

class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('get', name)
        return super().__getattribute__(name)
    def method(self):
        return self.x
l = Logged()
print(l.method())
try:
    l.nope
except AttributeError as e:
    print(e)

class Wrapper:
    def __init__(self, obj):
        self._obj = obj
    def __getattr__(self, name):
        attr = getattr(self._obj, name)
        if callable(attr):
            def wrapped(*a, **k):
                print(f'calling {name}{a}')
                return attr(*a, **k)
            return wrapped
        return attr
w = Wrapper([3, 1, 2])
w.append(0)
w.sort()
print(w._obj, w.__class__.__name__)
try:
    w.push(1)
except AttributeError as e:
    print(e)
try:
    len(w)
except TypeError as e:
    print(e)
class Nothing: pass
n = Nothing()
try:
    n.foo
except AttributeError as e:
    print(e, e.name, e.obj is n)
