# array.array operations, reprs and error messages (CPython 3.12).
import array
import copy
import weakref


def t(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


# reprs
for code in array.typecodes:
    print(repr(array.array(code)), end=' ')
print()
print(array.array('i', [1, 2, 3]), array.array('f', [0.1, 2.5]), array.array('d', [0.1]))
print(array.array('u', 'héllo €'), array.array('B', b'AB'), array.array('Q', [2**64 - 1]))
print(str(array.array('b', [-1])), array.ArrayType is array.array, type(array.array('i')))

# value ranges and conversions
for code in 'bBhHiIlLqQ':
    for v in [-2**63 - 1, -2**31 - 1, -2**15 - 1, -129, -1, 128, 256, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, 1.5, 'x', True]:
        t(f'{code} {v!r:.12}', lambda: array.array(code, [v]))
for code in 'fdu':
    for v in [1, 1.5, 'x', 'xy', None, 10**400]:
        t(f'{code} {v!r:.12}', lambda: array.array(code, [v]))

# constructor
t('bad code', lambda: array.array('z'))
t('code int', lambda: array.array(1))
t('code str2', lambda: array.array('ab'))
t('str init', lambda: array.array('i', 'abc'))
t('bytes init', lambda: array.array('i', b'abcd'))
t('bytes len', lambda: array.array('i', b'abc'))
t('array init', lambda: array.array('d', array.array('i', [1, 2])))
t('array init 2', lambda: array.array('i', array.array('d', [1, 2])))
t('unicode array', lambda: array.array('i', array.array('u', 'ab')))
t('not iterable', lambda: array.array('i', 5))
t('3 args', lambda: array.array('i', [1], 3))
t('kwargs', lambda: array.array(typecode='i'))
t('generator', lambda: array.array('h', (x * x for x in range(5))))
t('range', lambda: array.array('l', range(-3, 3)))

# methods
a = array.array('i', [5, 1, 4, 1, 5, 9, 2, 6])
t('len', lambda: len(a))
t('count', lambda: a.count(1))
t('index', lambda: a.index(5))
t('index start', lambda: a.index(5, 1))
t('index stop', lambda: a.index(9, 0, 3))
t('index miss', lambda: a.index(7))
t('in', lambda: (4 in a, 7 in a, 4.0 in a, 'a' in a))
a.append(3)
a.insert(0, 100)
a.insert(-1, 200)
a.insert(1000, 300)
a.insert(-1000, 400)
print(a)
t('pop', lambda: a.pop())
t('pop 0', lambda: a.pop(0))
t('pop -2', lambda: a.pop(-2))
t('pop far', lambda: a.pop(100))
a.remove(1)
t('remove miss', lambda: a.remove(77))
print(a)
a.reverse()
print(a, a.tolist())
print(a.tobytes()[:8], a.itemsize, a.typecode)
a.byteswap()
print(a[:3])
a.byteswap()
t('empty pop', lambda: array.array('i').pop())
t('tounicode', lambda: array.array('u', 'abc').tounicode())
t('tounicode i', lambda: array.array('i', [1]).tounicode())
t('fromunicode i', lambda: array.array('i', [1]).fromunicode('x'))
u = array.array('u', 'ab')
u.fromunicode('cd')
u.extend('ef')
print(u, u.tounicode(), len(u))
t('frombytes odd', lambda: array.array('i', [1]).frombytes(b'abc'))
t('frombytes str', lambda: array.array('i', [1]).frombytes('abc'))
t('fromlist tuple', lambda: array.array('i', [1]).fromlist((1,)))
b = array.array('i', [1])
t('fromlist bad', lambda: b.fromlist([2, 'a']))
print('after failed fromlist', b)
t('extend kind', lambda: array.array('i', [1]).extend(array.array('d')))
t('extend int', lambda: array.array('i', [1]).extend(5))
c = array.array('H', [1, 2])
c.extend([3, 4])
c.extend(array.array('H', [5]))
c.frombytes(b'\x06\x00')
c.fromlist([7])
print(c)

# indexing and slicing
s = array.array('i', range(10))
t('item', lambda: (s[0], s[-1], s[3]))
t('item far', lambda: s[10])
t('item str', lambda: s['a'])
t('slices', lambda: (s[2:5], s[::-1], s[::3], s[8:2], s[-3:]))
s[2:5] = array.array('i', [7])
print(s)
s[1:1] = array.array('i', [11, 12, 13])
print(s)
s[::2] = array.array('i', [0] * len(s[::2]))
print(s)
t('ext slice size', lambda: s.__setitem__(slice(None, None, 2), array.array('i', [1])))
t('slice list', lambda: s.__setitem__(slice(0, 2), [1]))
t('slice kind', lambda: s.__setitem__(slice(0, 2), array.array('d', [1.0])))
s[:] = s
print(s)
del s[::3]
print(s)
del s[1:3]
print(s)
del s[0]
s[0] = 99
s[-1] = 5
print(s)
del s[::-2]
print(s)
t('set far', lambda: s.__setitem__(50, 1))
t('del far', lambda: s.__delitem__(50))
t('set bad', lambda: s.__setitem__(0, 2**40))

# operators
x = array.array('b', [1, 2])
y = array.array('b', [3])
print(x + y, x * 2, 2 * x, x * 0, x * -1)
t('+ kind', lambda: x + array.array('d', [1]))
t('+ list', lambda: x + [1])
t('* str', lambda: x * 'a')
z = array.array('b', [4])
z += x
z *= 2
print(z)
t('+= list', lambda: exec('z += [1]', {'z': z}))
print([v for v in z], list(reversed(z)), sum(z), max(z), sorted(z))
it = iter(z)
print(type(it).__name__, next(it), next(it), list(it), list(it))

# comparisons
p = array.array('i', [1, 2, 3])
print(p == array.array('i', [1, 2, 3]), p == array.array('d', [1.0, 2.0, 3.0]), p != array.array('i', [1, 2]))
print(p < array.array('i', [1, 2, 4]), p <= array.array('i', [1, 2]), p > array.array('i', [1, 2]), p >= p)
print(p == [1, 2, 3], array.array('i') == array.array('d'), bool(array.array('i')), bool(p))

# copies and weak references
q = copy.copy(p)
r = copy.deepcopy(p)
q.append(4)
print(p, q, r, q is p)
w = weakref.ref(p)
print(w() is p)
del p
print(w())

# files, the buffer interface of bytes(), subclasses, the collections.abc registration
import collections.abc
import io
f = io.BytesIO()
array.array('h', range(5)).tofile(f)
print(f.getvalue())
f.seek(0)
g = array.array('h')
g.fromfile(f, 3)
t('fromfile short', lambda: g.fromfile(f, 5))
print(g)
t('fromfile neg', lambda: g.fromfile(f, -1))
h = array.array('i', [1, 2])
print(bytes(h), bytearray(h), b'-'.join([h, h]))


class MyArr(array.array):
    def total(self):
        return sum(self)


m = MyArr('i', [1, 2, 3])
m.tag = 'x'
print(m, m.total(), m.tag, type(m[:1]).__name__, type(m + m).__name__, type(copy.copy(m)).__name__)
print(isinstance(h, collections.abc.MutableSequence), array.array.__module__, array.array.__name__)
print(sorted(n for n in dir(array.array) if not n.startswith('__')))
print(array.array[int], array.array[int].__origin__ is array.array)
