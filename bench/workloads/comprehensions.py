# List/dict/set comprehensions over ranges (seed 004 list-vs-generator shape).
squares = [i * i for i in range(1_000_000)]
evens = {i: i % 7 for i in range(200_000) if i % 2 == 0}
uniq = {i % 1000 for i in range(300_000)}
print(len(squares), len(evens), len(uniq), sum(squares) % 1000)
