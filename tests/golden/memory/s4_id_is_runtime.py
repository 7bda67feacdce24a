import sys
a = "hello"
b = "hel" + "lo"
c = "".join(["hel", "lo"])
d = sys.intern(c)
print(a is b, a is c, a is d, a == c)
s1 = "hello world"
s2 = "hello world"
print(s1 is s2)
w = input if False else None
n1 = "x" * 3
n2 = "xxx"
print(n1 is n2)
k = "abc"
print(k[0] is "abc"[0], k[:1] is "a", k[1:] is "bc")
print(chr(97) is "a", str(5) is "5", "é"[0] is "é")
e = []
f = []
print(e is f, id(e) == id(f))
print(id([]) == id([]))
x = object()
xid = id(x)
del x
y = object()
print(id(y) == xid)
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2, () is (), tuple() is ())
fr = frozenset()
print(fr is frozenset(), "" is str(), b"" is bytes())
print(None is None, type(None)() is None)
u = 1000
v = 999 + 1
print(u is v, u == v)
