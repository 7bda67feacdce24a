# Assignment forms: multiple targets, swaps, starred, nested, augmented, chained.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
x, y, z = 'abc'
print(x, y, z)
(a, b), [c, d] = (1, 2), [3, 4]
print(a, b, c, d)
first, *middle, last = range(1, 6)
print(first, middle, last)
*_, tail = [1, 2, 3]
print(tail, _)
k, = [5]
print(k)
[m] = 'z'
print(m)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
d = {}
d['a'], d['b'] = 1, 2
print(d)
class O:
    pass
o = O()
o.x, o.y = 'ox', 'oy'
print(o.x, o.y)
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 2; n %= 7
print(n)
s = 'ab'
s *= 3
print(s)
t = (1,)
t += (2,)
print(t)
lst = [1]
lst *= 3
print(lst)
nested = [[0, 1], [2, 3]]
nested[1][0] += 100
print(nested)
counts = {'a': 1}
counts['a'] += 1
print(counts)
print([(p, q) for p, q in zip('ab', 'cd')], {k: v for k, (v, _) in {'x': (1, 2)}.items()})
def multi():
    return 1, [2, 3], {'k': 'v'}
one, (two, three), mapping = multi()
print(one, two, three, mapping)
values = [1, 2]
values[:] = [7, 8, 9]
print(values)
a, *b = 'x', 'y', 'z'
print(a, b, type(b).__name__)
for (key, val) in [('k1', 1)]:
    print(key, val)
print(*[1, 2], *(3,), sep='|')
merged = {**{'a': 1}, 'b': 2, **{'a': 3}}
print(merged, [*'ab', *range(2)], {*'aa', *'b'} == {'a', 'b'})
