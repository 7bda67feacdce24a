import itertools as it
data = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for k, g in it.groupby(sorted(data), key=lambda w: w[0]):
    print(k, list(g))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.product('ab', [1, 2])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations('abc', 2)))
print(list(it.combinations(range(4), 2)), list(it.combinations_with_replacement('ab', 2)))
print(list(it.chain.from_iterable([[1, 2], (3,), 'ab'])), list(it.chain('ab', 'cd')))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle('xyz'), 7)), list(it.islice(range(10), 2, 8, 3)))
print(list(it.pairwise('abcd')), list(it.batched(range(7), 3)))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.repeat('z', 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(str.isdigit, 'a1b2')), list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b))
print(it.count(3), repr(it.repeat(1, 2)))
c = it.count()
print(next(c), next(c), c)
try:
    list(it.batched('abc', 0))
except ValueError as e:
    print(e)
try:
    it.islice('abc', -1)
except ValueError as e:
    print(e)
print(type(it.groupby([])).__name__, it.chain.__name__)
g = it.groupby('aabbbc')
k, grp = next(g)
print(k, next(g)[0], list(grp))
