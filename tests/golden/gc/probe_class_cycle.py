# Classes are always in reference cycles (their __mro__ and __dict__ refer back)
import gc
gc.collect()

def make_class(i):
    class Temp:
        value = i
        def method(self):
            return self.value
    return Temp

T = make_class(1)
print(T().method())
del T
print("class collected:", gc.collect() > 0)

import weakref
K = make_class(2)
r = weakref.ref(K, lambda ref: print("class is gone"))
inst = K()
del K
print("instance keeps class:", gc.collect(), r() is not None)
del inst
n = gc.collect()
print("after instance gone:", n > 0, r())
