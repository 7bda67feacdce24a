# Weak references as dictionary keys and values; dead refs still compare by identity
import weakref

class Key:
    pass

k1, k2 = Key(), Key()
refs = {weakref.ref(k1): "one", weakref.ref(k2): "two"}
print(refs[weakref.ref(k1)])
r1 = weakref.ref(k1)
h = hash(r1)
del k1
print(r1() is None, hash(r1) == h)
print(refs[r1])
print(len(refs))
print(weakref.ref(k2) in refs)
k3 = Key()
r3 = weakref.ref(k3)
del k3
try:
    hash(r3)
except TypeError as e:
    print("TypeError:", e)
print(repr(r3).startswith("<weakref at"), repr(r3).endswith("; dead>"))
print(repr(weakref.ref(k2)).split(";")[1].strip().split(" at")[0])
