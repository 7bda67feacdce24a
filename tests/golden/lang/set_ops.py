# Sets and frozensets (small ints only: their iteration order does not depend on hash seeds).
s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s, sorted(s))
s.add(4); s.add(1); print(s)
s.discard(10); s.discard(1); print(s)
s.remove(2); print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b), a.union([7], (8,)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
c = set(a)
c |= {10}; c &= {1, 2, 10}; c -= {2}; c ^= {5}
print(c, a)
c.update([20, 21], {22})
c.difference_update({20})
c.intersection_update(range(25))
c.symmetric_difference_update({21, 30})
print(sorted(c))
print(set(), set([1, 1, 2]), set(range(5)), set('aa'), {0} == {False}, len({1, 1.0, True}))
fs = frozenset([3, 2, 1])
print(fs, type(fs).__name__, fs | {9}, {fs: 'hashable'}[frozenset({1, 2, 3})], frozenset() == set())
try:
    {[1, 2]}
except TypeError as e:
    print('TypeError:', e)
try:
    {{1}}
except TypeError as e:
    print('TypeError:', e)
e = {5, 6}
print(e.pop() in (5, 6), len(e))
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
print({x * x for x in range(-3, 4)}, {x % 3 for x in range(10)})
d = {n: n for n in range(3)}
print(d.keys() & {1, 2, 5}, d.keys() | {7}, d.keys() - {0})
print(list({10, 1, 5, 100, 33}), list({-1, -2, 0}))
print(sorted({'b', 'a', 'c'}), len({'x', 'y', 'x'}))
print(set([1, 2]) == frozenset([1, 2]), type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
