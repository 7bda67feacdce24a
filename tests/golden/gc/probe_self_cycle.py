# A self-referencing object only goes away with gc.collect()
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("__del__", self.name)

gc.collect()
n = Node("solo")
print("refcount-ish: still alive after del?")
del n
print("before collect")
print("collected:", gc.collect())
lst = []
lst.append(lst)
del lst
print("list self cycle:", gc.collect())
d = {}
d["self"] = d
del d
print("dict self cycle:", gc.collect())
print("nothing left:", gc.collect())
