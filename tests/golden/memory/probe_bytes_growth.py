import sys
ba = bytearray()
prev = sys.getsizeof(ba)
print('empty', prev)
for i in range(300):
    ba.append(i % 256)
    s = sys.getsizeof(ba)
    if s != prev:
        print('append', len(ba), s)
        prev = s
ba2 = bytearray(b'x' * 100)
print('from bytes 100', sys.getsizeof(ba2))
ba2.extend(b'y' * 50)
print('extend 50', sys.getsizeof(ba2))
ba2 += b'z' * 10
print('+= 10', sys.getsizeof(ba2))
del ba2[:120]
print('del 120', sys.getsizeof(ba2), len(ba2))
ba2.clear()
print('clear', sys.getsizeof(ba2))
for n in (0, 1, 10, 100, 1000):
    print('bytes', n, sys.getsizeof(bytes(n)), sys.getsizeof(b'a' * n), sys.getsizeof(bytearray(n)))
print('encode', sys.getsizeof('héllo'.encode('utf-8')), sys.getsizeof('héllo'.encode('latin-1')))
print('bytes.join', sys.getsizeof(b','.join([b'ab'] * 10)))
mv = memoryview(b'abcdef')
print('memoryview', sys.getsizeof(mv), sys.getsizeof(mv[1:3]))
print('bytes iter', sys.getsizeof(iter(b'abc')), 'bytearray iter', sys.getsizeof(iter(bytearray(b'abc'))))
print('hex', sys.getsizeof(b'abc'.hex()), sys.getsizeof(bytes.fromhex('616263')))
