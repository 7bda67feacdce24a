# References held by dict keys and values, sets, and the operations that add or drop them.
import sys
k = 'key not interned!'
v = object()
print('start key/value:', sys.getrefcount(k), sys.getrefcount(v))
d = {k: v}
print('stored:', sys.getrefcount(k), sys.getrefcount(v))
d[k] = v
print('stored again under the same key:', sys.getrefcount(k), sys.getrefcount(v))
d['other'] = v
print('value under a second key:', sys.getrefcount(v))
got = d.get(k)
print('value fetched into a name:', sys.getrefcount(v))
del got
d2 = dict(d)
print('dict copied:', sys.getrefcount(k), sys.getrefcount(v))
d2.clear()
print('copy cleared:', sys.getrefcount(k), sys.getrefcount(v))
popped = d.pop('other')
print('popped into a name:', sys.getrefcount(v))
del popped
print('popped value dropped:', sys.getrefcount(v))
d.update({k: None})
print('value replaced:', sys.getrefcount(k), sys.getrefcount(v))
del d
print('dict deleted:', sys.getrefcount(k), sys.getrefcount(v))
keys = [object() for _ in range(3)]
ks = set(keys)
print('in a set and a list:', [sys.getrefcount(o) for o in keys])
fs = frozenset(ks)
print('also in a frozenset:', [sys.getrefcount(o) for o in keys])
ks.clear()
del fs
print('set cleared, frozenset deleted:', [sys.getrefcount(o) for o in keys])
dd = dict.fromkeys(keys, v)
print('fromkeys shares one value:', sys.getrefcount(v))
items = list(dd.items())
print('items list holds tuples holding the value:', sys.getrefcount(v))
del items, dd
print('all dropped:', sys.getrefcount(v), [sys.getrefcount(o) for o in keys])
