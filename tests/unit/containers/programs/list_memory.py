import sys
l = []
sizes = []
for i in range(30):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
print(sys.getsizeof(list(range(7))), sys.getsizeof([0] * 7), sys.getsizeof([x for x in range(7)]))
a = [1, 2, 3]
a *= 4
print(sys.getsizeof(a), len(a))
del a[::3]
print(sys.getsizeof(a), a)
a[1:3] = 'abcdef'
print(sys.getsizeof(a), a)
print(sys.getsizeof((1, 2, 3)), sys.getsizeof(()))
