# Parent pointers: strong vs weak
import gc, weakref
gc.collect()

class StrongNode:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

class WeakNode:
    def __init__(self, parent=None):
        self._parent = weakref.ref(parent) if parent is not None else None
        self.children = []
        if parent is not None:
            parent.children.append(self)
    @property
    def parent(self):
        return self._parent() if self._parent else None

root = StrongNode()
for _ in range(3):
    StrongNode(root)
del root
print("strong tree needs gc:", gc.collect())

root = WeakNode()
kids = [WeakNode(root) for _ in range(3)]
print(kids[0].parent is root)
del root
print("weak tree:", gc.collect())
print(kids[0].parent)
