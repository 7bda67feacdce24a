# An uncaught user-defined exception: the type name is printed without the __main__ prefix.
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f'need {needed} more')
        self.needed = needed
def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount - balance)
    return balance - amount
print(withdraw(100, 30))
withdraw(100, 130)
