from fractions import Fraction as F
a, b = F(1, 3), F("2/6")
print(a, repr(a), a == b, a + F(1, 6), a * 3, a / 2, a - 1, 1 - a, a ** 2, a ** -2, F(-3, 9), F(6, -4), F("0.75"), F("-1.25e-2"), F(0.5), F(1.1))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), F(1, 3) < 0.34, F(1, 2) == 0.5, F(2, 4).numerator, F(2, 4).denominator, float(F(1, 3)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2))
print(sum([F(1, n) for n in range(1, 6)]), F(3.141592653589793).limit_denominator(100), F(10, 4).as_integer_ratio(), a + 0.5, f"{a:.4f}", abs(F(-1, 2)), -a, F(7, 3) // 2, F(7, 3) % 1, divmod(F(7, 3), F(1, 2)))
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), max(F(1, 7), F(1, 6)), F(1, 3).is_integer(), F(4, 2).is_integer(), bool(F(0)), str(F(5)))
for bad in [lambda: F(1, 0), lambda: F("abc"), lambda: F(1, 2) / 0, lambda: F([1])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
