# __del__ timing: runs when the last reference goes away (CPython reference counting).
class Resource:
    def __init__(self, name):
        self.name = name
        print(f'  acquire {name}')
    def __del__(self):
        print(f'  release {self.name}')
print('-- del of the only name')
r = Resource('a')
del r
print('-- rebinding the name')
r = Resource('b')
r = Resource('c')
print('-- two names')
x = Resource('d')
y = x
del x
print('  still alive through y')
del y
print('-- function local')
def use():
    local = Resource('e')
    print('  in function')
use()
print('-- list clear releases items last to first')
items = [Resource('f1'), Resource('f2'), Resource('f3')]
items.clear()
print('-- dict values in insertion order')
d = {'k1': Resource('g1'), 'k2': Resource('g2')}
del d
print('-- temporary object')
Resource('temp').name
print('-- replaced attribute')
class Holder:
    pass
h = Holder()
h.res = Resource('h1')
h.res = Resource('h2')
del h
print('-- exception keeps nothing alive after except')
def raiser():
    res = Resource('i')
    raise ValueError('x')
try:
    raiser()
except ValueError:
    print('  handling')
print('  after except')
print('-- cycle: not freed by refcounting')
a = Resource('cycle-a')
b = Resource('cycle-b')
a.other = b
b.other = a
del a, b
print('  after del of the cycle')
import gc
print('  collected', gc.collect())
print('-- an exception in __del__ is printed to stderr and ignored')
class Bad:
    def __del__(self):
        raise RuntimeError('in __del__')
bad = Bad()
del bad
print('-- end of program; remaining objects released at shutdown')
last = Resource('z')
