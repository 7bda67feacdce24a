# gc.collect(generation) and gc.get_count()
import gc
gc.collect()
print(gc.get_count())

class A:
    pass

def ring():
    a = A(); b = A()
    a.b = b; b.a = a

ring()
print("gen0:", gc.collect(0))
ring()
print("gen1:", gc.collect(1))
ring()
print("gen2:", gc.collect(2))
print(gc.get_count())
for g in (0, 1, 2):
    gc.collect(g)
    print(g, gc.get_count())
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.collect(-1)
except ValueError as e:
    print("ValueError:", e)
