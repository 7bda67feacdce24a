# A weakref callback cannot get the object back; __del__ runs before callbacks on refcount death
import weakref, gc

class Obj:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

o = Obj(1)
r = weakref.ref(o, lambda ref: print("callback, ref() ->", ref()))
del o
print("--")
a = Obj(2); a.me = a
ra = weakref.ref(a, lambda ref: print("cycle callback, ref() ->", ref()))
del a
gc.collect()
print("--")
keep = []
class Saver:
    def __del__(self):
        keep.append(self)
        print("resurrected in __del__")
s = Saver()
rs = weakref.ref(s, lambda ref: print("callback for Saver"))
del s
print(rs() is keep[0])
