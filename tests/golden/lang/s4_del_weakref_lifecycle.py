import weakref, gc
class Resource:
    def __init__(self, name):
        self.name = name
        print(f'acquire {name}')
    def __del__(self):
        print(f'release {self.name}')
def scope():
    r = Resource('local')
    print('in scope')
scope()
print('after scope')
a = Resource('a')
b = a
del a
print('a deleted, b alive')
b = None
print('b rebound')
items = [Resource(f'item{i}') for i in range(3)]
items.pop(1)
print('popped')
items.clear()
print('cleared')
class Cache:
    pass
obj = Cache()
ref = weakref.ref(obj)
print(ref() is obj, weakref.getweakrefcount(obj))
del obj
print(ref(), ref() is None)
wd = weakref.WeakValueDictionary()
k = Resource('cached')
wd['key'] = k
print(list(wd.keys()))
del k
print(list(wd.keys()))
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print('del', self.name)
x, y = Node('x'), Node('y')
x.other, y.other = y, x
del x, y
print('cycle unreachable, collected:', gc.collect() >= 2)
def cb(r):
    print('callback, ref dead:', r() is None)
t = Cache()
w = weakref.ref(t, cb)
del t
print('end')
last = Resource('global')
