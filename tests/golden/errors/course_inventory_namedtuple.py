import sys
from collections import defaultdict, Counter, namedtuple

Item = namedtuple("Item", "name qty price")

class Inventory:
    """A tiny inventory."""
    def __init__(self):
        self._items = {}
    def add(self, name, qty, price):
        if qty <= 0:
            raise ValueError(f"qty must be positive, got {qty!r}")
        self._items[name] = Item(name, qty, price)
    def __len__(self):
        return len(self._items)
    def __contains__(self, name):
        return name in self._items
    def __iter__(self):
        yield from sorted(self._items.values(), key=lambda i: (-i.price, i.name))
    def __repr__(self):
        return f"{type(self).__name__}({len(self)} items)"
    def total(self):
        return sum(i.qty * i.price for i in self._items.values())

inv = Inventory()
for n, q, p in [("apple", 3, 1.25), ("pear", 10, 0.5), ("kiwi", 7, 2.0)]:
    inv.add(n, q, p)
print(inv, len(inv), "apple" in inv, "fig" in inv)
for it in inv:
    print(f"{it.name:<8}|{it.qty:>4}|{it.price:8.3f}|{it.qty*it.price:>10,.2f}")
print(f"total={inv.total():.2f}")
try:
    inv.add("fig", 0, 1)
except ValueError as e:
    print("error:", e, type(e).__name__, e.args)
c = Counter("mississippi")
print(c.most_common(3), sorted(c.elements())[:5])
dd = defaultdict(list)
for w in "the quick brown fox jumps over the lazy dog".split():
    dd[len(w)].append(w)
print(dict(sorted(dd.items())))
print(Item._fields, Item("a", 1, 2)._asdict(), Item._make([1, 2, 3])._replace(qty=9))
x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x), y is x, id(y) == id(x))
print(repr(inv.add.__doc__), Inventory.__doc__, Inventory.__name__, Inventory.add.__qualname__)
inv.add("bad", -1, 0)
