# Comprehensions: list/set/dict/generator, nesting, conditions, and their scope.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(6)])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print({x % 4 for x in range(10)}, {k: k * k for k in range(5)}, {v: k for k, v in enumerate('abc')})
print(sum(x for x in range(10)), list(x + 1 for x in (1, 2)), max((len(w), w) for w in ['aa', 'b', 'ccc']))
flat = [y for row in [[1, 2], [3], []] for y in row]
print(flat)
x = 'outer'
result = [x for x in range(3)]
print(x, result)
i = 10
squares = [i * i for i in range(4)]
print(i, squares)
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
funcs = [lambda n=n: n for n in range(3)]
print([f() for f in funcs])
print([(lambda y: y * 2)(v) for v in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in matrix] for c in range(3)])
print([w.upper() for w in 'the cat sat'.split() if len(w) == 3])
print({w: len(w) for w in ['apple', 'kiwi']}, dict((k, v) for k, v in [('a', 1)]))
class C:
    base = [1, 2, 3]
    doubled = [b * 2 for b in base]
    try:
        pairs = [(b, len(base)) for b in base]
    except NameError as e:
        error = str(e)
print(C.doubled, getattr(C, 'pairs', None), getattr(C, 'error', None))
def outer():
    y = 5
    return [y + z for z in range(3)]
print(outer())
g = (n * 2 for n in range(3))
print(type(g).__name__, next(g), list(g), list(g))
nums = [1, 2, 3]
gen = (n for n in nums)
nums.append(4)
print(list(gen))
print([n for n in range(3) if (sq := n * n) > 0], sq)
print([c for c in 'hello' if c not in 'aeiou'], ''.join(c for c in 'hello' if c in 'aeiou'))
print([*range(3), *[x for x in 'ab']])
