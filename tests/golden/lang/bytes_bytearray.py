# bytes and bytearray.
b = b'hello'
print(b, b[0], b[1:3], b[::-1], len(b), b + b' world', b * 2, b'ell' in b, 104 in b)
print(list(b), bytes([65, 66, 67]), bytes(3), bytes(range(5)), b.upper(), b.split(b'l'))
print(b.hex(), bytes.fromhex('48656c6c6f'), b.hex(' '), b'\x00\xff'.hex(), b.find(b'l'), b.count(b'l'))
print(b.decode(), b.replace(b'l', b'L'), b.startswith(b'he'), b'a,b'.split(b','), b' x '.strip())
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
ba.extend(b'ef')
ba += b'!'
print(ba, len(ba), bytes(ba), ba.pop(), ba)
del ba[1]
ba[0:2] = b'XYZ'
print(ba, ba.decode(), bytearray(3), bytearray('한', 'utf-8'))
try:
    b[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
print(b'abc' == bytearray(b'abc'), b'a' < b'b', type(b[0]).__name__, type(b[0:1]).__name__)
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'), (1024).to_bytes(2, 'big'), (258).to_bytes(2, 'little'))
print(int.from_bytes(b'\xff', 'big', signed=True), (-1).to_bytes(2, 'big', signed=True))
print(repr(b'\x7f\x80'), repr(bytes([9, 10, 13, 39, 92])), memoryview(b'abc')[1], bytes(memoryview(b'xyz')[1:]))
print(b'%d-%s' % (1, b'x'), b'abc'.center(7, b'*'), b'  pad'.lstrip(), b'x'.join([b'1', b'2']))
