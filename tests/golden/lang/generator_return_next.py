def a():
    yield 1
    return "A"
def b(n):
    while n > 0:
        yield n
        n -= 1
    return "B"
def c(n):
    while n > 0:
        yield n
        n -= 1
    print("done")
    return "C"
for gen in (a(), b(1), c(1)):
    next(gen)
    try:
        next(gen)
    except StopIteration as e:
        print(repr(e.value))
