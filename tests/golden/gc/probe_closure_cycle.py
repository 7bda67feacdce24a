# Closures create cycles through cells
import gc
gc.collect()

def make_recursive():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

f = make_recursive()
print(f(5))
del f
print("recursive closure:", gc.collect())

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = make_counter()
c(); c()
print(c())
del c
print("plain closure:", gc.collect())

class Holder:
    def __init__(self):
        self.cb = lambda: self
h = Holder()
del h
print("lambda capturing self:", gc.collect())
