# Generators: yield, next, exhaustion, return value, yield from, generator state.
import inspect
def count_up(n):
    print('  start')
    i = 0
    while i < n:
        print('  yielding', i)
        yield i
        i += 1
    print('  done')
    return 'finished'
g = count_up(2)
print(type(g).__name__, inspect.getgeneratorstate(g))
print(next(g))
print(inspect.getgeneratorstate(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value, e.args)
print(inspect.getgeneratorstate(g), next(g, 'default'))
print(list(count_up(3)))
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    result = yield from inner()
    print('  inner returned', result)
    yield from [10, 20]
    yield from 'ab'
    return 'outer result'
print(list(outer()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
import itertools
print(list(itertools.islice(fib(), 5, 10)))
def gen_with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('  cleanup')
for v in gen_with_finally():
    print('got', v)
    break
print('after break')
def empty():
    return
    yield
print(list(empty()), list(x for x in []))
def echo_arg(x):
    yield x
    yield x * 2
a = echo_arg(3)
b = echo_arg('s')
print(next(a), next(b), next(a), next(b))
print(count_up.__name__, inspect.isgeneratorfunction(count_up), inspect.isgenerator(a))
gen = (i for i in range(3))
print(iter(gen) is gen, sum(gen), sum(gen))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(*countdown(5))
print(sorted(countdown(4)), max(countdown(3)), 2 in countdown(3))
