class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        self.item, self.wanted, self.have = item, wanted, have
        super().__init__(f"{item}: wanted {wanted}, only {have} left")

class Inventory:
    def __init__(self):
        self.stock = {}
    def add(self, item, qty=1):
        if qty <= 0:
            raise ValueError(f"quantity must be positive, got {qty}")
        self.stock[item] = self.stock.get(item, 0) + qty
    def remove(self, item, qty=1):
        have = self.stock.get(item, 0)
        if qty > have:
            raise OutOfStock(item, qty, have)
        self.stock[item] = have - qty
        if self.stock[item] == 0:
            del self.stock[item]
    def __contains__(self, item):
        return item in self.stock
    def __len__(self):
        return sum(self.stock.values())
    def __iter__(self):
        return iter(sorted(self.stock.items()))

inv = Inventory()
for item, q in [("apple", 5), ("pear", 2), ("apple", 3)]:
    inv.add(item, q)
print(list(inv), len(inv), "apple" in inv, "kiwi" in inv)
for action in [("remove", "apple", 4), ("remove", "pear", 5), ("add", "kiwi", 0), ("remove", "kiwi", 1), ("remove", "pear", 2)]:
    op, item, q = action
    try:
        getattr(inv, op)(item, q)
        print("ok", op, item, q)
    except OutOfStock as e:
        print("OutOfStock:", e, (e.item, e.wanted, e.have))
    except ValueError as e:
        print("ValueError:", e)
    finally:
        print("  now:", dict(inv))
inv.remove("apple", 100)
