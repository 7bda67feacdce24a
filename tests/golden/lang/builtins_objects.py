# Built-ins on objects: abs round divmod pow type repr str int float bool hash iter chr ord hex oct bin callable
# getattr setattr hasattr delattr vars dir id isinstance.
print(abs(-3), abs(-2.5), abs(3 - 4j), round(2.567, 1), round(-2.5), round(7), divmod(17, 5), divmod(-17, 5), pow(2, 8), pow(2, -2))
print(type(1), type('s'), type([]), type(None), type(type), type(print), type(len).__name__)
print(repr('s'), repr(1.0), repr([1, 's']), str(1.0), str('s'), int('12'), int(12.9), float('1.5'), float(3), bool(0), bool('0'))
print(hash(1) == hash(1.0), hash(0) == hash(False), hash(-1), hash(-2), hash((1, 2)) == hash((1, 2)), hash(2 ** 61 - 1), hash(2 ** 61))
print(chr(97), ord('a'), oct(8), bin(5), bin(-5), oct(-8), format(255, 'x'), hex(255) == '0xff', hex(-1)[:3])
print(callable(len), callable(lambda: 0), callable(int), callable('s'), callable(type))
class Obj:
    cls_attr = 'c'
    def __init__(self):
        self.a = 1
        self._b = 2
    def method(self):
        pass
o = Obj()
print(getattr(o, 'a'), getattr(o, 'zzz', None), hasattr(o, 'method'), hasattr(Obj, 'a'))
setattr(o, 'c', 3)
delattr(o, '_b')
print(vars(o), [n for n in dir(o) if not n.startswith('__')])
print([n for n in dir(Obj) if not n.startswith('__')], 'cls_attr' in vars(Obj))
try:
    getattr(o, 'zzz')
except AttributeError as e:
    print('AttributeError:', e)
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), isinstance(id(a), int))
print(int('101', 2), int('0x1f', 16), int('7', 8), int(' 9 '), int('-0'), int(True), int(-0.9))
for bad in ('', '1.5', 'abc', '0x10'):
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    float('x')
except ValueError as e:
    print('ValueError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    chr(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    ord('ab')
except TypeError as e:
    print('TypeError:', e)
print(str(), int(), float(), bool(), list(), dict(), tuple(), set(), complex(), bytes())
print(isinstance(o, Obj), type(o).__name__, o.__class__.__name__, Obj.__dict__['cls_attr'])
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(1.25, 1), round(1.35, 1), round(12345, -3))
print(max('a', 'B'), min(1, True), sorted([True, 0, 1, False]), bool([]) is False)
print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}), exec('y = 5') is None)
ns = {}
exec('def f():\n    return "from exec"', ns)
print(ns['f'](), sorted(k for k in ns if k != '__builtins__'))
print(globals()['Obj'] is Obj, 'o' in globals(), __name__)
print(format(3.14159, '.3f'), format(10, 'b'), ascii('ñ'), repr(ascii)[:9])
print(len(dir(object)) > 20, 'append' in dir([]), 'upper' in dir(str))
print(issubclass(type(o), object), object.__name__, type(object()).__name__)
print(iter([]).__class__.__name__, iter(()).__class__.__name__, iter('').__class__.__name__, iter({}).__class__.__name__, iter(range(1)).__class__.__name__)
