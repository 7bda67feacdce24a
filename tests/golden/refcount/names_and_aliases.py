# sys.getrefcount with names: the argument itself adds one reference.
import sys
a = [1, 2, 3]
print('one name:', sys.getrefcount(a))
b = a
print('two names:', sys.getrefcount(a))
c = b
print('three names:', sys.getrefcount(a))
del b
print('after del b:', sys.getrefcount(a))
c = None
print('after rebinding c:', sys.getrefcount(a))
print('fresh temporary:', sys.getrefcount([]), sys.getrefcount(object()), sys.getrefcount([1, 2]))
x = object()
print('object():', sys.getrefcount(x))
y = x
z = x
print('three names to one object():', sys.getrefcount(x))
del y, z
print('back to one name:', sys.getrefcount(x))
s = 'a string that is not an identifier!'
print('string constant bound to a name:', sys.getrefcount(s))
s2 = s
print('after alias:', sys.getrefcount(s))
big = 10 ** 30
print('computed int:', sys.getrefcount(big))
f = 3.14159
print('float constant:', sys.getrefcount(f))
g = 3.14159
print('same float constant, second name:', sys.getrefcount(f))
t = (1, 2, 'x')
print('constant tuple:', sys.getrefcount(t))
def show(obj):
    return sys.getrefcount(obj)
print('through a function parameter:', show(a))
lam = lambda o: sys.getrefcount(o)
print('through a lambda parameter:', lam(a))
print('name reassigned in a loop:')
for i in range(3):
    item = [i]
    print(' ', sys.getrefcount(item))
