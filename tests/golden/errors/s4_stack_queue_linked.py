class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError('pop from empty stack')
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __bool__(self):
        return bool(self._items)
    def __repr__(self):
        return f'Stack({self._items})'

def balanced(expr):
    pairs = {')': '(', ']': '[', '}': '{'}
    s = Stack()
    for ch in expr:
        if ch in '([{':
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return not s

for e in ['(a[b]{c})', '(]', '((', '', '{[()()]}']:
    print(repr(e), balanced(e))

def rpn(tokens):
    s = Stack()
    ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b, '/': lambda a, b: a / b}
    for t in tokens.split():
        if t in ops:
            b, a = s.pop(), s.pop()
            s.push(ops[t](a, b))
        else:
            s.push(float(t) if '.' in t else int(t))
    return s.pop()
print(rpn('3 4 + 2 *'), rpn('10 4 /'), rpn('2.5 2 *'))
try:
    rpn('1 +')
except IndexError as e:
    print('error:', e)

class Node:
    __slots__ = ('val', 'next')
    def __init__(self, val, next=None):
        self.val, self.next = val, next

class LinkedList:
    def __init__(self, it=()):
        self.head = None
        self.size = 0
        for x in reversed(list(it)):
            self.push_front(x)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return ' -> '.join(map(str, self)) or 'empty'
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError('LinkedList index out of range')

ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], list(ll), 3 in ll, sum(ll))
ll.reverse()
print(ll, LinkedList())
try:
    ll[10]
except IndexError as e:
    print(e)
from collections import deque
q = deque()
for job in ['a', 'b', 'c']:
    q.append(job)
while q:
    print('processing', q.popleft(), 'remaining', len(q))
st = Stack()
st.push(1)
print(st, st.peek(), len(st), st.pop(), st.peek(), bool(st))
st.pop()
