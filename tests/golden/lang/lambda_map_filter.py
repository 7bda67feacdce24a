# lambda, map, filter, sorted with key, higher-order functions.
square = lambda x: x * x
print(square(7), (lambda: 'no args')(), (lambda *a, **k: (a, k))(1, z=2), square.__name__)
print(list(map(square, range(5))), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(filter(lambda n: n % 2, range(10))), list(filter(None, [0, 1, '', 'x', [], [0], None])))
m = map(str, [1, 2])
print(type(m).__name__, next(m), list(m), list(m))
people = [('Kim', 30), ('Lee', 25), ('Park', 35), ('Choi', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
from functools import reduce, partial
print(reduce(lambda acc, x: acc * x, range(1, 6)), reduce(lambda a, b: a + b, ['a', 'b', 'c'], '>'))
int2 = partial(int, base=2)
print(int2('1010'), partial(pow, 2)(8), partial(max, default=0)([]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print({k: fn(6, 3) for k, fn in ops.items()})
print((lambda x, y=10: x + y)(1), (lambda x: (lambda y: x + y))(1)(2))
fs = [lambda x, k=k: x ** k for k in range(4)]
print([fn(2) for fn in fs])
print(sorted(['b10', 'a2', 'a10', 'b1'], key=lambda s: (s[0], int(s[1:]))))
print(list(map(len, ['aa', 'b'])), list(zip(*map(lambda x: (x, x * x), range(3)))))
print(any(map(lambda x: x > 3, [1, 5])), all(map(str.isdigit, ['1', 'a'])))
print(repr((lambda: None)())[:4], callable(square), callable(3))
