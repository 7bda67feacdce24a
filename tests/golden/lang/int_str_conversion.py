# Conversions between ints, strings, and other bases.
print(int('42'), int('-17'), int('+8'), int('0042'), int('1_000'), int(' \t7\n'))
print(int('ff', 16), int('FF', 16), int('777', 8), int('1010', 2), int('z', 36), int('0x1A', 16), int('0b11', 0), int('0o17', 0), int('42', 0))
print(str(42), str(-0), repr(42), format(42), f'{42}', '%d' % 42, str(10 ** 5))
print(bin(10), oct(10), format(10, 'b'), format(10, 'o'), format(10, 'x'), format(10, '#b'), format(10, '08b'))
print(int(bin(37), 2), int(oct(37), 8), int(format(37, 'x'), 16), int(str(-37)))
print(float('1.5'), float('-0'), float('1e3'), float('inf'), float('-iNF'), float('nan'), float('  .5  '))
print(int(float('1e3')), int('3') + int('4'), str(3) + str(4), '3' * 3, int('3' * 3))
print(ord('0'), chr(ord('0') + 5), [int(d) for d in '2024'], sum(int(d) for d in str(2 ** 15)))
print(''.join(str(d) for d in [1, 2, 3]), int(''.join(['4', '5'])), list(map(int, '1 2 3'.split())))
for text in ['12', '1.2', 'x', '', '١٢٣', '٣']:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), 'ValueError:', e)
try:
    int('12', 1)
except ValueError as e:
    print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
try:
    int(12, 10)
except TypeError as e:
    print('TypeError:', e)
print(int(3.7), int(-3.7), int(1e10), round(3.7), round(-3.7), int(True), float(False))
print((255).to_bytes(1, 'big'), int.from_bytes(b'\x00\xff', 'big'), (65).to_bytes(2, 'little'))
print(str(1.0), str(1e-10), str(123.456), str(1 / 3), repr(0.1), str(2 ** 0.5))
print('%.3f' % 2.0, '{:.1e}'.format(12345), f'{1234:,}', f'{0.5:%}', str(100000.0), str(1e5), str(123e4))
print(bool('0'), bool(0), int(bool('x')), float(int('7')), complex('3+4j').imag)
