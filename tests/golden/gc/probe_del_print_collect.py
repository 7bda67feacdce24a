# __del__ methods printing during an automatic collection
import gc
gc.collect()
log = []

class Node:
    def __init__(self, i):
        self.i = i
        self.other = None
    def __del__(self):
        log.append(self.i)

for i in range(5):
    a = Node(2 * i); b = Node(2 * i + 1)
    a.other = b; b.other = a
del a, b
print("before collect", log)
n = gc.collect()
print("collected", n)
print(sorted(log))
print(len(log))
