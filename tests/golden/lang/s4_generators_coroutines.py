def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print('reset because', e)
            total = count = 0
            avg = None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

g = averager()
print(next(g))
print(g.send(10), g.send(20))
print(g.throw(ValueError('bad')))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print('done', e.value)

def delegator():
    result = yield from averager()
    print('subgen returned', result)
    yield 'after'
d = delegator()
next(d)
d.send(1); d.send(3)
print(d.send(None))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
c = closer()
print(next(c))
c.close()
print(c.gi_frame, list(c))

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)

def counter():
    yield 1
    return 'r'
gen = counter()
print(list(gen), gen.__name__, gen.__qualname__)
try:
    gen.send(5)
except StopIteration as e:
    print('stop', e.value)
fresh = counter()
try:
    fresh.send(5)
except TypeError as e:
    print(e)
def bad():
    raise StopIteration('x')
    yield
try:
    next(bad())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print(e)
import inspect
def gg(): yield
x = gg()
print(inspect.getgeneratorstate(x)); next(x); print(inspect.getgeneratorstate(x)); x.close(); print(inspect.getgeneratorstate(x))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
from itertools import islice, takewhile
print(list(islice(fib(), 10)), list(takewhile(lambda n: n < 50, fib())))
ge = (i * i for i in range(3))
print(ge.__name__, next(ge), sum(ge), list(ge))
