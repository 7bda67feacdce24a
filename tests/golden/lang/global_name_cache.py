# Global and module-level names that the evaluation loop caches stay right when namespaces
# change: a global shadowing a builtin and deleted again, builtins patched and deleted, loop
# variables deleted and re-bound, globals() growing, `global` stores, exec() with a dict
# subclass as globals, __del__ while a module-level name is rebound, class bodies.
import sys, builtins
def uselen(x): return len(x)
print(uselen([1, 2]))
len = lambda x: 'shadow'
print(uselen([1, 2]))
del len
print(uselen([1, 2]))
builtins.len = lambda x: 'patched'
print(uselen([1, 2]))
del builtins.len
try:
    uselen([1])
except NameError as e:
    print('NE', e)
import builtins as b2
def real_len(x):
    n = 0
    for _ in x: n += 1
    return n
b2.len = real_len
print(uselen([1, 2, 3]))
for i in range(3):
    x = i * 2
    print(x, i)
del x
try:
    print(x)
except NameError as e:
    print('NE', e)
x = 'again'
print(x)
for k in range(20):
    globals()['g%d' % k] = k
    print(x, end=' ')
print()
def setg():
    global y
    y = 5
setg(); print(y)
class D(dict):
    def __getitem__(self, k):
        print('getitem', k)
        return dict.__getitem__(self, k)
    def __setitem__(self, k, v):
        print('setitem', k)
        dict.__setitem__(self, k, v)
g = D()
exec('a = 1\nfor j in range(2): a = a + j\nprint(a)', g)
class E:
    def __del__(self): print('del E, rc', sys.getrefcount(z))
z = object()
e = E()
for q in range(2):
    e = z
print(sys.getrefcount(z))
class C:
    v = 1
    for i in range(2):
        v = v + i
    print(v)
print(C.v, i)
