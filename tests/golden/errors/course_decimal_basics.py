from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
import decimal
print(0.1 + 0.2, Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(repr(Decimal("1.10")), Decimal("1.10") * 3, Decimal(10) / Decimal(4), Decimal(1) / Decimal(3), Decimal(2).sqrt())
print(Decimal("1E+3"), Decimal("1000"), Decimal("0.0000001"), Decimal("-0"), Decimal("123.4500"), Decimal("1e-7"), Decimal("5E2") + 1)
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.675").quantize(Decimal("0.01")), round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("3.5")))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("3.14159265") + 0, getcontext().prec)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(2) / 3, ctx.prec)
print(Decimal(2) / 3)
print(sum([Decimal("0.1")] * 10), Decimal("10.50") - Decimal("0.5"), -Decimal("5"), abs(Decimal("-2.5")), Decimal("7") // 2, Decimal("-7") // 2, Decimal("7") % 3, Decimal("-7") % 3, Decimal(2) ** 10, Decimal("1.1") ** 2)
print(Decimal("1.5") > 1, Decimal("1.5") == 1.5, Decimal(3) == 3, hash(Decimal("1.5")) == hash(1.5), hash(Decimal(7)) == hash(7), Decimal("1.00") == Decimal("1"), sorted([Decimal("3"), Decimal("-1.5"), Decimal("2.25")]))
print(int(Decimal("7.9")), float(Decimal("0.25")), Decimal("12.345").as_tuple(), Decimal("-0.5").is_signed(), Decimal("100").normalize(), Decimal("1.2300").normalize(), Decimal("NaN"), Decimal("-Infinity"))
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.125'):.1%}", f"{Decimal('3.14159'):10.3f}|", f"{Decimal('-2.5'):+.0f}", format(Decimal("1.5"), ".3e"))
print(getcontext())
print(Decimal("3.7").to_integral_value(), Decimal("3.7").to_integral_value(rounding=ROUND_DOWN), Decimal(5).max(Decimal(6)), Decimal("1.23E+5").adjusted(), Decimal(0.5).as_integer_ratio())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e, isinstance(e, ArithmeticError))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(Decimal(5) / Decimal(0))
