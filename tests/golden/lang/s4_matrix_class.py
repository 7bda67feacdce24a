class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError('rows must be non-empty and equal length')
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f'shape mismatch: {self.shape} vs {other.shape}')
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError('cannot multiply')
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __mul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def __repr__(self):
        return f'Matrix({self.rows})'
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return '\n'.join('[' + ' '.join(f'{x:>{w}}' for x in r) + ']' for r in self.rows)
m = Matrix([[1, 2], [3, 4]])
print(m)
print(m @ Matrix.identity(2) == m, m + m, 2 * m, m * 0.5)
print(m.transpose(), m.shape, m[1, 0])
m[0, 0] = 10
print(repr(m), (m @ m.transpose()).rows)
for bad in (lambda: Matrix([]), lambda: Matrix([[1], [1, 2]]), lambda: m + Matrix([[1]]), lambda: m @ Matrix([[1, 2, 3]]), lambda: m[5, 0], lambda: m['a']):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(hash(m) if Matrix.__hash__ else 'unhashable', m == [[10, 2], [3, 4]])
try:
    {m}
except TypeError as e:
    print(e)
