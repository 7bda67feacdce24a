# A generator that refers to itself through a frame local
import gc
gc.collect()

def gen():
    me = yield "started"
    while True:
        yield me is not None

g = gen()
print(next(g))
print(g.send(g))
del g
print("self-referencing generator:", gc.collect())

def simple():
    yield 1
    yield 2
g = simple()
next(g)
del g
print("plain suspended generator:", gc.collect())

class Task:
    def __init__(self):
        self.it = self.run()
    def run(self):
        yield self
t = Task()
next(t.it)
del t
print("generator holding self:", gc.collect())
