# AttributeError with a "Did you mean" suggestion for an instance attribute.
class User:
    def __init__(self, email):
        self.email = email
u = User('kim@example.com')
print(u.email)
print(u.emial)
