def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")
    return "finished"

for v in countdown(3):
    print(v)
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

import itertools
print(list(itertools.islice(fib(), 12)))

def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count

r = running_avg()
next(r)
print(r.send(10), r.send(20), r.send(60))

def chain(*its):
    for it in its:
        yield from it
    return len(its)

def wrapper():
    n = yield from chain([1, 2], "ab")
    yield f"chained {n}"

print(list(wrapper()))

def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

c = closing()
print(next(c))
c.close()
print(list(c))
g2 = (i * i for i in range(3))
print(next(g2), list(g2))

def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 99

t = thrower()
next(t)
print(t.throw(ValueError("boom")))
def bad():
    yield 1
    raise KeyError("inside")
for x in bad():
    print(x)
