# __del__ order at interpreter exit, exceptions in __del__, resurrection
import gc


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Broken:
    def __del__(self):
        raise ValueError("broken __del__")


x = Broken()
del x
print("after broken")

y = Broken()
y.me = y
del y
print("collect", gc.collect())

keep = []


class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        keep.append(self)


p = Phoenix()
p.me = p
del p
print("collect", gc.collect(), len(keep))
keep.clear()
print("collect", gc.collect())

first = Loud("first")
second = Loud("second")
container = [Loud("in list 1"), Loud("in list 2")]
cyc = Loud("cycle")
cyc.me = cyc
print("end")
