# Cells: a closure that refers to the object that holds it
import gc, weakref
gc.collect()

class Observer:
    def __init__(self, name):
        self.name = name
        self.handlers = []
    def on(self, fn):
        self.handlers.append(fn)
    def __repr__(self):
        return f"Observer({self.name})"

def attach(obs):
    def handler():
        return obs.name
    obs.on(handler)

o = Observer("x")
attach(o)
print(o.handlers[0]())
print(type(o.handlers[0].__closure__[0]).__name__)
r = weakref.ref(o)
del o
print("alive:", r() is not None)
print("collected:", gc.collect())
print("alive:", r() is not None)

def outer():
    x = []
    def inner():
        return x
    x.append(inner)
    return inner
f = outer()
del f
print("list-cell-function cycle:", gc.collect())
