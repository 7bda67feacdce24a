import math
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), round(2.675, 2), round(0.5), round(1.5), round(-2.5))
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7.5, 2), 2 ** -1, (-8) ** (1 / 3))
print(10 / 4, 10 // 4.0, int(3.99), int(-3.99), math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5))
print(2 ** 100, len(str(2 ** 1000)), 10 ** 20 // 3, (10 ** 20) / 3, int("1_000_000"), 1_000_000)
print(float("inf"), -float("inf"), float("nan") == float("nan"), math.isnan(float("nan")), math.inf > 1e308)
print(1e308 * 10, 1e-320, 5e-324 / 2, sys_max := 9223372036854775807, sys_max + 1)
print(0.1 * 3, 1 / 3, 2 / 3, 1e16, 1e15 + 0.3, 123456789.123456789, 1.0e-5, 0.0001, -0.0, 1e22, 1e21)
print(int("ff", 16), int("0b101", 0), hex(255), oct(8), bin(10), bin(-10), format(255, "08b"), f"{255:#x}")
print(abs(-3), abs(-3.5), pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), math.gcd(12, 18), math.lcm(4, 6))
print(math.sqrt(2), math.pi, math.e, math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.hypot(3, 4))
print(math.log(100, 10), math.log10(1000), math.log2(1024), math.exp(1), math.sin(math.pi / 6), math.cos(0))
print((1.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (10).bit_length(), (255).to_bytes(2, "big"))
print(True + True, True * 10, int(True), bool(0.0), bool(""), bool([0]), None is None)


print(sum([0.1] * 10), math.fsum([0.1] * 10), 1e-7, 1.5e300 * 1.5e10, -1e-400, 2 ** 0.5, 10 ** -2)
for bad in ["abc", "1.5", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
print(float("1e500"), 2.5e-3, 12345678901234567890.0, 0.1 + 0.7, 3 * 1.1, 100 * 1.1, 1.1 + 2.2)
