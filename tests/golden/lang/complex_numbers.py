# Complex numbers.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z + 1, z * 2, z * z, z / 2, z - 4j, z == complex(3, 4))
print(complex(1), complex('1+2j'), complex(0, 0), 1j * 1j, (1j) ** 2)
print(type(z.real).__name__, repr(1 + 0j), repr(0j), repr(-0j), repr(complex(-0.0, -0.0)))
print((1 + 2j) / (3 - 4j), (2j).imag, complex(1.5, -2.5))
print(hash(1 + 0j) == hash(1), 1 + 0j == 1, bool(0j), bool(1j))
try:
    print((1 + 2j) < (2 + 3j))
except TypeError as e:
    print('TypeError:', e)
try:
    print(int(1j))
except TypeError as e:
    print('TypeError:', e)
import cmath
print(cmath.sqrt(-1), abs(cmath.exp(1j * cmath.pi) + 1) < 1e-15, cmath.phase(-1))
print(f'{z:.2f}', format(1.5 - 2j, '>12'), f'{z!r}')
print(pow(1j, 4), 2 ** (1j * 0), 1e300j * 1e300j)
