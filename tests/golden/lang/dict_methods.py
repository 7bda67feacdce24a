# dict methods, ordering and views.
d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault('a', 100), d.setdefault('e', 5), d)
print(d.pop('e'), d.pop('zz', 'default'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
try:
    d['missing']
except KeyError as e:
    print('KeyError:', e, repr(e), e.args)
d.update({'b': 20, 'd': 4})
d.update(e=5)
d.update([('f', 6)])
print(d)
print(d.popitem(), d)
del d['a']
d['a'] = 'back at the end'
print(d)
d['b'] = 'updated keeps position'
print(list(d))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 'x')]), dict(zip('ab', range(2))))
e = d.copy()
e.clear()
print(e, len(d) > 0)
m1 = {'x': 1, 'y': 2}
m2 = {'y': 20, 'z': 30}
print(m1 | m2, m2 | m1, {**m1, **m2})
m1 |= m2
print(m1)
keys = m1.keys()
m1['new'] = 0
print(keys, len(keys), 'new' in keys)
print(m1.items() - {('x', 1)} == {('y', 20), ('z', 30), ('new', 0)})
print({1: 'int', 1.0: 'float', True: 'bool'})
print({(1, 2): 'tuple key', None: 'none key', 3.5: 'float key', frozenset({1}): 'fs'})
try:
    {[1]: 1}
except TypeError as e:
    print('TypeError:', e)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv, list(reversed({'p': 1, 'q': 2})), dict(sorted({'b': 1, 'a': 2}.items())))
try:
    for k in counts:
        counts[k + k] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
print({} == dict(), {'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
nested = {'outer': {'inner': [1, 2, {'deep': True}]}}
print(nested['outer']['inner'][2]['deep'], nested)
print(str(d.keys())[:10], type(d.values()).__name__, type(d.items()).__name__)
