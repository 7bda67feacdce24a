from collections import defaultdict
from typing import Iterator
import json
class OutOfStock(Exception):
    def __init__(self, sku: str, requested: int, available: int):
        super().__init__(f"{sku}: requested {requested}, only {available} left")
        self.sku, self.requested, self.available = sku, requested, available
class Product:
    _registry: dict[str, "Product"] = {}
    def __init__(self, sku: str, name: str, price: float, stock: int = 0):
        if sku in Product._registry:
            raise ValueError(f"duplicate sku {sku!r}")
        self.sku, self.name, self.price, self.stock = sku, name, price, stock
        Product._registry[sku] = self
    @classmethod
    def get(cls, sku):
        try:
            return cls._registry[sku]
        except KeyError:
            raise LookupError(f"unknown sku {sku!r}") from None
    def __repr__(self):
        return f"Product({self.sku!r}, stock={self.stock})"
    def __lt__(self, other):
        return self.price < other.price
class Cart:
    def __init__(self):
        self.lines: defaultdict[str, int] = defaultdict(int)
    def add(self, sku: str, qty: int = 1) -> "Cart":
        p = Product.get(sku)
        if self.lines[sku] + qty > p.stock:
            raise OutOfStock(sku, self.lines[sku] + qty, p.stock)
        self.lines[sku] += qty
        return self
    def __iter__(self) -> Iterator[tuple[Product, int]]:
        for sku, qty in sorted(self.lines.items()):
            yield Product.get(sku), qty
    @property
    def total(self) -> float:
        return round(sum(p.price * q for p, q in self), 2)
    def receipt(self) -> str:
        lines = [f"{p.name:<12}{q:>3} x {p.price:>7.2f} = {p.price * q:>8.2f}" for p, q in self]
        lines.append("-" * 36)
        lines.append(f"{'TOTAL':<27}{self.total:>9.2f}")
        return "\n".join(lines)
for args in [("A1", "Widget", 2.5, 10), ("B2", "Gadget", 12.99, 3), ("C3", "Doohickey", 0.35, 100)]:
    Product(*args)
cart = Cart().add("A1", 4).add("C3", 30).add("B2")
print(cart.receipt())
print(sorted(Product._registry.values()), max(Product._registry.values()))
for sku, qty in [("B2", 5), ("Z9", 1)]:
    try:
        cart.add(sku, qty)
    except OutOfStock as e:
        print("OutOfStock:", e, e.available)
    except LookupError as e:
        print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
try:
    Product("A1", "dup", 1)
except ValueError as e:
    print(e)
print(json.dumps({p.sku: q for p, q in cart}, sort_keys=True), json.dumps([p.__dict__ for p, _ in cart][0]))
snapshot = json.loads(json.dumps({"lines": dict(cart.lines), "total": cart.total}))
print(snapshot, type(snapshot["total"]).__name__)
cart.add("B2", 3)
