x = 10**6 + 1
print(int(x) is x, +x is x, abs(x) is x, x.real is x, x.numerator is x, x.conjugate() is x, x.__index__() is x, operator_index := None)
import operator
print(operator.index(x) is x, x.__int__() is x, round(x) is x, x.__trunc__() is x, x.__floor__() is x, x.__ceil__() is x, (x // 1) is x, (x * 1) is x, (x + 0) is x, -(-x) is x, x.__pos__() is x)
b = True
print(int(b) is 1, abs(-x) == x)
class I(int): pass
i = I(5000)
print(type(int(i)), int(i) is i, type(+i), type(abs(i)))
import tracemalloc
tracemalloc.start()
def m(f):
    b = tracemalloc.get_traced_memory()[0]
    r = f()
    print(tracemalloc.get_traced_memory()[0] - b, end=' ')
    return r
rs = [m(lambda: int(i)), m(lambda: +i), m(lambda: abs(i)), m(lambda: int('123456789012345678901234567890')), m(lambda: int('0x' + 'f'*20, 16)), m(lambda: int('ff'*10, 16)), m(lambda: int('1'*40)), m(lambda: int('-1000000')), m(lambda: int('  1_000_000 ')), m(lambda: int(b'99999')), m(lambda: int('0b' + '1'*61, 0)), m(lambda: int('z'*10, 36)), m(lambda: int.from_bytes(b'\xff'*9, 'big')), m(lambda: int.from_bytes(b'\x00\x00\x00\x01\x02', 'big')), m(lambda: int.from_bytes(b'\xff\xfe', 'big', signed=True)), m(lambda: int.from_bytes(b'\xff\xff\xff\xff\x00', 'little', signed=True))]
print()
big = 2**100
rs += [m(lambda: big + 1), m(lambda: big - 1), m(lambda: big * 3), m(lambda: big * big), m(lambda: -big), m(lambda: big - big), m(lambda: big + (-big + 5)), m(lambda: 3 - big), m(lambda: big // 7), m(lambda: big % 1000), m(lambda: big >> 3), m(lambda: big << 3), m(lambda: big & 0xffff), m(lambda: big | 1), m(lambda: big ^ 1), m(lambda: ~big), m(lambda: abs(-big)), m(lambda: big ** 2), m(lambda: pow(big, 2, 10**9+7)), m(lambda: divmod(big, 10**9))]
print()
rs += [m(lambda: 2**40 + 2**40), m(lambda: 2**40 * 2), m(lambda: 2**29 + 2**29), m(lambda: 2**31 * 2**31), m(lambda: (2**30) * 5), m(lambda: 10**12 // 10), m(lambda: 10**12 % 10**7), m(lambda: (10**12) >> 1), m(lambda: (10**6) << 20)]
print()
