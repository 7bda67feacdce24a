# Bound methods keep their instance alive.
import sys
class C:
    def method(self):
        return 'called'
obj = C()
print('instance:', sys.getrefcount(obj))
m = obj.method
print('after creating a bound method:', sys.getrefcount(obj))
m2 = obj.method
print('second bound method:', sys.getrefcount(obj), m is m2, m == m2)
print('bound method object itself:', sys.getrefcount(m))
del m, m2
print('bound methods deleted:', sys.getrefcount(obj))
print('a temporary bound method:', sys.getrefcount(obj.method))
print('after the temporary is gone:', sys.getrefcount(obj))
methods = [obj.method for _ in range(3)]
print('three bound methods in a list:', sys.getrefcount(obj))
methods.clear()
print('cleared:', sys.getrefcount(obj))
func = C.method
print('plain function from the class does not hold the instance:', sys.getrefcount(obj))
lst = [1, 2]
app = lst.append
print('builtin bound method holds the list:', sys.getrefcount(lst))
del app
print('released:', sys.getrefcount(lst))
class Holder:
    def __init__(self, callback):
        self.callback = callback
h = Holder(obj.method)
print('bound method stored on another object:', sys.getrefcount(obj))
del h
print('holder deleted:', sys.getrefcount(obj))
cm = C.__dict__['method']
print('function in the class dict, plus one name:', sys.getrefcount(cm))
