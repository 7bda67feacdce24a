# sys.getsizeof / __sizeof__ of ints, floats and strs made in different ways.
import sys
S = sys.getsizeof
for v in [0, 1, 256, 257, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 10 ** 100, -1, -(2 ** 30), -(10 ** 50)]:
    print('int', v.bit_length(), S(v), v.__sizeof__())
x = 1000
print('arithmetic', S(x + 1), S(x * x), S(x * x * x * x), S(-x), S(x // 3), S(x ** 10), S(x << 40), S(2 ** 64 - 2 ** 64 + 5))
print('from functions', S(len('a' * 300)), S(int('123456789012')), S(abs(-x)), S(round(2.5e10)), S(sum(range(100))), S(hash('abc') * 0))
print('bool', S(True), True.__sizeof__(), S(False), False.__sizeof__())
print('float', S(1.5), (1.5).__sizeof__(), S(1e308 * 10), S(x / 3), S(float('7')))
print('complex', S(1 + 2j), S(complex(3, 4)))
for s in ['', 'a', 'abc', 'é', 'ÿÿ', 'Ā', '한', '한국어', '🐍', 'a' * 100, '가' * 100, '🐍' * 100]:
    print('str', len(s), S(s), s.__sizeof__())
a = 'hello'
b = '세계'
print('concat', S(a + a), S(a + b), S(b + b), S(a + '🐍'))
print('slice', S(a[1:3]), S(b[:1]), S(a[::2]), S((a + b)[:5]), S((a + '🐍')[:5]))
print('join', S(''.join([a, a])), S('-'.join([a, b])), S(' '.join(['x'] * 50)))
print('format', S(f'{a}{x}'), S('%s=%d' % (a, x)), S('{}:{}'.format(a, b)), S(str(x)), S(repr(a)), S(str(1.5)))
print('methods', S(a.upper()), S(b.upper()), S(a.replace('l', 'L')), S(a * 3), S(b * 3), S(a.strip()), S(' x '.strip()))
print('chr', S(chr(65)), S(chr(200)), S(chr(0xAC00)), S(chr(0x1F40D)))
print('encode/decode', S(b.encode()), S(b.encode().decode()), S('é'.encode('latin-1')))
for bb in [b'', b'a', b'abc' * 10, bytes(1000), bytes([1, 2, 3])]:
    print('bytes', len(bb), S(bb), bb.__sizeof__())
ba = bytearray()
sizes = [S(ba)]
for i in range(40):
    ba.append(i)
    sizes.append(S(ba))
print('bytearray append', sizes)
print('bytearray ctor', S(bytearray(10)), S(bytearray(b'abc')), S(bytearray(range(20))), S(bytearray(b'x' * 100)))
ba2 = bytearray(b'12345')
ba2.extend(b'67890' * 3)
print('bytearray extend', S(ba2), len(ba2))
ba2 += b'!' * 50
print('bytearray +=', S(ba2), len(ba2))
del ba2[:60]
print('bytearray del', S(ba2), len(ba2))
