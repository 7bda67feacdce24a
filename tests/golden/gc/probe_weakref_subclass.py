# Subclassing weakref.ref to carry extra data
import weakref, gc

class TaggedRef(weakref.ref):
    __slots__ = ("tag",)
    def __init__(self, obj, callback=None, tag=None):
        super().__init__(obj, callback)
        self.tag = tag

class Thing:
    pass

t = Thing()
r = TaggedRef(t, None, "first")
print(r.tag, r() is t, isinstance(r, weakref.ref))
r2 = TaggedRef(t, lambda ref: print("dead:", ref.tag), "second")
print(weakref.getweakrefcount(t))
plain = weakref.ref(t)
print(plain is r, plain is weakref.ref(t))
del t
print(r(), r2())

class WithDict(weakref.ref):
    pass
u = Thing()
w = WithDict(u)
w.note = "hi"
print(w.note, w() is u)
