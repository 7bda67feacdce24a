from functools import total_ordering

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return f"Version({'.'.join(map(str, self.parts))!r})"

vs = [Version('1.2.10'), Version('1.2.2'), Version('0.9'), Version('1.10')]
print(sorted(vs))
print(max(vs), min(vs))
print(Version('1.0') <= Version('1.0'), Version('2.0') > Version('1.9'))
print(Version('1.0') >= Version('1.1'))
try:
    Version('1.0') < 3
except TypeError as e:
    print('TypeError:', e)
print(Version('1.0') == 'x')
print(Version.__le__.__name__, Version.__gt__.__doc__ is None)
print(sorted(vs, reverse=True)[0])
