# String building and dict counting (seed 003/004 shape).
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
counts = {}
for i in range(300_000):
    w = words[i % 5]
    counts[w] = counts.get(w, 0) + 1
parts = []
for i in range(100_000):
    parts.append(str(i))
s = ",".join(parts)
print(sorted(counts.items()), len(s))
