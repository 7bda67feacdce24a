from itertools import *
import operator
print(list(islice(count(5, 2), 4)), count(3), count(1, 0.5), repeat('x', 2), list(repeat(7, 3)))
print(list(islice(cycle('ab'), 5)), list(chain([1], (2, 3), 'ab')), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(range(10), 2, 8, 3)), list(islice('abcdef', 3)), list(islice('abc', 1, None)))
print(list(product('ab', range(2))), list(product([0, 1], repeat=2)))
print(list(permutations('abc', 2)), len(list(permutations(range(4)))))
print(list(combinations('abcd', 2)), list(combinations_with_replacement('ab', 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 2, 4, 6]), key=lambda x: x % 2)])
print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(filterfalse(lambda x: x % 2, range(6))), list(compress('abcd', [1, 0, 1, 0])))
a, b = tee([1, 2, 3]); print(list(a), list(b))
print(list(pairwise('abcd')), list(batched('abcdefg', 3)))
it = chain([1], [2]); print(type(it), next(it), iter(it) is it)
def function(shape, weight):
    return [(shape, weight)]
print(list(chain.from_iterable(function(shape, weight) for weight, shape in product([True, False], range(1, 5)))))
