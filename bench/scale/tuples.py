# objects per item: 3 (a 2-tuple, an int, a float)
N = 100_000
data = [(i + 1000, i * 0.5) for i in range(N)]
print(len(data))
