# List over-allocation: getsizeof while appending, extending, and removing.
import sys
lst = []
sizes = []
last = None
for i in range(100):
    s = sys.getsizeof(lst)
    if s != last:
        sizes.append((len(lst), s, (s - 56) // 8))
        last = s
    lst.append(i)
print('len, bytes, capacity when the size changes:')
for entry in sizes:
    print(' ', entry)
lst = []
lst.extend(range(10))
print('extend 10 into empty:', sys.getsizeof(lst))
lst = list(range(10))
print('list(range(10)):', sys.getsizeof(lst))
lst = [0] * 10
print('[0] * 10:', sys.getsizeof(lst))
lst = [i for i in range(10)]
print('comprehension of 10:', sys.getsizeof(lst))
for n in (1, 2, 3, 4, 5, 8, 9, 17):
    print(f'literal of {n}:', sys.getsizeof(eval(repr(list(range(n))))))
big = list(range(1000))
print('1000 items:', sys.getsizeof(big))
while len(big) > 10:
    big.pop()
print('popped down to 10:', sys.getsizeof(big))
big.clear()
print('cleared:', sys.getsizeof(big))
big[:] = range(5)
print('slice-assigned 5:', sys.getsizeof(big))
a = [1, 2, 3]
b = a + [4]
c = a * 2
print('a + [4]:', sys.getsizeof(b), 'a * 2:', sys.getsizeof(c), 'a[:]:', sys.getsizeof(a[:]), 'a.copy():', sys.getsizeof(a.copy()))
t = []
t.append(1); t.append(2)
u = t[:]
print(sys.getsizeof(t), sys.getsizeof(u))
