# objects per item: 4 (a dict, a one-item list, a str, an int)
N = 100_000
data = [{"id": i + 1000, "tags": [str(i)]} for i in range(N)]
print(len(data))
