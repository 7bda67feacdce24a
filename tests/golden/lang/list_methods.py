# list methods and operations.
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend('ab'); print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'before-last'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('a'); print(a)
try:
    a.remove('zzz')
except ValueError as e:
    print('ValueError:', e)
print(a.index(2), a.count(2), [1, 2, 1, 1].count(1), [1, 2, 3, 2].index(2, 2))
try:
    [1].index(5)
except ValueError as e:
    print('ValueError:', e)
nums = [5, 2, 9, 1, 5, 6]
print(sorted(nums), nums, nums.sort(), nums)
nums.sort(reverse=True); print(nums)
nums.reverse(); print(nums)
words = ['banana', 'Apple', 'cherry', 'date', 'Elder']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1]))
c = a.copy(); c.append('copy'); print(len(a), len(c), c is a, c == a)
c.clear(); print(c, len(c))
print([1, 2] + [3], [0] * 5, [[]] * 3, [1, 2] * 0, 3 * ['x'])
grid = [[0] * 3] * 2
grid[0][0] = 'shared'
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 'own'
print(grid)
x = [1, 2, 3]
y = x
x += [4]
print(x, y, x is y)
x = x + [5]
print(x, y, x is y)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1, 2][5]
except IndexError as e:
    print('IndexError:', e)
try:
    [1, 2][5] = 0
except IndexError as e:
    print('IndexError:', e)
print(list(), list(range(3)), list('hi'), list((1, 2)), list({3: 'a', 1: 'b'}), len([[], []]))
print(max([3, 7, 2]), min([3, 7, 2]), sum([1.5, 2.5]), [1, 2, 3][-1], [1, 2, 3][-3])
print([1, [2, [3, [4]]]], [None, True, 1.0, 'x', (1,), {}, set()])
stack = []
for i in range(3):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
m = [3, 1, 2]
m[1:1] = [9, 9]
print(m, m.__len__(), m.__getitem__(0), [1, 2].__add__([3]))
