# The order of __del__ calls at interpreter exit for plain globals
import gc

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("release", self.name)

first = Res("first")
second = Res("second")
third = Res("third")
_private = Res("_private")
shared = Res("shared")
alias = shared
registry = [Res("in registry")]
second = None
print("main done")
