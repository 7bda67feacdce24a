# Built-ins over iterables: len range enumerate zip map filter sorted reversed sum min max any all.
data = [4, 1, 3]
print(len(data), len('abc'), len({1: 2}), len(range(5)), len(()), len(set()))
print(list(enumerate('ab')), list(enumerate('ab', start=10)), dict(enumerate('xy')))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])), dict(zip('ab', [1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(map(abs, [-1, 2])), list(filter(str.isalpha, 'a1b2')), sorted(data), sorted(data, reverse=True))
print(list(reversed(data)), list(reversed('abc')), list(reversed(range(3))), data)
print(sum(data), sum(data, 10), sum([[1], [2]], []), sum([0.5, 0.25]), sum(()))
print(min(data), max(data), min('hello'), max([], default='empty'), min(data, key=lambda v: -v), max(3, 8, 5))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(x > 3 for x in data), all(x > 0 for x in data))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'exhausted'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
r = reversed([1, 2])
print(type(r).__name__, next(r), list(r))
e = enumerate(['x'])
print(type(e).__name__, next(e))
z = zip('ab', 'cd')
print(type(z).__name__, next(z), list(z))
print(sorted({3: 'a', 1: 'b'}), sorted('bca'), sorted([3, 1, 2], key=lambda x: x % 3))
print(list(range(3)), tuple(range(3)), set(range(3)), frozenset(range(2)))
print(sum(range(1, 11)), max(range(10), key=lambda v: (v % 4, v)), min(enumerate('cab'), key=lambda p: p[1]))
words = ['kiwi', 'apple', 'fig', 'banana']
print(sorted(words, key=len), max(words, key=len), min(words), [w for _, w in sorted(zip(map(len, words), words))])
print(list(zip(*[(1, 'a'), (2, 'b')])), [list(t) for t in zip(*[[1, 2], [3, 4]])])
print(all(isinstance(x, int) for x in data), any(map(lambda s: s.endswith('a'), words)))
total = 0
for i, (a, b) in enumerate(zip([1, 2], [3, 4]), 1):
    total += i * (a + b)
print(total)
