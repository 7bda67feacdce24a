# What exactly does gc.collect() count?
import gc
gc.collect()

class A:
    pass

a = A(); a.me = a
del a
print("instance self-cycle:", gc.collect())

a = A(); a.me = a; a.__dict__
del a
print("with dict:", gc.collect())

l = []; l.append(l)
del l
print("list:", gc.collect())

def f():
    pass
f.self = f
del f
print("function:", gc.collect())

class B:
    pass
del B
print("class:", gc.collect())

t = ([],)
t[0].append(t)
del t
print("tuple+list:", gc.collect())
s = {1, 2}
print("nothing:", gc.collect())
