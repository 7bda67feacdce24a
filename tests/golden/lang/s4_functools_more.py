from functools import reduce, partial, lru_cache, cached_property, singledispatch, cmp_to_key, wraps, cache
import operator
print(reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, ['a', 'b'], '>'))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
int2 = partial(int, base=2)
print(int2('1010'), int2.func, int2.args, int2.keywords, repr(partial(max, 1, key=abs)).split(' at ')[0])
@lru_cache(maxsize=2)
def sq(n):
    print('compute', n)
    return n * n
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
class Data:
    def __init__(self, xs): self.xs = xs
    @cached_property
    def total(self):
        print('summing')
        return sum(self.xs)
d = Data([1, 2, 3])
print(d.total, d.total, d.__dict__)
del d.total
print(d.total)
@singledispatch
def show(x):
    return f'object {x!r}'
@show.register
def _(x: int):
    return f'int {x}'
@show.register(list)
def _(x):
    return 'list of ' + ', '.join(show(i) for i in x)
@show.register
def _(x: float | str):
    return f'float-or-str {x}'
print(show(1), show(True), show([1, 'a', 2.5]), show(None), show.dispatch(bool).__name__)
print(sorted(show.registry.keys(), key=lambda t: t.__name__))
def compare(a, b):
    return (a > b) - (a < b)
words = ['banana', 'Apple', 'cherry']
print(sorted(words, key=cmp_to_key(lambda a, b: compare(a.lower(), b.lower()))))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=operator.itemgetter(0)), operator.attrgetter('real')(3))
f = operator.methodcaller('split', ',')
print(f('a,b'), operator.itemgetter(1, 0)('ab'))
try:
    @lru_cache
    def g(x): return x
    g([1])
except TypeError as e:
    print(e)
print(partial(partial(pow, 2), 5)(), partial(pow, 2).func is pow)
