import copy
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].val = 99
tree.children.append(Node(5))
print(tree)
print(shallow)
print(deep)
print(shallow.children is tree.children, deep.children is tree.children)
a = [1, 2]
b = [a, a]
c = copy.deepcopy(b)
print(c, c[0] is c[1], c[0] is a)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc, cc[1] is cc, cc is cyc)
class Custom:
    def __init__(self, data):
        self.data = data
        self.cache = {"x": 1}
    def __copy__(self):
        print("custom copy")
        new = Custom(self.data)
        return new
    def __deepcopy__(self, memo):
        print("custom deepcopy", len(memo))
        new = Custom(copy.deepcopy(self.data, memo))
        new.cache = {}
        return new
x = Custom([1, [2]])
y = copy.copy(x); z = copy.deepcopy(x)
print(y.data is x.data, z.data == x.data, z.data is x.data, z.cache)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is (1, 2) or True)
d = {"k": [1], "s": {1, 2}, "f": frozenset([3])}
dc = copy.deepcopy(d)
print(dc, dc["k"] is d["k"], dc["f"] is d["f"])
import sys
lst = [[0] * 2 for _ in range(2)]
print(sys.getrefcount(lst[0]), sys.getsizeof(lst), sys.getsizeof(copy.copy(lst)))
print(dc["missing"])
