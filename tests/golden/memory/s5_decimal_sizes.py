# Decimal is a C type without GC: __sizeof__ and getsizeof agree, untracked.
import decimal, sys, gc
d = decimal.Decimal("1.5"); big = decimal.Decimal("1" * 100)
print(sys.getsizeof(d), d.__sizeof__(), gc.is_tracked(d), sys.getsizeof(big), big.__sizeof__())
print(sys.getsizeof(decimal.Decimal("NaN")), decimal.Decimal(1) / 3)
