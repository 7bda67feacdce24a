# objgraph-style counting with gc.get_objects(): how many instances of my classes are alive?
import gc
gc.collect()

class Customer:
    def __init__(self, name):
        self.name = name
        self.orders = []

class Order:
    def __init__(self, customer, amount):
        self.customer = customer
        self.amount = amount
        customer.orders.append(self)

def count(cls):
    return sum(1 for o in gc.get_objects() if type(o) is cls)

def by_type(name):
    return [o for o in gc.get_objects() if type(o).__name__ == name]

before = len(gc.get_objects())
c = Customer("kim")
for amt in (10, 20, 30):
    Order(c, amt)
print(count(Customer), count(Order))
print(sorted(o.amount for o in by_type("Order")))
print("new tracked objects:", len(gc.get_objects()) - before)
del c
print("after del:", count(Customer), count(Order))
print("collected:", gc.collect())
print("after collect:", count(Customer), count(Order))
