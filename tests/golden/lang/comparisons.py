# Comparisons and chained comparisons.
print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1.0 == True, 1 < 2 > 0)
x = 5
print(0 < x <= 5, 0 < x < 5, 1 != x != 5, x == 5 != 4)
def noisy(v):
    print('  eval', v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'b') > (1, 'a'), [] < [0], (2,) > (1, 9))
print('abc' < 'abd', 'Z' < 'a', 'apple' < 'apples', '' < 'a', '가' < '나', 'a' < '가')
print(1 == 1.0, x is not None, None == None, None is None, [] == [], [] is [])
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, (1, 2) == [1, 2], 'a' == b'a', 0 == False, 2 == True)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2} > {3})
print(float('nan') == float('nan'), float('nan') != float('nan'), 0.0 == -0.0)
print(max('apple', 'banana'), min([3, 1], [2, 9]), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
for a, b in [(1, 'a'), ([1], (1,)), (None, 0), ({}, [])]:
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError:', e)
print(1 in [1, 2], 3 not in [1, 2], 'ell' in 'hello', 2 in {1: 'a', 2: 'b'}, 'b' in {1: 'b'})
print(not 1 == 2, not (1 < 2), (not 0) == True)
a = [1, 2, 3]
b = a
c = a[:]
print(a == c, a is c, a is b, a is not c)
print(1 < 2 == 2 < 3, (1 < 2) == (2 < 3), 1 < (2 == 2))
print((1, 2, 3) < (1, 2, 4) < (1, 3), [[1, 2], [0]] > [[1, 1]])
print(float('inf') > 1e308, -float('inf') < -1e308, 10 ** 400 > float('inf') or 'big int vs inf')
