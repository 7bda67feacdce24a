# set_threshold(0) turns off automatic collection; gc.collect() still works
import gc
gc.collect()
old = gc.get_threshold()
found = []

class Canary:
    def __init__(self, tag):
        self.tag = tag
        self.me = self
    def __del__(self):
        found.append(self.tag)

gc.set_threshold(0)
print(gc.get_threshold())
Canary("t0")
junk = [[] for _ in range(5000)]
print("automatic with threshold 0:", found)
print(gc.collect() > 0, found)
gc.set_threshold(*old)
print(gc.get_threshold())
gc.disable()
Canary("disabled")
junk = [[] for _ in range(5000)]
print("while disabled:", found)
gc.collect()
print("explicit collect while disabled:", found)
gc.enable()
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError:", e)
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
