# Deeply nested containers: repr/str run out of CPython's C recursion budget.
def nest(n, wrap=list):
    x = wrap()
    for _ in range(n):
        x = wrap([x]) if wrap is not dict else {'k': x}
    return x
for n in (100, 1000, 1495, 1496, 1497, 5000):
    for wrap in (list, tuple, dict):
        try:
            print(n, wrap.__name__, len(repr(nest(n, wrap))))
        except RecursionError as e:
            print(n, wrap.__name__, 'RecursionError:', e)
try:
    print(len(str(nest(2000))))
except RecursionError as e:
    print('str:', e)
print(f'{nest(3)!r}', ascii(nest(2, tuple)))
import reprlib
class Tree:
    def __init__(self, name):
        self.name = name
        self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Tree({self.name!r}, {self.kids!r})'
t = Tree('root')
t.kids.append(t)
t.kids.append(Tree('leaf'))
print(t, Tree.__repr__.__name__, Tree.__repr__.__qualname__, hasattr(Tree.__repr__, "__wrapped__"))
r = reprlib.Repr(maxlist=3, maxstring=10, maxlevel=2)
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'), r.repr([[[[1]]]]), r.repr({'a': [1, 2, 3, 4], 'b': 2}))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset('abcdefgh')), reprlib.repr(2 ** 200), reprlib.repr((1,)))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.aRepr.maxlevel, reprlib.repr(object)[:20])
