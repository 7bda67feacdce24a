# Weak references do not change sys.getrefcount
import sys, weakref

class Data:
    pass

d = Data()
before = sys.getrefcount(d)
r = weakref.ref(d)
p = weakref.proxy(d)
print(sys.getrefcount(d) - before)
strong = r()
print(sys.getrefcount(d) - before)
del strong
ws = weakref.WeakSet([d])
wv = weakref.WeakValueDictionary({"k": d})
wk = weakref.WeakKeyDictionary({d: 1})
print(sys.getrefcount(d) - before)
print(sys.getrefcount(r), sys.getrefcount(p) >= 2)
