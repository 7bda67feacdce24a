# range objects.
r = range(10)
print(r, range(1, 10, 2), range(10, 0, -3), len(r), r[3], r[-1], r[2:5], r[::-1], r[::3])
print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(5, 0, -1)), list(range(0)), list(range(5, 2)))
print(3 in r, 10 in r, 4.0 in r, -1 in range(-5, 0), r.index(4), range(0, 20, 2).count(6))
print(range(0) == range(2, 2), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2), list(reversed(range(3))))
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)), sorted(range(3, 0, -1)))
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(-10, 10, 7)), range(10)[-3:], range(100)[10:90:20])
print(r.start, r.stop, r.step, range(3, 9, 2).stop, bool(range(0)), bool(range(1)))
try:
    range(1, 10, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    r[20]
except IndexError as e:
    print('IndexError:', e)
big = range(10 ** 18)
print(len(big) == 10 ** 18, (10 ** 18 - 1) in big, f'{big[-1]:_}')
for i in range(3, -3, -2):
    print(i, end=' ')
print()
print([i * j for i in range(1, 4) for j in range(1, 4) if i <= j])
