# Counting and listing weak references
import weakref

class Thing:
    pass

t = Thing()
print(weakref.getweakrefcount(t), weakref.getweakrefs(t))
r1 = weakref.ref(t)
r2 = weakref.ref(t)
print(r1 is r2, weakref.getweakrefcount(t))
r3 = weakref.ref(t, lambda r: None)
p = weakref.proxy(t)
print(weakref.getweakrefcount(t))
kinds = sorted(type(x).__name__ for x in weakref.getweakrefs(t))
print(kinds)
print(weakref.getweakrefs(t)[0] is r1)
del r3
print(weakref.getweakrefcount(t))
print(weakref.getweakrefcount(42))
del t
print(r1(), weakref.getweakrefcount(r1))
