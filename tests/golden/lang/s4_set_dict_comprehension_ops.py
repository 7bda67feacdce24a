a = {1, 2, 3, 4}; b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.isdisjoint({9}), a.issuperset({1, 2}))
a |= {10}; a -= {1}; print(a, len(a))
print({x % 3 for x in range(10)}, {k: v for k, v in zip('abc', range(3)) if v}, {v: k for k, v in {'a': 1, 'b': 1}.items()})
s = set('hello'); s.add('z'); s.discard('q'); print(sorted(s))
try:
    s.remove('q')
except KeyError as e:
    print('KeyError', e)
try:
    set().pop()
except KeyError as e:
    print(e)
fs = frozenset([1, 2])
print(fs, fs | {3}, type(fs | {3}).__name__, {fs: 'ok'}[frozenset({2, 1})], hash(fs) == hash(frozenset([2, 1])))
try:
    fs.add(3)
except AttributeError as e:
    print(e)
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {{1}: 2}
except TypeError as e:
    print(e)
d = {'b': 2, 'a': 1}
d['c'] = 3
del d['b']
d['b'] = 4
print(d, list(d), d | {'z': 0}, {**d, 'a': 9})
d |= {'a': 100}
print(d, d.setdefault('q', []), d.pop('q'), d.popitem(), d)
print(dict.fromkeys(['x', 'y'], 0), dict(a=1, **{'b': 2}), dict([('k', 'v')]), dict(zip('ab', [1, 2])))
print({1: 'int', 1.0: 'float', True: 'bool'}, {0: 'a', False: 'b'}, {(1, 2): 'tuple'})
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: -kv[1]))
nested = {'a': {'b': {'c': 1}}}
print(nested['a']['b']['c'], nested.get('x', {}).get('y'), 'b' in nested['a'])
keys = d.keys(); vals = d.values(); items = d.items()
d['new'] = 1
print(keys, vals, items, keys & {'a', 'zz'}, sorted(keys - {'a'}), len(items))
try:
    for k in d:
        d[k + '!'] = 0
except RuntimeError as e:
    print(e)
try:
    for x in s:
        s.add(x * 2)
except RuntimeError as e:
    print(e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [x for row in matrix for x in row if x % 2], [(x, y) for x in range(2) for y in 'ab'])
print({(i, j): i * j for i in range(2) for j in range(2)}, [i if i % 2 else -i for i in range(5)], list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
x = 10
print([x for x in range(3)], x, (lambda: [y for y in range(2)])())
