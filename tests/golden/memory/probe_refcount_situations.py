import sys
x = []
print('fresh list', sys.getrefcount(x))
y = x
print('two names', sys.getrefcount(x))
l = [x, x, x]
print('in list x3', sys.getrefcount(x))
d = {'a': x}
print('in dict', sys.getrefcount(x))
del l, d, y
print('after del', sys.getrefcount(x))
def f(o):
    return sys.getrefcount(o)
print('as argument', f(x))
def g(o):
    inner = o
    return sys.getrefcount(o)
print('arg + local', g(x))
class C:
    pass
c = C()
print('instance', sys.getrefcount(c))
c.me = c
print('self ref', sys.getrefcount(c))
print('class', sys.getrefcount(C))
print('None', sys.getrefcount(None), 'small int', sys.getrefcount(1), 'True', sys.getrefcount(True))
print('big int', sys.getrefcount(10**10), 'str', sys.getrefcount('hello'), 'new str', sys.getrefcount('x' * 100))
s = 'unique_' + str(id(x))
print('dyn str', sys.getrefcount(s))
t = (x,)
print('tuple', sys.getrefcount(t), 'x in tuple', sys.getrefcount(x))
it = iter([x])
print('iterator holds', sys.getrefcount(x))
del it
m = map(str, [1])
print('func in map', sys.getrefcount(str) > 1000)
fn = lambda: x
print('closure over global', sys.getrefcount(x))
def mk():
    v = []
    def inner(): return v
    return inner, v
inner, v = mk()
print('cell', sys.getrefcount(v))
e = [x]
e.append(e)
print('cycle list', sys.getrefcount(e))
print('method', sys.getrefcount(C), sys.getrefcount(c.__class__))
