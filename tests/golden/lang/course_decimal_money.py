from decimal import Decimal, getcontext
from decimal import Decimal, ROUND_HALF_UP, ROUND_CEILING, getcontext
prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, f"${subtotal + tax:,.2f}")
print(Decimal("100") / Decimal("3"), Decimal("1") / Decimal("8"), Decimal("1.0") / Decimal("4"), Decimal("12") / Decimal("4.0"), Decimal("0") / Decimal("5"))
print(Decimal("1.1") + Decimal("2.20"), Decimal("1.30") * Decimal("2"), Decimal("1e2") * 3, Decimal("1E-10") * Decimal("1E-10"), Decimal("123456789") * Decimal("987654321"))
print(Decimal("10") ** -2, Decimal("2") ** Decimal("0.5"), Decimal("16").sqrt(), Decimal("0.0001").sqrt(), Decimal(10).sqrt())
print([str(Decimal(x) / 7) for x in range(1, 4)], Decimal(7).quantize(Decimal("1.000")), Decimal("3.14159").quantize(Decimal("0.1"), rounding=ROUND_CEILING))
print(Decimal("-1.5").__round__(), round(Decimal("-2.5")), round(Decimal("1.2345"), 3), int(Decimal("-3.99")), Decimal("5.5") // 2, Decimal("1.000000000000000000000000000000001") + 0)
print(max(prices), min(prices), sorted(prices, reverse=True), Decimal("0.1") * 3 == Decimal("0.3"), 0.1 * 3 == 0.3)
print(Decimal((0, (3, 1, 4), -2)), Decimal(-0.0), Decimal(2 ** 70), Decimal("  42  "), Decimal("1_000.5"), Decimal(".5"), Decimal("5."))
getcontext().prec = 4
print(Decimal("1.23456") * 1, Decimal(123456) + 0, Decimal("9999.5") + 0, Decimal("0.000012345") + 0)
print(Decimal(2) ** Decimal("0.5"), Decimal(1).exp(), Decimal(2).ln(), Decimal(10).ln(), Decimal("0.5").exp(), Decimal(100).log10(), Decimal(2).log10(), Decimal(-1).exp(), Decimal(50).exp(), Decimal("1E-5").ln(), Decimal(4) ** Decimal("0.5"), Decimal("1.5") ** Decimal("2.5"))
getcontext().prec = 50
print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(3).ln())
