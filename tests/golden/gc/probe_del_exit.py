# __del__ at interpreter exit: module globals are finalized
import gc

class Tracker:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("bye", self.name)

a = Tracker("global a")
b = Tracker("global b")
lst = [Tracker("in list 1"), Tracker("in list 2")]
c = Tracker("cycle c")
c.me = c
print("end of script")
