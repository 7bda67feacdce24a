class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2 ** 70
class FloatLen:
    def __len__(self): return 2.0
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return None
class BadIndex:
    def __index__(self): return 'x'
class GoodIndex:
    def __index__(self): return 2
class BadHash:
    def __hash__(self): return 'h'
class BadInit:
    def __init__(self): return 5
class BadIterNext:
    def __iter__(self): return self
    def __next__(self): raise ValueError('inner')
class BadEnter:
    def __enter__(self): raise KeyError('enter')
    def __exit__(self, *a): pass
tests = [
    lambda: bool(BadBool()), lambda: len(BadLen()), lambda: len(BigLen()), lambda: len(FloatLen()),
    lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: [1, 2, 3][BadIndex()], lambda: [1, 2, 3][GoodIndex()],
    lambda: 'abc' * GoodIndex(), lambda: hash(BadHash()), lambda: BadInit(), lambda: list(BadIterNext()),
    lambda: range(GoodIndex()), lambda: bin(GoodIndex()), lambda: if_(BadLen()),
    lambda: super(int, 'x'), lambda: object.__new__(int), lambda: int.__new__(str),
    lambda: [].__getitem__('a'), lambda: (1).__add__('a'), lambda: print(f'{BadRepr()!r}'),
    lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: '%(a)s' % {'b': 1}, lambda: '%z' % 1,
    lambda: 'abc'.center(), lambda: 'a'.replace('a'), lambda: [].insert(1), lambda: {}.get(), lambda: sorted([], foo=1),
]
def if_(x):
    if x:
        return 'truthy'
    return 'falsy'
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
try:
    with BadEnter():
        pass
except KeyError as e:
    print('enter', e)
class A:
    def method(self):
        return super().method()
try:
    A().method()
except AttributeError as e:
    print(e)
class B:
    @staticmethod
    def s():
        return super().x
try:
    B.s()
except RuntimeError as e:
    print(e)
