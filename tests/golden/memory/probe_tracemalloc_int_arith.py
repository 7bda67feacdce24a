x = 10**20 + 7
y = 10**6+3
print(x**1 is x, y**1 is y, x<<0 is x, x>>0 is x, x|0 is x, y<<0 is y, x*1 is x, x+0 is x, pow(x,1) is x)
import tracemalloc
tracemalloc.start()
def m(f):
    b = tracemalloc.get_traced_memory()[0]
    r = f()
    print(tracemalloc.get_traced_memory()[0] - b - 32, end=' ')
    return r
big = 2**100
n = 2**60 + 5
rs = [m(lambda: big >> 1), m(lambda: n >> 1), m(lambda: n >> 31), m(lambda: n >> 59), m(lambda: n >> 61), m(lambda: (-n) >> 1), m(lambda: (-big) >> 40),
 m(lambda: n << 1), m(lambda: 5 << 40), m(lambda: 5 << 29), m(lambda: (2**29) << 1), m(lambda: (-5) << 40), m(lambda: n << 30),
 m(lambda: ~n), m(lambda: ~(-n)), m(lambda: n & big), m(lambda: n | 7), m(lambda: n ^ n), m(lambda: -n & 0xffffffffffff), m(lambda: n & -2),
 m(lambda: 3 ** 40), m(lambda: 7 ** 25), m(lambda: big ** 3), m(lambda: (-n) ** 3), m(lambda: 10 ** 30), m(lambda: 2 ** 64), m(lambda: n ** 2),
 m(lambda: int('1' * 100)), m(lambda: int('-' + '9' * 50)), m(lambda: int('1_000_000_000_000_000')), m(lambda: int('0o777777777777777', 0)), m(lambda: int('zzzzzzzzzzzzzzzz', 36)),
 m(lambda: int.from_bytes(bytes(20), 'big')), m(lambda: int.from_bytes(b'\x80' + bytes(10), 'big', signed=True)), m(lambda: int.from_bytes(b'\x01' * 12, 'little')),
 m(lambda: n * n), m(lambda: n * 3), m(lambda: 3 * n), m(lambda: n * 0), m(lambda: n + n), m(lambda: n - 5), m(lambda: 5 - n), m(lambda: -5 - n), m(lambda: n - (n - 1)), m(lambda: (n+2**40) - n)]
print()
big = 2**100 + 12345
n = 2**60 + 5
k = 10**15 + 7
rs = [m(lambda: big // 7), m(lambda: big % 7), m(lambda: divmod(big, 7)), m(lambda: big // n), m(lambda: big % n), m(lambda: divmod(big, n)),
 m(lambda: -big // 7), m(lambda: -big % 7), m(lambda: -big // n), m(lambda: -big % n), m(lambda: big // -n), m(lambda: big % -n),
 m(lambda: n // big), m(lambda: n % big), m(lambda: -n % big), m(lambda: n % -big), m(lambda: k // 10), m(lambda: k % 10**9), m(lambda: k // 10**9),
 m(lambda: divmod(k, 10**9)), m(lambda: 7 // n), m(lambda: -7 // n), m(lambda: -7 % n), m(lambda: big // big), m(lambda: big % big), m(lambda: (2**200) // (2**100 - 1)), m(lambda: (2**200-1) // (2**100+1)), m(lambda: (3**150) // (5**40)), m(lambda: (3**150) % (5**40)),
 m(lambda: sum(range(10**5))), m(lambda: (n * 3) // 3)]
print()
x = n
print(n % big is n, (7 % n) is 7)
