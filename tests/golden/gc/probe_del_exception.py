# Exceptions raised inside __del__ are printed and ignored
import gc

class Broken:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        raise RuntimeError("cannot clean up " + self.name)

b = Broken("x")
del b
print("program continues")

class Bad2:
    def __del__(self):
        return 1 / 0
Bad2()
print("after temporary")

c = Broken("cyc")
c.me = c
del c
print("collect ->", gc.collect())
print("end")
