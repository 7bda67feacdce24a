class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: balance {self.balance}, requested {amount}")
        self.balance -= amount

def process(accounts, name, amount):
    acct = accounts[name]
    acct.withdraw(amount)
    return acct.balance

accounts = {'kim': Account('kim', 100)}
print(process(accounts, 'kim', 30))
try:
    process(accounts, 'lee', 10)
except KeyError as e:
    print('no account', e)

def total(items):
    return sum(item['price'] * item['qty'] for item in items)

orders = [{'price': 3, 'qty': 2}, {'price': 5, 'qty': '2'}]
try:
    print(total(orders))
except TypeError as e:
    print(e)
process(accounts, 'kim', 500)
