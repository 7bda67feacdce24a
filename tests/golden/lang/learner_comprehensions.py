matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
print([[row[i] for row in matrix] for i in range(3)], list(zip(*matrix)))
print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
flat = [n for row in matrix for n in row]
print(flat, sum(flat), [n for n in flat if n % 2 == 0], ["even" if n % 2 == 0 else "odd" for n in flat[:4]])
print({w: len(w) for w in "the quick brown fox".split()}, {len(w) for w in "a bb cc ddd".split()})
gen = (x ** 2 for x in range(10) if x % 3 == 0)
print(gen.__class__.__name__, list(gen), list(gen), sum(x for x in range(101)))
print(any(x > 8 for x in flat), all(x > 0 for x in flat), max(len(w) for w in ["aa", "b", "cccc"]))
x = "outer"
print([x for x in range(3)], x)
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs, [(i, c) for i, c in enumerate("abc", start=1)], dict(enumerate("xy")))
print([y := 5, y ** 2], [(z := n * 2) for n in range(3)], z)
primes = [n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes, len(primes))
print([[0] * 3 for _ in range(2)], [*range(3), *"ab"], {**{"a": 1}, "b": 2})
