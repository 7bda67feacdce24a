class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

def total(node):
    s = 0
    while node:
        s += node.value
        node = node.next
    return s

head = Node(1, Node(2, Node("3")))
def report(n):
    return f"total={total(n)}"
print(report(Node(1, Node(2))))
print(report(head))
