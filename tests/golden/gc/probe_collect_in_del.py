# Calling gc.collect() from inside __del__ or a weakref callback
import gc, weakref
gc.collect()

class Outer:
    def __del__(self):
        print("Outer.__del__ calls collect ->", gc.collect())

class Inner:
    pass

i = Inner(); i.me = i
del i
o = Outer()
del o
print("--")
x = Outer(); x.me = x
del x
print("outer collect ->", gc.collect())

def cb(ref):
    print("callback collect ->", gc.collect())
t = Inner()
r = weakref.ref(t, cb)
del t
print("end")
