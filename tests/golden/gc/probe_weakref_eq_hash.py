# Equality and hashing of weak references
import weakref

class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __hash__(self):
        return hash(self.v)

a = K(1); b = K(1)
ra = weakref.ref(a); rb = weakref.ref(b)
print(ra == rb, ra is rb)
print(weakref.ref(a) is ra)
print(hash(ra) == hash(a))
ra2 = weakref.ref(a, lambda r: None)
print(ra2 is ra, ra2 == ra)
del a
print(ra == rb)
print(ra == ra)
try:
    hash(weakref.ref(K(5)))
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(b))
print(len(weakref.getweakrefs(b)))
