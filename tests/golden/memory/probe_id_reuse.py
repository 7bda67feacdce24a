# id() reuse after del, and objects in the same size class
a = [1, 2, 3]
ida = id(a)
del a
b = [4, 5, 6]
print('list reuse', id(b) == ida)
class P:
    pass
p = P()
idp = id(p)
del p
q = P()
print('instance reuse', id(q) == idp)
x = 10**6
idx = id(x)
del x
y = int('1000001')
print('int reuse', id(y) == idx)
print('temporaries', id([1]) == id([2]), id(P()) == id(P()), id(object()) == id(object()))
print('str temp', id('a' * 50) == id('b' * 50))
print('float temp', id(1.5 * 2) == id(2.5 * 2))
ids = set()
for i in range(10):
    o = P()
    ids.add(id(o))
print('loop distinct ids', len(ids))
objs = [P() for _ in range(5)]
addrs = [id(o) for o in objs]
del objs[2]
n = P()
print('reuse freed middle', id(n) == addrs[2])
