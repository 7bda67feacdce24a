# Traced bytes of one new int made in different ways: PyLong_FromLong (32-byte medium ints) vs
# PyLong_FromSsize_t / _PyLong_New (24 + 4 per digit: 28), and the digits x_add / x_sub allocate.
import tracemalloc, sys
L = [None] * 100
big = list(range(1000))
s1000 = 'x' * 1000
d = dict.fromkeys(range(500))
x = 1000; y = 3000; z = 10**10; h = 2**40
tracemalloc.start()
i = 0
def m(name, f):
    global i
    i += 1
    b = tracemalloc.get_traced_memory()[0]
    L[i] = f()
    a = tracemalloc.get_traced_memory()[0]
    print(name, a - b, sys.getsizeof(L[i]))
m('warm', lambda: x + y)
m('add', lambda: x + y)
m('sub', lambda: y - x)
m('mul', lambda: x * y)
m('neg', lambda: -x)
m('floordiv', lambda: y // 7)
m('mod', lambda: 123457 % 100000)
m('pow', lambda: x ** 2)
m('lshift', lambda: x << 3)
m('and', lambda: 0xfffff & y)
m('len', lambda: len(big))
m('len str', lambda: len(s1000))
m('len dict', lambda: len(d))
m('int(str)', lambda: int('12345'))
m('int(float)', lambda: int(12345.6))
m('hash', lambda: hash('abc') & 0)
m('id', lambda: id(L))
m('big add->small', lambda: z - (z - 1000))
m('big add', lambda: z + z)
m('2digit sub to 1', lambda: h - (h - 5000))
m('sum', lambda: sum(big))
m('abs', lambda: abs(-x))
m('round', lambda: round(1234.5))
m('ord', lambda: ord('가'))
m('index', lambda: big.index(999))
m('count', lambda: s1000.count('x'))
m('str.find', lambda: (s1000 + 'y').find('y'))
m('range item', lambda: range(10000)[5000])
m('next range', lambda: next(iter(range(5000, 6000))))
m('enumerate', lambda: next(enumerate(big, 5000))[0])
m('float add', lambda: 1.5 + 2.5)
m('bool int', lambda: True + 1000)
m('max', lambda: max(1000, 2000))
m('divmod', lambda: divmod(123456, 7)[0])
m('int.from_bytes', lambda: int.from_bytes(b'\x10\x27', 'little'))
m('bit_length', lambda: (2**300).bit_length())
m('sys.getsizeof', lambda: sys.getsizeof(big))
m('sum small', lambda: sum([300, 400]))
