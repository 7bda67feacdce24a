# sys.getsizeof of scalar objects on 64-bit CPython 3.12.
import sys
for v in [0, 1, -1, 255, 2 ** 30 - 1, 2 ** 30, 2 ** 60 - 1, 2 ** 60, 2 ** 90, -(2 ** 64), 10 ** 100]:
    print('int', v.bit_length(), sys.getsizeof(v))
print('bool', sys.getsizeof(True), sys.getsizeof(False))
print('float', sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float('nan')))
print('complex', sys.getsizeof(1j))
print('None', sys.getsizeof(None), 'Ellipsis', sys.getsizeof(...), 'NotImplemented', sys.getsizeof(NotImplemented))
for s in ['', 'a', 'ab', 'abc' * 10, 'é', 'café', 'ÿ' * 5, '한', '한글', '한글' * 10, '🐍', 'a🐍', 'Ā']:
    print('str', repr(s[:6]), len(s), sys.getsizeof(s))
print('str grows by 1 per ASCII char:', [sys.getsizeof('x' * n) for n in range(6)])
print('str grows by 2 per UCS-2 char:', [sys.getsizeof('가' * n) for n in range(1, 5)])
print('str grows by 4 per UCS-4 char:', [sys.getsizeof('🐍' * n) for n in range(1, 5)])
for b in [b'', b'a', b'abc', bytes(100)]:
    print('bytes', len(b), sys.getsizeof(b))
print('bytearray', sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b'abc')))
print('type objects', sys.getsizeof(int) > 400, sys.getsizeof(object()))
x = 12345
print('same value, same size:', sys.getsizeof(x) == sys.getsizeof(54321))
print('int digits are 30 bits:', [sys.getsizeof(2 ** (30 * k)) for k in range(5)])
