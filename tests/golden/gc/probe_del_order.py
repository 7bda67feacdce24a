# When does __del__ run: refcount zero vs collection, and in which order
import gc
gc.collect()

class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

print("-- del statement")
r = Res("a")
del r
print("-- rebinding")
r = Res("b")
r = Res("c")
print("-- function scope")
def use():
    tmp = Res("d")
    print("using", tmp.name)
use()
print("-- list of resources")
items = [Res("e"), Res("f"), Res("g")]
del items
print("-- dict of resources")
m = {"x": Res("h"), "y": Res("i")}
m.clear()
print("-- cycle")
p = Res("j"); q = Res("k"); p.q = q; q.p = p
del p, q
print("collect ->", gc.collect())
print("-- three ring")
a, b, c = Res("l"), Res("m"), Res("n")
a.n = b; b.n = c; c.n = a
del a, b, c
print("collect ->", gc.collect())
print("end")
