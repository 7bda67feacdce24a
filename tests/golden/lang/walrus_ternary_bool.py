# Assignment expressions, conditional expressions, and/or/not values and short-circuiting.
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10], y)
chunks = iter(['a', 'b', ''])
out = []
while (chunk := next(chunks)) != '':
    out.append(chunk)
print(out)
print((total := sum(data)), total / n)
for v in (5, -3, 0):
    print('pos' if v > 0 else 'neg' if v < 0 else 'zero', end=' ')
print()
x = 7
label = 'odd' if x % 2 else 'even'
print(label, ('big' if x > 5 else 'small').upper())
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'default', '' or [] or 0, 'a' and 'b' and 'c')
print(not 0, not 1, not '', not [0], not None, (not 1) == False)
def t(v):
    print(f'  eval {v!r}')
    return v
print(t(0) and t('never'))
print(t(1) or t('never'))
print(t(1) and t(0) or t('fallback'))
print(t(None) or t(0) or t(''))
print(all(t(v) for v in [1, 0, 1]))
print(any(t(v) for v in [0, 2, 3]))
print(True + True, True * 3, sum([True, False, True]), True == 1, False == 0, str(True), bool('False'))
print(1 < 2 and 2 < 3, 1 < 2 or 1 / 0, [] or {} or () or 'last')
values = [0, 1, None, '', 'x', [], [0]]
print([bool(v) for v in values], [v for v in values if v], list(filter(None, values)))
a = None
b = a or []
b.append(1)
print(a, b)
def get(d, k):
    return (v := d.get(k)) is not None and v * 2
print(get({'a': 3}, 'a'), get({}, 'a'), get({'a': 0}, 'a'))
