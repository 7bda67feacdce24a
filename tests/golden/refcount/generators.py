# Generators hold their frame: arguments and locals stay referenced while suspended.
import sys
data = [1, 2, 3]
def gen(seq):
    for v in seq:
        yield v
print('start:', sys.getrefcount(data))
g = gen(data)
print('generator created (argument already in its frame):', sys.getrefcount(data))
next(g)
print('running, suspended inside the loop:', sys.getrefcount(data))
list(g)
print('exhausted: the frame is cleared:', sys.getrefcount(data))
g2 = gen(data)
next(g2)
print('second generator suspended:', sys.getrefcount(data))
g2.close()
print('after close():', sys.getrefcount(data))
del g, g2
obj = object()
def holder():
    local = obj
    yield 1
    yield 2
h = holder()
print('not started: local not yet bound:', sys.getrefcount(obj))
next(h)
print('started: local bound in the suspended frame:', sys.getrefcount(obj))
del h
print('generator deleted:', sys.getrefcount(obj))
ge = (x for x in data)
print('generator expression over the list:', sys.getrefcount(data))
next(ge)
print('generator expression running:', sys.getrefcount(data))
del ge
print('deleted:', sys.getrefcount(data))
def count():
    yield 1
g = count()
print('generator object:', sys.getrefcount(g))
