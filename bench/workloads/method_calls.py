# Method calls and attribute access in a loop.
class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self

c = Counter()
for i in range(500_000):
    c.add(i)
items = []
for i in range(300_000):
    items.append(i)
print(c.n, len(items))
