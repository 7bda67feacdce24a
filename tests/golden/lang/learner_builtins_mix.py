class P: pass
p = P()
print(repr(p)[:22], str(P)[:17], P.__name__, type(p) is P, P.__dict__.keys() if False else '', P.__module__)
x = 10
def g():
    global x
    x += 1
    return x
print(g(), g(), x)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 70, -17 >> 2, 0b1010 ^ 0b0110, (255).bit_count(), int.from_bytes(b'\x01\x00', 'little'))
print(divmod(2**70, 7), (2**70) % 1000, -(2**70) // 3, pow(10, 30) // 7 ** 5, abs(-2**65), 2**64 - 1 == 0xFFFFFFFFFFFFFFFF)
print(f"{x=}", f"{x!r:>5}", f"{'a' * 3}", f"{{literal}}", f"{3.0}", f"{1e20}", f"{1e16}", f"{0.1 + 0.2!s}", f"{12.0:g}", f"{1234.5678:.2e}")
print(1/7, 2/3, 1e-4, 1e-5, 123e-7, 5e-324, 1.7976931348623157e308, float('1.5e-10'), 3.0 * 1.1, 0.1 * 0.1)
print(round(1234.5678, -2), round(-0.5), round(2.5), round(3.14159, 3), round(10.0 / 3, 2), int(1e20), float(2**53 + 1))
print(sorted([3, 1, 2], reverse=True), sorted("Hello World".split(), key=str.casefold), list(map(str.upper, "ab")))
print(list(zip([1, 2, 3], "ab")), dict(zip("abc", range(3))), list(enumerate("xy", 5)), list(filter(None, [0, 1, "", 2])))
print(any([]), all([]), sum([]), max([1, 5, 3], default=0), min([], default="empty"), sum([0.1] * 3), sum([1, 2], 10))
print(isinstance(True, int), type(1 + 2.0), type(3 // 2.0), 3 / 1, 2 ** -2, (-2) ** 2, -2 ** 2, 10 % -3, -10 % 3)
print([1, 2, 3][::-1], "abc"[::-1], [1, 2, 3, 4, 5][1:4:2], list(range(10, 0, -3)), range(5)[2:], len(range(0, 100, 7)))
print(str(None), str(True), repr("a\nb"), repr('"'), "tab\there", r"raw\n", b"bytes", bytes(3), bytearray(b"ab"))
def varargs(*a, **k): return a, k
print(varargs(1, *[2, 3], x=4, **{"y": 5}), (lambda *a: sum(a))(1, 2, 3))
try:
    varargs(1, x=1, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
def f(a, b=2, *, c): return a + b + c
for call in [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, c=1, d=2), lambda: f()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(chr(65) + chr(0x1F600), ord("€"), "%c" % 65, "%5.1f%%" % 12.345, "%o %x %X %e" % (8, 255, 255, 0.000123))
import random
random.seed(42)
print(random.randint(1, 100), random.random(), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2))
lst = list(range(10)); random.shuffle(lst); print(lst, random.randrange(0, 100, 5), random.gauss(0, 1))
