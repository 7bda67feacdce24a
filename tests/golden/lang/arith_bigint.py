# Arbitrary-precision integers. Long results are printed with '_' separators (the golden
# normaliser hides bare runs of 12+ digits, which look like ids), or summarised.
big = 10 ** 100
print(f'{big:_}')
print(len(str(big)), str(big)[:5], big % 997, big.bit_length())
q = 2 ** 200 // 3
print(f'{q:_}')
print(f'{2 ** 200:_}')
print(f'{-(2 ** 100) // 7:_}', f'{-(2 ** 100) % 7:_}')
print(f'{(2 ** 64) * (2 ** 64):_}', 2 ** 64 * 2 ** 64 == 2 ** 128)
f = 1
for i in range(1, 51):
    f *= i
print(f'{f:_}')
print(f % 1000003, f.bit_length(), len(str(f)))
print(f'{f // 10 ** 40:_}', f'{divmod(f, 10 ** 30)[1]:_}')
n = 12345678901234567890
print(f'{n * n:_}', f'{n - n * 2:_}', n > 2 ** 63, -n < -(2 ** 63))
print(2 ** 62 + 2 ** 62 == 2 ** 63, 2 ** 63 - 1 + 1 == 2 ** 63)
print(f'{int("9" * 30) + 1:_}')
print(f'{-(10 ** 20) // 3:_}', f'{(10 ** 20) // -3:_}', f'{-(10 ** 20) % 3}', f'{(10 ** 20) % -3}')
print(f'{pow(3, 100):_}', pow(3, 100, 10 ** 9 + 7))
print(f'{(1 << 100) >> 37:_}', f'{(1 << 100) | 1:_}', f'{~(1 << 70):_}')
print(format(2 ** 100, 'x'), format(2 ** 100, 'b').count('0'))
print(f'{abs(-(10 ** 30)):_}', (10 ** 30) // (10 ** 29), 10 ** 30 / 10 ** 29)
print(float(10 ** 30), float(2 ** 100), int(1e30) == 10 ** 30, f'{int(1e30):_}')
print(hash(10 ** 30) == hash(10 ** 30), 10 ** 20 == 10.0 ** 20)
print(f'{sum(range(10 ** 6)):_}', f'{sum(i * i for i in range(10 ** 4)):_}')
print(str(7 ** 77)[-8:], len(str(7 ** 77)))
