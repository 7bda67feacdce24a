# itertools and functools.
import itertools as it
import functools
print(list(it.chain([1, 2], 'ab', (3,))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice('abcdefg', 1, 6, 2)), list(it.repeat('x', 3)))
print(list(it.islice(it.cycle('ab'), 5)), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 2, 3, 1]))])
print(list(it.product('ab', [1, 2])), len(list(it.product(range(3), repeat=2))))
print(list(it.permutations('abc', 2)), list(it.combinations([1, 2, 3, 4], 2)))
print(list(it.combinations_with_replacement('ab', 2)), list(it.compress('abcd', [1, 0, 1, 0])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest('ab', [1, 2, 3], fillvalue='-')), list(it.pairwise([1, 2, 3, 4])), list(it.batched('abcde', 2)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(functools.reduce(lambda x, y: x + y, [1, 2, 3, 4]), functools.reduce(max, [3, 9, 2], 0))
p = functools.partial(int, base=16)
print(p('ff'), p.func.__name__, p.keywords)
@functools.lru_cache(maxsize=2)
def sq(n):
    print('  miss', n)
    return n * n
print(sq(1), sq(2), sq(1), sq(3), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda x, y: len(y) - len(x))))
@functools.singledispatch
def describe(x):
    return 'object'
@describe.register
def _(x: int):
    return 'int'
@describe.register(list)
def _(x):
    return 'list'
print(describe(1), describe([]), describe('s'), describe(True))
import operator
print(operator.add(2, 3), operator.itemgetter(1)('abc'), operator.attrgetter('real')(3 + 4j), sorted([(1, 'b'), (0, 'c')], key=operator.itemgetter(1)))
print(list(map(operator.mul, [1, 2], [3, 4])), operator.methodcaller('upper')('x'))
