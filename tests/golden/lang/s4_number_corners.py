print(divmod(7, -2), divmod(-7, 2), divmod(-7, -2), -7 // 2, -7 % 2, 7 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1234, -2), round(1250, -2))
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan is nan, [nan] == [nan], float('inf') > 1e308)
print(int('0x1f', 16), int('1f', 16), int('0b101', 0), int('0o17', 0), int(' 42 '), int('1_000'))
try:
    int('0x1f')
except ValueError as e:
    print(e)
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (12).bit_count())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), int.from_bytes(b'\x01\x00', 'big'), (-1).to_bytes(2, 'big', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print(2 ** 100, 3 ** 50 % 1000, -(2 ** 64) // 3, len(str(2 ** 1000)))
print((0.1).hex(), float.fromhex('0x1.8p1'), (3.0).is_integer(), (2.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e16, 1e-5, 123456789012345678.0, 1.0 / 3)
print(float('-0.0'), -0.0 == 0.0, 5 / 2, 5 // 2, 2 ** -1, (-8) ** (1/3))
print(int(3.99), int(-3.99), float(7), abs(-3), abs(-3.5), pow(2, 10, 1000), pow(3, -1, 7))
print(1e308 * 10, -1e308 * 10, float('inf') - float('inf'))
print(10 ** 20 / 3, 7 / 7, type(7 / 7), 2 ** 0.5)
print(hex(255), oct(8), bin(10), hex(-255), format(255, '#010b'), format(1234567, ','), format(1234567.891, '_.2f'))
print(True + True, True * 10, int(True), bool(0.0), bool('0'))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.isclose(0.1 + 0.2, 0.3), math.gcd(12, 18), math.lcm(4, 6))
print(math.sqrt(16), math.isqrt(17), math.factorial(20), math.comb(5, 2), math.perm(5, 2), math.inf, math.pi)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    10 % 0
except ZeroDivisionError as e:
    print(e)
print(sum([0.1] * 10), math.fsum([0.1] * 10), max(1, 2.0), min([3, 1, 2], key=lambda x: -x))
