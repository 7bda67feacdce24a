import sys
for e in range(0, 200, 10):
    n = 2 ** e
    print(e, sys.getsizeof(n), sys.getsizeof(-n), sys.getsizeof(n - 1))
for v in (0, 1, -1, 255, 256, 257, -5, -6, 10**9, 10**10, 10**18, 10**19, 10**100, 2**1000, True, False):
    print(v if v < 10**20 else 'big', sys.getsizeof(v), v.bit_length() if isinstance(v, int) else '')
print(int.__sizeof__(5), (5).__sizeof__(), (2**100).__sizeof__())
print(sys.getsizeof(1.0), sys.getsizeof(float('inf')), sys.getsizeof(1e300), sys.getsizeof(3j), sys.getsizeof(complex(1, 1)))
import math
print(sys.getsizeof(math.factorial(100)), sys.getsizeof(math.pi))
