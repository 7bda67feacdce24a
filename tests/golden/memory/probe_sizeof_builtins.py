# sys.getsizeof of one object of every built-in type
import sys, types, collections, array, fractions
objs = {
    'None': None, 'True': True, 'int 0': 0, 'int 1': 1, 'int -1': -1, 'int 2**30': 2**30, 'int 2**64': 2**64,
    'float': 1.5, 'complex': 1+2j, 'str ""': '', 'str "a"': 'a', 'bytes': b'', 'bytes 3': b'abc',
    'bytearray': bytearray(), 'bytearray 3': bytearray(b'abc'), 'tuple': (), 'tuple 3': (1, 2, 3),
    'list': [], 'list 3': [1, 2, 3], 'dict': {}, 'dict 1': {'a': 1}, 'set': set(), 'set 3': {1, 2, 3},
    'frozenset': frozenset(), 'frozenset 3': frozenset('abc'), 'range': range(10), 'slice': slice(1, 2),
    'type': int, 'object()': object(), 'Ellipsis': ..., 'NotImplemented': NotImplemented,
    'memoryview': memoryview(b'abc'), 'enumerate': enumerate([]), 'zip': zip(), 'map': map(str, []),
    'filter': filter(None, []), 'reversed': reversed([]), 'iter list': iter([]), 'iter tuple': iter(()),
    'iter str': iter(''), 'iter dict': iter({}), 'iter range': iter(range(3)), 'iter set': iter(set()),
    'property': property(), 'staticmethod': staticmethod(len), 'classmethod': classmethod(len),
    'module': sys, 'builtin function': len, 'method-wrapper': (1).__add__,
    'dict keys': {}.keys(), 'dict values': {}.values(), 'dict items': {}.items(),
    'deque': collections.deque(), 'OrderedDict': collections.OrderedDict(), 'defaultdict': collections.defaultdict(int),
    'Counter': collections.Counter(), 'array i': array.array('i'), 'array d 3': array.array('d', [1, 2, 3]),
    'Fraction': fractions.Fraction(1, 3),
    'cell': (lambda: objs).__closure__, 'code': (lambda: 0).__code__,
}
for name, o in objs.items():
    print(f'{name:18} {type(o).__name__:22} {sys.getsizeof(o)}')
