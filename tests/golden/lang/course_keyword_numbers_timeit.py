import keyword, numbers, timeit
from fractions import Fraction
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist))
print(isinstance(3, numbers.Integral), isinstance(3.0, numbers.Real), isinstance(3.0, numbers.Integral), isinstance(1j, numbers.Complex), isinstance(Fraction(1, 2), numbers.Rational), isinstance("x", numbers.Number), isinstance(True, numbers.Number))
t = timeit.timeit("x = sum(range(100))", number=100)
print(type(t).__name__, t >= 0)
t2 = timeit.timeit(lambda: [i * i for i in range(50)], number=10)
print(t2 >= 0, len(timeit.repeat("pass", number=5, repeat=3)))
x = 5
print(timeit.timeit("y = x * 2", globals=globals(), number=3) >= 0)
