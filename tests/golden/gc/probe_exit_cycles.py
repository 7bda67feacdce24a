# What happens to objects in cycles when the program ends
import gc
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Noisy("a"); b = Noisy("b")
a.partner = b; b.partner = a
del a, b
solo = Noisy("global")
holder = {"x": Noisy("in dict")}
ring = [Noisy("r1"), Noisy("r2")]
ring.append(ring)
def f():
    pass
f.attached = Noisy("function attr")
print("exiting")
