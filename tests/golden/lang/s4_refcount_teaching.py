import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a]
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
c.clear()
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a))
d = {'k': a}
print(sys.getrefcount(a))
class Obj:
    pass
o = Obj()
print(sys.getrefcount(o))
o.self_ref = o
print(sys.getrefcount(o))
lst = [o] * 5
print(sys.getrefcount(o))
t = (a, o)
print(sys.getrefcount(a), sys.getrefcount(o))
x = 'hello_world_unique_string'
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
gen = (i for i in [a])
print(sys.getrefcount(a))
it = iter([a, a, a])
print(sys.getrefcount(a))
next(it)
print(sys.getrefcount(a))
for item in [a]:
    print('in loop', sys.getrefcount(a))
print(sys.getrefcount(a))
import copy
s = copy.copy([a])
print(sys.getrefcount(a))
m = {a is a: a}
print(sys.getrefcount(a))
print(sys.getrefcount(Obj), sys.getrefcount(f))
def closure():
    z = []
    def inner():
        return z
    return inner, sys.getrefcount(z)
print(closure()[1])
ws = [x for x in (a, a)]
print(sys.getrefcount(a))
