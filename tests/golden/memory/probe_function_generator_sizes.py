import sys
def f(): pass
def g(a, b=1, *args, **kw): return a
lam = lambda x: x
def outer():
    x = 1
    def inner(): return x
    return inner
def gen():
    yield 1
def gen_big():
    a = b = c = d = e = 0
    for i in range(10):
        yield i
print('function', sys.getsizeof(f), sys.getsizeof(g), sys.getsizeof(lam), sys.getsizeof(outer()))
print('code', sys.getsizeof(f.__code__), sys.getsizeof(g.__code__) > 0)
print('closure cell', sys.getsizeof(outer().__closure__), sys.getsizeof(outer().__closure__[0]))
print('generator', sys.getsizeof(gen()), sys.getsizeof(gen_big()))
print('genexpr', sys.getsizeof(x for x in range(10)), sys.getsizeof(x * y for x in range(3) for y in range(3)))
it = gen_big()
s0 = sys.getsizeof(it)
next(it)
print('after next', s0 == sys.getsizeof(it))
print('list vs gen', sys.getsizeof([x for x in range(1000)]), sys.getsizeof(x for x in range(1000)))
print('range', sys.getsizeof(range(10)), sys.getsizeof(range(10**20)), sys.getsizeof(range(0)))
print('range iter', sys.getsizeof(iter(range(10))), sys.getsizeof(iter(range(10**20))))
print('builtin', sys.getsizeof(print), sys.getsizeof(len), sys.getsizeof([].append), sys.getsizeof(str.upper), sys.getsizeof('a'.upper))
print('bound method', sys.getsizeof(sys.getsizeof))
import functools
p = functools.partial(g, 1)
print('partial', sys.getsizeof(p))
print('func dict', sys.getsizeof(f.__dict__))
f.attr = 1
print('func dict after attr', sys.getsizeof(f.__dict__))
print('defaults', sys.getsizeof(g.__defaults__))
