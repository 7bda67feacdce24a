words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig", "grape"]
print([w.lower() for w in words if len(w) > 4])
print({w[0].lower(): w for w in words})
print({len(w) for w in words})
print(sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(matrix, [x for row in matrix for x in row if x % 2 == 0])
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(dict(zip("abc", range(3))), list(enumerate(words[:3], start=1)))
print(any(w.startswith("B") for w in words), all(w.isalpha() for w in words))
print(max(words, key=len), min(words), sum(len(w) for w in words))
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs, len(pairs))
squares = {n: n ** 2 for n in range(6)}
print({k: v for k, v in squares.items() if v > 5})
print([(i, c) for i, c in enumerate("hey")], list(map(str.upper, "abc")), list(filter(None, [0, 1, "", "a", None, []])))
nested = [[1, [2, 3]], [4, [5, [6]]]]
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten(nested)))
x = 10
print([x for x in range(3)], x)
print([(lambda y: y * x)(i) for i in range(3)])
gen = (c for c in "abc")
print(next(gen), list(gen))
print(sorted({3: "c", 1: "a", 2: "b"}.items(), key=lambda kv: kv[1], reverse=True))
print([*range(3), *"ab"], {**{"a": 1}, "b": 2}, {*[1, 2], 3})
first, *middle, last = range(6)
print(first, middle, last)
print(list(reversed(words))[:2], words[::-2], words[-3:], words[1:5:2])
print(sum([[1], [2, 3]], []), [i for i in range(20) if i % 3 == 0 if i % 2 == 0])
print([y := 5, y ** 2], [v for v in (n * 2 for n in range(4))])
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted("hello"), "".join(sorted(set("hello"))))
print([w for w in words if w[0] in "aeiouAEIOU"], {k: len(v) for k, v in zip("xy", ["ab", "cde"])})
print([1, 2, 3][5])
