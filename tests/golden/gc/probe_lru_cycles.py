# A doubly linked list (LRU-style) builds cycles between neighbours
import gc
gc.collect()

class DNode:
    __slots__ = ("key", "prev", "next")
    def __init__(self, key):
        self.key = key
        self.prev = self.next = None

class DList:
    def __init__(self):
        self.head = DNode(None)
        self.head.prev = self.head.next = self.head
    def push(self, key):
        n = DNode(key)
        n.prev, n.next = self.head.prev, self.head
        self.head.prev.next = n
        self.head.prev = n
    def keys(self):
        out, n = [], self.head.next
        while n is not self.head:
            out.append(n.key)
            n = n.next
        return out

d = DList()
for k in "abcde":
    d.push(k)
print(d.keys())
del d
print("collected:", gc.collect())
d = DList()
for k in range(50):
    d.push(k)
d = None
print("collected:", gc.collect())
