import sys
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._size = 0
        for v in reversed(list(iterable)):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head)
        self._size += 1
    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self._size -= 1
        return node.value
    def __len__(self):
        return self._size
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError(f"index {i} out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList(range(5))
print(ll, len(ll), ll[2], ll[-1], 3 in ll, list(reversed(list(ll))))
ll.reverse(); print(ll)
print(ll.pop(), ll.pop(), ll, ll == LinkedList([2, 1, 0]), ll != LinkedList())
n = Node(1)
print(sys.getsizeof(n), hasattr(n, "__dict__"), Node.value, type(Node.__dict__["next"]).__name__)
try:
    n.other = 3
except AttributeError as e:
    print(e)
big = LinkedList(range(1000))
print(len(big), sum(big), max(big), sorted(big, reverse=True)[:3])
while len(big) > 997:
    big.pop()
print(big[0], ll.__class__.__name__, LinkedList.__len__(ll))
empty = LinkedList()
print(bool(empty), bool(ll), repr(empty))
empty.pop()
