# co_stacksize (CPython's stack-depth analysis) and the size of generator frames, which hold
# the value stack: sys.getsizeof(generator) grows with co_stacksize and the number of locals.
import sys
def g0(): yield 1
def g1():
    for i in range(3): yield i
def g2(x): yield from x
def g3():
    x = yield
    return x
def g_try():
    try:
        yield 1
    except ValueError:
        yield 2
    finally:
        pass
def g_with(cm):
    with cm:
        yield 1
def g_locals(a, b, c):
    d = e = f = 0
    yield a + b + c + d + e + f
def g_deep(x):
    yield [x, [x, [x, [x, (x, x, {x: x})]]]]
def t_except():
    try:
        pass
    except Exception:
        pass
def t_finally():
    try:
        return 1
    finally:
        print(1)
def t_nested():
    try:
        pass
    except ValueError as e:
        try:
            pass
        except TypeError as f:
            pass
def w1():
    with open('x') as f:
        return f.read()
def w2():
    with open('a') as a, open('b') as b:
        pass
def kw(): return dict(a=1, b=2, c=3)
def boolops(a, b): return a and b or not a
def isnone(x):
    if x is not None:
        return x
def pct(a, b): return 'Use %s() or %-4s to exit %r' % (a, b, a)
const_lambda = lambda: ''
def calls(o): return o.m(1, 2, 3)
def comps(x): return [i for i in x], {i: i for i in x}, {i for i in x if i}
def unpack(x):
    a, b, *c = x
    return a
def cmp(a, b, c): return a < b < c
def match(x):
    match x:
        case [1, 2, *r]: return r
        case {'a': 1, **kw}: return kw
        case _: return 0
for name, fn in list(globals().items()):
    if callable(fn) and hasattr(fn, '__code__'):
        print(name, fn.__code__.co_stacksize, fn.__code__.co_nlocals)
gens = [g0(), g1(), g2([]), g3(), g_try(), g_with(None), g_locals(1, 2, 3), g_deep(1), (i for i in []), (i * j for i in [] for j in [])]
for gen in gens:
    print(gen.__name__, gen.gi_code.co_stacksize, sys.getsizeof(gen))
