from fractions import Fraction
import math
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, divmod(-7, 2), 2 ** -1, 2 ** 0.5, (-8) ** (1/3) if False else "skip", pow(2, 10, 1000), pow(3, -1, 7))
print(0.1 + 0.2 == 0.3, abs(-3), abs(3 + 4j), round(3.14159, 3), round(1234, -2), int(3.9), int(-3.9), float("1e3"), 1e3 == 1000)
print(10 / 4, 10 // 4, 10.0 // 4, 1 / 3, 2 / 3, 1e300 * 1e10, -1e300 * 1e10, math.isnan(float("nan")), float("nan") == float("nan"))
print(Fraction(1, 3) + Fraction(1, 6), Fraction("0.25"), Fraction(3, 9).limit_denominator(2), float(Fraction(1, 8)), Fraction(1, 3) * 3 == 1)
print(hex(255), oct(8), bin(5), int("ff", 16), int("0b101", 0), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_length())
print(complex(1, 2) * complex(3, -1), (1 + 2j).conjugate(), (3 + 4j).real, abs(3 + 4j))
print(sum([0.1] * 10), math.fsum([0.1] * 10), 1_000_000, 0o17, 0xFF, 0b1010, 1e-320, 5e-324 / 2)
print(max(3, 1, 2), min([4, 2, 8]), sum(range(101)), sorted([3, -1, 2], key=abs), 17 .bit_count() if hasattr(int, "bit_count") else 0)
print(True + True, True * 10, isinstance(True, int), 3 == 3.0, hash(3) == hash(3.0), {1: "a", 1.0: "b", True: "c"})
print(2 ** 100, len(str(2 ** 1000)), (2 ** 64) // 3, -(2 ** 64) % 7, 10 ** 20 / 3)
print(float.is_integer(3.0), (0.5).as_integer_ratio(), (3.75).hex() if False else "skip", math.trunc(-2.7), math.copysign(1, -0.0))
vals = [3, 1, 4, 1, 5, 9, 2, 6]
mean = sum(vals) / len(vals)
var = sum((v - mean) ** 2 for v in vals) / len(vals)
print(f"mean={mean:.3f} var={var:.3f} sd={math.sqrt(var):.3f}")
print(int("12abc"))
