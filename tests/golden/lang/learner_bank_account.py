# A small bank account class with properties and validation.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance:,.2f})"

    def __str__(self):
        return f"{self.owner}: {self.balance}"


acc = Account("Kim", 100)
acc.deposit(50).withdraw(30)
print(acc, repr(acc), acc.history)
try:
    acc.withdraw(1000)
except InsufficientFunds as e:
    print("error:", e, e.needed, e.available, e.args)
try:
    acc.balance = -5
except ValueError as e:
    print(type(e).__name__, e)
print(Account.interest, acc.interest, hasattr(acc, "_balance"), vars(acc).keys())
big = Account("Lee", 1234567.891)
print(f"{big!r:>45}|", f"{big.balance:>15,.1f}", f"{big.balance:e}")
print(sorted([big, acc], key=lambda a: a.balance)[0].owner)
acc.withdraw(500)
