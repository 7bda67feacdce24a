# Lambdas, default arguments and generator expressions in cycles
import gc
gc.collect()

class Table:
    def __init__(self):
        self.rows = [1, 2, 3]
        self.total = lambda: sum(self.rows)
        self.doubled = (r * 2 for r in self.rows)
        self.key = lambda r, t=self: r in t.rows

t = Table()
print(t.total(), next(t.doubled), t.key(2))
del t
print("collected:", gc.collect())

def make_pair():
    a = {}
    b = {}
    a["b"] = lambda: b
    b["a"] = lambda: a
    return a
p = make_pair()
print(sorted(p))
del p
print("collected:", gc.collect())
