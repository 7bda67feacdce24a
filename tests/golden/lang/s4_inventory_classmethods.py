class Item:
    _next_id = 1
    tax_rate = 0.1
    def __init__(self, name, price, qty=0):
        self.id = Item._next_id
        Item._next_id += 1
        self.name = name
        self.price = price
        self.qty = qty
    @classmethod
    def from_string(cls, s):
        name, price, qty = s.split(',')
        return cls(name.strip(), float(price), int(qty))
    @staticmethod
    def is_valid_price(p):
        return isinstance(p, (int, float)) and p >= 0
    @property
    def total(self):
        return round(self.price * self.qty * (1 + self.tax_rate), 2)
    def __repr__(self):
        return f'{type(self).__name__}(id={self.id}, name={self.name!r}, price={self.price}, qty={self.qty})'
    def __str__(self):
        return f'{self.name:<10}{self.price:>8.2f}{self.qty:>5}'

class Perishable(Item):
    tax_rate = 0.05
    def __init__(self, name, price, qty=0, days=3):
        super().__init__(name, price, qty)
        self.days = days
    def __repr__(self):
        return super().__repr__()[:-1] + f', days={self.days})'

class Inventory:
    def __init__(self):
        self._items = {}
    def add(self, item):
        if item.name in self._items:
            raise ValueError(f'duplicate item: {item.name}')
        self._items[item.name] = item
        return self
    def remove(self, name):
        try:
            return self._items.pop(name)
        except KeyError:
            raise KeyError(f'no such item: {name}') from None
    def __len__(self): return len(self._items)
    def __contains__(self, name): return name in self._items
    def __iter__(self): return iter(sorted(self._items.values(), key=lambda i: i.name))
    def __getitem__(self, name): return self._items[name]
    def total_value(self): return sum(i.total for i in self._items.values())

inv = Inventory()
inv.add(Item('pen', 1.5, 10)).add(Item.from_string('book, 12.0, 2')).add(Perishable('milk', 2.0, 3, days=5))
for it in inv:
    print(it)
print(repr(inv['milk']), inv['book'], len(inv), 'pen' in inv, 'cup' in inv)
print(inv.total_value(), Item.is_valid_price(-1), Perishable.is_valid_price(3))
print(Perishable.from_string('egg, 0.3, 12'), Item._next_id)
try:
    inv.add(Item('pen', 1, 1))
except ValueError as e:
    print(e)
try:
    inv.remove('cup')
except KeyError as e:
    print(e, repr(e))
print(inv.remove('pen').name, len(inv))
try:
    inv['zzz']
except KeyError as e:
    print('KeyError:', e)
try:
    inv['book'].total = 5
except AttributeError as e:
    print(e)
print(Item.from_string.__self__, type(Item.__dict__['from_string']), type(Item.total), type(Item.__dict__['is_valid_price']))
print(type(Item.total).__name__, Perishable.__mro__, Perishable.__bases__)
print(isinstance(inv['milk'], Item), issubclass(Perishable, Item), vars(inv['book']))
