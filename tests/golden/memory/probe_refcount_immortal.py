import sys
for v in (None, True, False, 0, 1, 256, -5, '', 'a', (), 'hello', int, str, len, Ellipsis, NotImplemented):
    print(repr(v)[:20], sys.getrefcount(v))
x = 257
print('257 const', sys.getrefcount(x) < 100)
y = [1, 2]
z = y
print('list', sys.getrefcount(y))
def f(*args):
    return sys.getrefcount(args[0])
print('through *args', f(y))
def g(**kw):
    return sys.getrefcount(kw['k'])
print('through **kw', g(k=y))
class C:
    def m(self):
        return sys.getrefcount(self)
c = C()
print('method self', c.m())
gen = (sys.getrefcount(y) for _ in range(1))
print('in genexpr', next(gen))
print('comprehension', [sys.getrefcount(y) for _ in range(1)][0])
print('lambda', (lambda v: sys.getrefcount(v))(y))
