# array.array memory: a 64-byte GC object (getsizeof adds the 16-byte GC head) plus an item
# buffer of allocated * itemsize bytes, grown by array_resize's mild over-allocation.
import array
import gc
import sys

print(array.typecodes)
for code in array.typecodes:
    a = array.array(code)
    print(code, a.itemsize, sys.getsizeof(a), a.__sizeof__(), a.buffer_info()[1])

a = array.array('i')
print('tracked:', gc.is_tracked(a))
sizes = []
for i in range(70):
    a.append(i)
    sizes.append(sys.getsizeof(a))
print('append growth:', sizes)

# exact allocation from a list / tuple / bytes / another array / a str
print(sys.getsizeof(array.array('i', [1, 2, 3])), sys.getsizeof(array.array('d', (1.0, 2.0))))
print(sys.getsizeof(array.array('B', b'abcdefgh')), sys.getsizeof(array.array('h', array.array('h', range(5)))))
print(sys.getsizeof(array.array('u', 'hello')), sys.getsizeof(array.array('q', range(10))))

# compared with a list of the same ints
n = 1000
lst = list(range(n))
arr = array.array('i', range(n))
print('list', sys.getsizeof(lst), 'array', sys.getsizeof(arr))
print('list+ints', sys.getsizeof(lst) + sum(sys.getsizeof(x) for x in lst))

# shrinking: only when the size drops by 16 or more below the allocation
b = array.array('l', range(100))
print(sys.getsizeof(b))
for k in (1, 5, 15, 16, 40):
    c = array.array('l', range(100))
    del c[:k]
    print('del', k, len(c), sys.getsizeof(c))
while len(b) > 50:
    b.pop()
print('popped to', len(b), sys.getsizeof(b))
del b[:]
print('emptied', sys.getsizeof(b), b.buffer_info()[1])

# concatenation, repetition and slices allocate exactly
x = array.array('i', range(10))
print(sys.getsizeof(x + x), sys.getsizeof(x * 3), sys.getsizeof(x[2:7]), sys.getsizeof(x[::3]))
x += x
print('+=', sys.getsizeof(x))
x *= 3
print('*=', sys.getsizeof(x))
x.extend(range(10))
print('extend', len(x), sys.getsizeof(x))
x.frombytes(bytes(40))
print('frombytes', len(x), sys.getsizeof(x))
x.fromlist(list(range(7)))
print('fromlist', len(x), sys.getsizeof(x))

# buffer_info: the address moves only when the buffer is reallocated
y = array.array('d', [0.0] * 4)
addr, count = y.buffer_info()
y.append(1.0)
print('moved after append to 5:', y.buffer_info()[0] != addr, y.buffer_info()[1])
addr = y.buffer_info()[0]
y[0] = 2.5
print('moved after item set:', y.buffer_info()[0] != addr)
print(array.array('i').buffer_info())
