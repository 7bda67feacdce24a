# objects per item: 1 (an int outside the small-int cache)
N = 100_000
data = [i * 3 + 1000 for i in range(N)]
print(len(data))
