# Tuples: packing, unpacking (with *), nesting, methods, immutability.
t = 1, 2, 3
print(t, type(t).__name__, len(t), t[0], t[-1], t[1:])
single = (5,)
not_tuple = (5)
print(single, not_tuple, type(single).__name__, type(not_tuple).__name__, (), tuple())
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
x, *y = (1,)
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
for i, (name, score) in enumerate([('kim', 90), ('lee', 85)]):
    print(i, name, score)
a, b = 1, 2
a, b = b, a
print(a, b)
print(t + (4,), t * 2, 2 in t, t.count(2), t.index(3), (1, 2) < (1, 3), max(t), sum(t))
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print('ValueError:', e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print('ValueError:', e)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print(tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}), (1,) * 3, (1, (2, (3,))))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pair'}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
def pair():
    return 'x', 'y'
print(pair(), *pair(), [*pair(), *'zw'], (*range(2), 5))
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
pt = Point(3, y=4)
print(pt, pt.x, pt[1], pt._asdict(), pt._replace(x=0), Point._fields, tuple(pt), pt == (3, 4))
