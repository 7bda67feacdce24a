# repr of nested and self-referencing containers, and of built-in objects.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {'k': 1}
d['self'] = d
print(d)
b = [a, a]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
t = ([],)
t[0].append(t)
print(t)
s = {'set': [1]}
print(s, [[[[]]]], ((((),),),), {'a': {'b': {'c': {}}}})
print(repr([None, True, 1.5, 'q', b'b', (1,), [], {}, set(), frozenset(), range(2), ...]))
print(repr({1: [2, {3: (4,)}]}), repr((1, 'two', [3.0])))
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return f'Node({self.v}, {self.children})'
root = Node(1)
root.children.append(Node(2))
root.children[0].children.append(Node(3))
print(root)
class Loop:
    def __repr__(self):
        return f'Loop({self.other!r})'
l1 = Loop()
l1.other = [l1]
print(repr(l1))
class Deep:
    def __repr__(self):
        return f'Deep({self!r})'
try:
    repr(Deep())
except RecursionError as e:
    print('RecursionError:', e)
import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100))
print(str([1, 'a']), str(('a',)), str({'a': 'b'}), str(['한글']), repr('한글'))
print([print], repr(len), repr(int.__add__)[:33], repr(str.upper)[:30])
print(repr(type(None)), repr(NotImplemented), repr(Ellipsis), repr(object)[:14], repr(__builtins__)[:20])
