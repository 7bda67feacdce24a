class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available
    def __str__(self):
        return f'need {self.needed}, have {self.available}'

class Account:
    interest = 0.0
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.history = []
        Account.count += 1
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(('withdraw', amount))
        return self
    def apply_interest(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
    def __repr__(self):
        return f'{self.__class__.__name__}({self.owner!r}, {self._balance})'
    def __eq__(self, other):
        return type(self) is type(other) and self.owner == other.owner
    __hash__ = None

class Savings(Account):
    interest = 0.03
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == 'withdraw']) >= 2:
            raise PermissionError('withdrawal limit reached')
        return super().withdraw(amount)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amount):
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(amount, self._balance + self.overdraft)
        self._balance -= amount
        return self

accts = [Savings('kim', 1000), Checking('lee', 50), Account('park')]
accts[0].deposit(500).withdraw(100).withdraw(50)
for op in (lambda: accts[0].withdraw(1), lambda: accts[1].withdraw(200), lambda: accts[2].deposit(-5), lambda: accts[2].withdraw(1)):
    try:
        op()
    except (InsufficientFunds, PermissionError, ValueError) as e:
        print(type(e).__name__, e, e.args)
accts[1].withdraw(120)
for a in accts:
    a.apply_interest()
print(accts, Account.count)
print(accts[0].history, accts[0].balance)
try:
    accts[0].balance = 0
except AttributeError as e:
    print(e)
try:
    {accts[0]}
except TypeError as e:
    print(e)
print(accts[0] == Savings('kim'), accts[0] == Account('kim'), Account.count)
print(sorted(accts, key=lambda a: a.balance), sum(a.balance for a in accts))
print(isinstance(accts[1], Account), Savings.__mro__[1].__name__, Checking.__init__.__qualname__)
e = InsufficientFunds(5, 1)
print(repr(e), str(e), e.args)
raise InsufficientFunds(10, 2)
