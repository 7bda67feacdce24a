class P:
    """doc"""
    cls_attr = 1
    def __init__(self):
        self.x = 1
    def m(self): pass
    @property
    def p(self): return 1
class Q(P):
    __slots__ = ("s",)
print(dir(P()))
print([a for a in dir(Q) if not a.startswith("__")], len(dir(object())), dir(object()) == sorted(object.__dir__(object())))
print(dir(int)[-8:], len(dir(str)), len(dir(list)), len(dir(dict)))
import math, sys
print([n for n in dir(math) if not n.startswith("_")][:10], "getsizeof" in dir(sys))
print(sorted(vars(P()).items()), P.__dict__["cls_attr"], type(P.__dict__).__name__)
print(len(dir(P)), len(dir(Q)), len(dir(3)), len(dir([])), len(dir(None)))
