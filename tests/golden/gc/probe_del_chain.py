# Destruction cascades: freeing one object frees everything it alone referenced
class Part:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def __del__(self):
        print("free", self.name)

chain = Part("outer", Part("middle", Part("inner")))
print("drop the chain")
chain = None
print("-- list order")
parts = [Part(str(i)) for i in range(4)]
parts = None
print("-- dict order")
table = {k: Part(k) for k in "abc"}
del table
print("-- tuple order")
t = (Part("t0"), Part("t1"))
del t
print("-- nested containers")
nest = [[Part("n0")], {"k": Part("n1")}, (Part("n2"),)]
del nest
print("end")
