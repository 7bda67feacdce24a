import sys
from decimal import Decimal
from fractions import Fraction
for e in (0, 1, 29, 30, 31, 59, 60, 61, 89, 90, 120, 1000):
    n = 2 ** e
    print(e, sys.getsizeof(n), sys.getsizeof(-n), sys.getsizeof(n - 1))
print(sys.getsizeof(0), sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(-1))
print(sys.getsizeof(1.0), sys.getsizeof(1j), sys.getsizeof(float("inf")))
print(sys.getsizeof(Decimal("1.5")), sys.getsizeof(Fraction(1, 3)))
a = 256; b = 256
print(a is b)
x = int("257"); y = int("257")
print(x is y, x == y)
for v in (-6, -5, 0, 255, 256, 257):
    print(v, int(str(v)) is int(str(v)))
print(sys.getsizeof(10**100), sys.getsizeof(int("9" * 50)))
print(sum(sys.getsizeof(i) for i in range(1000)))
for n in (1,19,20,76,77,95,96,100,200,400):
    print(n, sys.getsizeof(Decimal("9"*n)))
print(sys.getsizeof(Decimal("NaN")), sys.getsizeof(Decimal("1e500")), sys.getsizeof(Decimal(1)/Decimal(3)))
