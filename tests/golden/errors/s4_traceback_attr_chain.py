class Node:
    def __init__(self, val, next=None):
        self.val = val
        self.next = next

head = Node(1, Node(2, Node(3)))
print(head.next.next.val)
total = 0
node = head
while node:
    total += node.val
    node = node.next
print(total)
print(head.next.next.next.val)
