# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __next__, __reversed__.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        print(f'  getitem {i!r}')
        return self.items[i]
    def __setitem__(self, i, v):
        print(f'  setitem {i!r} = {v!r}')
        self.items[i] = v
    def __delitem__(self, i):
        print(f'  delitem {i!r}')
        del self.items[i]
    def __contains__(self, v):
        print(f'  contains {v!r}')
        return v in self.items
b = Bag(10, 20, 30)
print(len(b), b[0], b[-1], b[0:2])
b[1] = 'twenty'
del b[0]
print(b.items, 20 in b, 30 in b, 'x' not in b)
print(list(b))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), [x for x in Seq()])
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
cd = CountDown(3)
print(list(cd), list(cd), iter(cd) is cd)
for v in CountDown(2):
    print('loop', v)
class Reversible:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
    def __reversed__(self):
        print('  __reversed__')
        return iter(self.data[::-1])
    def __len__(self):
        return len(self.data)
r = Reversible([1, 2, 3])
print(list(reversed(r)), sorted(r), sum(r), max(r), 2 in r, bool(r), bool(Reversible([])))
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        row, col = key
        return self.cells.get(key, '.')
    def __setitem__(self, key, value):
        self.cells[key] = value
g = Grid()
g[0, 1] = 'X'
g[(2, 2)] = 'O'
print(g[0, 1], g[1, 1], g[2, 2], sorted(g.cells))
class Missing(dict):
    def __missing__(self, key):
        return f'default for {key}'
m = Missing(a=1)
print(m['a'], m['zz'], 'zz' in m, m.get('zz'))
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print('TypeError:', e)
try:
    NoLen()[0]
except TypeError as e:
    print('TypeError:', e)
try:
    iter(NoLen())
except TypeError as e:
    print('TypeError:', e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print('ValueError:', e)
