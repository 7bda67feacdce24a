# Errors in methods, called through a property and a helper.
class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def ratio(self):
        return self.compute(0)
    def compute(self, total):
        return self.balance / total
acct = Account(100)
print('balance', acct.balance)
print(acct.ratio)
