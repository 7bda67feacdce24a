# dict key tables (split / combined / unicode-only) and set tables as they grow and shrink.
import sys
S = sys.getsizeof
d = {}
seen = [S(d)]
for i in range(100):
    d[i] = i
    if S(d) != seen[-1]:
        seen.append(S(d))
print('int keys growth', seen)
d = {}
seen = [S(d)]
for i in range(100):
    d['k%d' % i] = i
    if S(d) != seen[-1]:
        seen.append(S(d))
print('str keys growth', seen)
print('literal', S({}), S({'a': 1}), S({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}), S({1: 1, 2: 2}))
print('dict()', S(dict()), S(dict(a=1, b=2)), S(dict([(1, 2), (3, 4)])), S(dict(zip(range(10), range(10)))))
print('comprehension', [S({i: i for i in range(n)}) for n in range(0, 20, 3)])
print('fromkeys', [S(dict.fromkeys(range(n))) for n in range(0, 20, 3)], S(dict.fromkeys('abcdefghij')))
big = {i: i for i in range(50)}
print('copy', S(big.copy()), S(dict(big)), S({**big}), S({'x': 1}.copy()))
for k in range(45):
    del big[k]
print('after deletions', S(big), len(big))
big.clear()
print('after clear', S(big))
d = {i: i for i in range(10)}
d.update({i: i for i in range(10, 30)})
print('update', S(d))
d2 = dict.fromkeys(range(5))
d2 |= {9: 9}
print('|=', S(d2), S(d | d2))
print('setdefault', S({}.setdefault('a', []) or {}))
class C:
    pass
objs = [C() for _ in range(3)]
for o in objs:
    o.a = 1
    o.b = 2
print('split dicts', [S(o.__dict__) for o in objs])
objs[0].c = 3
print('after new key', [S(o.__dict__) for o in objs])
print('vars copy', S(dict(vars(objs[1]))), S(objs[1].__dict__.copy()))
st = set()
seen = [S(st)]
for i in range(200):
    st.add(i)
    if S(st) != seen[-1]:
        seen.append(S(st))
print('set growth', seen)
print('set ctor', [S(set(range(n))) for n in range(0, 30, 4)], S(set('abc')), S({1, 2, 3}))
print('set comp', [S({i for i in range(n)}) for n in range(0, 30, 4)])
print('frozenset', S(frozenset()), S(frozenset(range(5))), S(frozenset(range(100))))
a = set(range(50))
b = set(range(25, 75))
print('set ops', S(a | b), S(a & b), S(a - b), S(a ^ b), S(a.copy()))
for i in range(45):
    a.discard(i)
print('after discards', S(a))
a.clear()
print('after clear', S(a))
print('__sizeof__', {}.__sizeof__(), {1: 2}.__sizeof__(), set().__sizeof__(), frozenset({1}).__sizeof__())
