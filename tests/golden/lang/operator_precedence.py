# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 4 - 3, 10 - (4 - 3), 100 / 10 / 5, 2 * 3 % 4, 2 * (3 % 4), 7 // 2 * 2, -7 // 2)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1, ~0 + 1, -~5, ~-5)
print(not 1 == 2, (not 1) == 2, not 1 + 1, 1 < 2 == 2, 1 + 1 == 2 and 3 > 2)
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3, [1, 2][0] + 1, -[1, 2][1])
print(2 * -3, 2 - -3, 2--3, +-+1, 3 in [3] == True, (3 in [3]) == True)
print('a' + 'b' * 3, ('a' + 'b') * 3, 'x' in 'xy' and 'y' in 'xy', 'abc'[1:] * 2)
f = lambda: 0 if True else 1
print(f(), (lambda: 0)() if False else 1, callable(f) is not None)
print(5 & 3 == 1, (5 & 3) == 1, 5 | 3 > 6, 5 | (3 > 6))
x = 5
x += 2 * 3
print(x, x % 3 ** 2, (x % 3) ** 2, -x % 4, -(x % 4))
print(2 ** 2 ** 0, 1 - 2 + 3, 2 * 3 / 4 * 5, 2 ** 10 // 3 % 7, 1e2 ** 0.5)
print([1, 2] + [3] * 2, (1, 2) * 2 + (3,), {1, 2} | {3} & {3, 4}, {1, 2} - {2} | {5})
a = b = 1
print(a == b == 1, a is b is not None, 0 < a <= b < 2)
print(divmod(-7, 2), -7 % 2, -(7 % 2), 7 % -2, -7 // -2)
