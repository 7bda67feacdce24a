def countdown(n):
    print("start", n)
    try:
        while n > 0:
            received = yield n
            if received is not None:
                n = received
            else:
                n -= 1
    finally:
        print("cleanup")
    return "done"

g = countdown(5)
print(next(g), next(g), g.send(10), next(g))
g.close()
print(list(countdown(3)))

def chain(*its):
    for it in its:
        r = yield from it
        print("sub returned", r)

def sub(k):
    yield k
    yield k * 2
    return k * 100

print(list(chain(sub(1), sub(2))))
gen = (x * x for x in range(5) if x % 2)
print(type(gen).__name__, gen.__name__, list(gen), list(gen))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
print(list(itertools.takewhile(lambda v: v < 30, fib())))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "end"))
def gen_exc():
    try:
        yield 1
    except KeyError as e:
        print("caught inside", repr(e))
        yield 2
g = gen_exc()
print(next(g), g.throw(KeyError("k")))
try:
    g.throw(ValueError, ValueError("boom"))
except ValueError as e:
    print("propagated", e)
print(g.gi_frame, g.gi_running)
def bad():
    yield 1
    raise RuntimeError("generator failed")
for v in bad():
    print("got", v)
