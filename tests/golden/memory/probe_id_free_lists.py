a = 1.5
ida = id(a)
del a
b = 2.5 * 3
print('float reuse', id(b) == ida)
xs = [float(i) for i in range(5)]
ids = [id(x) for x in xs]
del xs
ys = [i + 0.5 for i in range(5)]
print('reused', sum(1 for y in ys if id(y) in ids))
t = (1, 2)
idt = id(t)
del t
u = tuple([3, 4])
print('tuple reuse', id(u) == idt)
l = [1]
idl = id(l)
del l
m = [2]
print('list reuse', id(m) == idl)
d = {'a': 1}
idd = id(d)
del d
e = {}
print('dict reuse', id(e) == idd)
class A: pass
class B: pass
a1 = A(); ia = id(a1); del a1
b1 = B()
print('other class reuse', id(b1) == ia)
s = 'x' * 30; ids_ = id(s); del s
s2 = 'y' * 30
print('str reuse', id(s2) == ids_)
s3 = 'z' * 300
print('bigger str same addr', id(s3) == ids_)
print(id(None) == id(None), id(1) == id(1), id('') == id(str()))
