class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        self.balance = balance
        self.amount = amount
        super().__init__(f"cannot withdraw {amount}: balance is {balance}")

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if not isinstance(amount, (int, float)):
            raise TypeError(f"amount must be a number, not {type(amount).__name__}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self._balance, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return f"<Account #{self.id} {self.owner}: {self._balance}>"

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print(f"transfer failed: {e} (short by {e.amount - e.balance})")
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f"  after: {src!r} {dst!r}")

a = Account("kim", 100)
b = Account("lee")
print(transfer(a, b, 30), transfer(a, b, 100))
a.deposit(5).deposit(2.5).withdraw(1)
print(a.history, a.balance)
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    a.deposit("10")
except TypeError as e:
    print(e)
accounts = sorted([a, b, Account("park", 50)], key=lambda acc: acc.balance)
print(accounts)
print({acc.owner: acc.balance for acc in accounts})
b.withdraw(1000)
