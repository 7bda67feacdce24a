# Looking at who refers to what
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

root = Node("root")
child = Node("child")
root.children.append(child)

refs = gc.get_referrers(child)
print(len(refs), [type(r).__name__ for r in refs])
print(refs[0] is root.children)
lst = [1, "two", (3,), child]
print([type(x).__name__ for x in gc.get_referents(lst)])
d = {"a": [], "b": 2}
print(sorted(type(x).__name__ for x in gc.get_referents(d)))
print(gc.get_referents(1, "s"))
t = (child, child)
print(len(gc.get_referents(t)))
print([type(x).__name__ for x in gc.get_referents(root)])
print(len([r for r in gc.get_referrers(root.children) if r is not None]))


