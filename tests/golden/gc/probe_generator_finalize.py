# Generators suspended inside try/finally are closed when they die
import gc
gc.collect()

def reader(name):
    print("open", name)
    try:
        while True:
            yield name
    finally:
        print("close", name)

g = reader("a")
next(g)
del g
print("-- after del a")
g = reader("b")
next(g)
g.close()
print("-- cycle")
class Holder:
    pass
h = Holder()
h.gen = reader("c")
next(h.gen)
h.me = h
del h
print("collect ->", gc.collect())

def catcher():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catcher()
next(c)
del c

def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
del s
print("end")
