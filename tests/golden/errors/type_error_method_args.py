# TypeError for a method: the message counts self.
class Greeter:
    def greet(self, name):
        return 'hi ' + name
g = Greeter()
print(g.greet('kim'))
print(g.greet('kim', 'lee'))
