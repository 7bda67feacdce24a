import sys
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
head = Node(0)
cur = head
for i in range(1, 5):
    cur.next = Node(i)
    cur = cur.next
print(sys.getrefcount(head), sys.getrefcount(cur), sys.getrefcount(head.next))
nodes = []
n = head
while n:
    nodes.append(n)
    n = n.next
print([sys.getrefcount(x) for x in nodes])
del nodes
print(sys.getrefcount(head.next.next))
m = head.next
print(sys.getrefcount(m))
for i, node in enumerate([head, m]):
    print(i, sys.getrefcount(node))
print(sys.getrefcount(Node))
print(sys.getrefcount(Node.__init__))
meth = head.__init__
print(sys.getrefcount(head), sys.getrefcount(meth))
del meth
print(sys.getrefcount(head))
import gc
print(len(gc.get_referrers(head)))
