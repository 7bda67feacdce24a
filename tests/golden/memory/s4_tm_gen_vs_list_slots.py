import tracemalloc

class Row:
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

class SlotRow:
    __slots__ = ("a", "b", "c")
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

def squares_list(n):
    return [i * i for i in range(n)]

def squares_gen(n):
    return (i * i for i in range(n))

tracemalloc.start()
for label, make in [("list", squares_list), ("generator", squares_gen)]:
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    total = sum(make(5000))
    cur, peak = tracemalloc.get_traced_memory()
    print(label, total, cur - before, peak - before)

for cls in (Row, SlotRow):
    snap1 = tracemalloc.take_snapshot()
    rows = [cls(i, i + 1, i + 2) for i in range(2000)]
    snap2 = tracemalloc.take_snapshot()
    stats = snap2.compare_to(snap1, "lineno")
    print(cls.__name__, stats[0].size_diff, stats[0].count_diff)
    del rows
tracemalloc.stop()
