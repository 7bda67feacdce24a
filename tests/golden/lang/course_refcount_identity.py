import sys
a = []
print(sys.getrefcount(a))
b = [a, a]
print(sys.getrefcount(a))
d = {"k": a}
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a))
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
n = Node(1)
print(sys.getrefcount(n), sys.getrefcount(n.v))
n2 = Node(a)
print(sys.getrefcount(a))
x = 256; y = 256
print(x is y, int("257") is int("257"), "abc" is "abc" if False else True)
s1 = "hello"; s2 = "hel" + "lo"
print(s1 is s2, s1 == s2)
s3 = "".join(["hel", "lo"])
print(s1 is s3, s1 == s3, sys.intern(s3) is s1)
t1 = (1, 2); t2 = (1, 2)
print(t1 == t2)
print(None is None, type(None), id(None) == id(None))
lst = [1, 2, 3]
cp = lst[:]
print(cp == lst, cp is lst, lst.copy() is lst)
print(sys.getrefcount(None) > 1000, sys.getrefcount(1) > 100)
print(sys.getsizeof([]), sys.getsizeof([1, 2, 3]), sys.getsizeof({}), sys.getsizeof(()), sys.getsizeof(""), sys.getsizeof("abc"), sys.getsizeof(1), sys.getsizeof(2**100), sys.getsizeof(1.0))
print(sys.getsizeof(n), sys.getsizeof(n.__dict__), sys.getsizeof(set()), sys.getsizeof(frozenset([1])))
m = [[0] * 3] * 2
m[0][0] = 9
print(m, m[0] is m[1])
g = [[0] * 3 for _ in range(2)]
g[0][0] = 9
print(g)
def default_trap(x, acc=[]):
    acc.append(x)
    return acc
print(default_trap(1), default_trap(2), default_trap.__defaults__)
import copy
orig = {"a": [1, 2], "b": {"c": [3]}}
sh = copy.copy(orig); dp = copy.deepcopy(orig)
orig["a"].append(99)
print(sh["a"], dp["a"], sh["b"] is orig["b"], dp["b"] is orig["b"])
print(sys.getrefcount(orig["a"]))
