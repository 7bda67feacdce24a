print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}), eval('[a for a in range(3)]'))
ns = {}
exec('def sq(n):\n    return n * n\nresult = sq(7)', ns)
print(ns['result'], sorted(k for k in ns if not k.startswith('__')))
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
code = compile('a + b', '<expr>', 'eval')
print(eval(code, {'a': 1, 'b': 2}), code.co_names, code.co_filename)
print(globals()['__name__'], 'ns' in globals(), type(locals()).__name__)
def f():
    x = 1
    return sorted(locals())
print(f(), callable(f), callable(1), vars(type('T', (), {'a': 1}))['a'])
print(abs(-3), all([]), any([]), all([1, 0]), any([0, '', None, 'x']), chr(65), ord('한'), bin(5), hex(255), oct(64))
print(divmod(17, 5), pow(2, 8), pow(2, 8, 5), round(2.567, 1), sum(range(101)), sum([[1], [2]], []), min('hello'), max(3, 7, 5))
print(list(filter(None, [0, 1, '', 'a', None, []])), list(map(str.upper, 'ab')), sorted('bca', reverse=True), list(reversed('abc')))
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), type(3) is int, id(None) == id(None))
print(hash(1) == hash(1.0), hash('a') == hash('a'), len({1, 1.0, True}), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61))
print(repr(...), Ellipsis, type(NotImplemented).__name__, type(None)(), bool(NotImplemented) if False else 'skip')
print(getattr(str, 'upper')('x'), hasattr([], 'append'), getattr(1, 'nope', 'dflt'), setattr(f, 'tag', 1), f.tag)
print(format(12, '>5'), format('x', '*^5'), ascii('café'), repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print(slice(1, 5, 2), slice(3).indices(10), range(10)[2:8:3], range(0, -10, -3)[-1], list(range(5))[::-2], 'hello'[-3:], 'abc'[5:])
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(enumerate('xy')), next(iter([]), 'empty'), [*'ab', *range(2)], {**{'a': 1}}, (*[1, 2],))
print(int.__name__, int.__qualname__, len.__name__, print.__module__ if hasattr(print, '__module__') else '', type(len).__name__, type([].append).__name__)
print(memoryview(b'abc')[1], bytearray(b'hi').upper(), bytes(3), bytes([65, 66]), b'a' + b'b', b'abc'.hex(), b'x' * 3, list(b'AB'))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord('ab')
except TypeError as e:
    print(e)
import sys
print(type(sys.maxsize), sys.maxsize, sys.version_info[:2], sys.byteorder, sys.platform, type(sys.argv), sys.float_info.max, sys.int_info.bits_per_digit)
