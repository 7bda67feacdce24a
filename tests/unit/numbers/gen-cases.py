"""Generate tests/unit/numbers/cases.json from real CPython 3.12.

Run: PYENV_VERSION=3.12.1 python3 tests/unit/numbers/gen-cases.py
Each case is a call: [callee, args, kwargs]. callee is a builtin name ("divmod"), an operator
("op:+"), a math function ("math.fsum"), a method of the first argument ("meth:hex"), or a
class method ("cls:float.fromhex"). Arguments are written as Python expressions here, evaluated
by CPython, and stored tagged (exact float bits) so the TypeScript side rebuilds them exactly.
The expected value is CPython's repr of the result, or the exception's type and message.
"""
import json, math, operator, struct, sys, os

assert sys.version_info[:2] == (3, 12), sys.version

OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
       '//': operator.floordiv, '%': operator.mod, '**': operator.pow, '<<': operator.lshift,
       '>>': operator.rshift, '&': operator.and_, '|': operator.or_, '^': operator.xor,
       '==': operator.eq, '!=': operator.ne, '<': operator.lt, '<=': operator.le,
       '>': operator.gt, '>=': operator.ge, 'neg': operator.neg, 'pos': operator.pos,
       'invert': operator.invert}

def fbits(x):
    return struct.pack('>d', x).hex()

def enc(v):
    if v is None: return {'t': 'none'}
    if v is True or v is False: return {'t': 'bool', 'v': v}
    if type(v) is int: return {'t': 'int', 'v': hex(v)}
    if type(v) is float: return {'t': 'float', 'v': fbits(v)}
    if type(v) is complex: return {'t': 'complex', 'v': [fbits(v.real), fbits(v.imag)]}
    if type(v) is str: return {'t': 'str', 'v': v}
    if type(v) is tuple: return {'t': 'tuple', 'v': [enc(x) for x in v]}
    if type(v) is list: return {'t': 'list', 'v': [enc(x) for x in v]}
    if isinstance(v, type): return {'t': 'type', 'v': v.__name__}
    if v is len: return {'t': 'builtin', 'v': 'len'}
    raise TypeError(repr(v))

def callee_fn(c):
    if c.startswith('op:'): return OPS[c[3:]]
    if c.startswith('math.'): return getattr(math, c[5:])
    if c.startswith('meth:'):
        name = c[5:]
        return lambda self, *a, **k: getattr(self, name)(*a, **k)
    if c.startswith('cls:'):
        t, name = c[4:].split('.')
        return getattr(__builtins__.__dict__[t] if hasattr(__builtins__, '__dict__') else getattr(__builtins__, t), name)
    return getattr(__builtins__, c) if not isinstance(__builtins__, dict) else __builtins__[c]

CASES = []
def case(callee, *args, **kw):
    CASES.append((callee, args, kw))

inf, nan = float('inf'), float('nan')
big = 2**100

# ---- float repr and arithmetic
for x in [0.0, -0.0, 0.1, 1/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 1.5e300, 5e-324, 2.2250738585072014e-308, inf, -inf, nan, 1e22, 0.30000000000000004, 100.0, -2.5]:
    case('repr', x)
for op in ['+', '-', '*', '/', '//', '%', '**']:
    for a, b in [(1.0, 0.0), (7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.0), (0.0, -1), (-8.0, 1/3), (-2.0, 0.5), (2.0, 10000), (1e308, 10),
                 (-0.0, 1.0), (5.0, inf), (-5.0, inf), (inf, 2.0), (nan, 0.0), (1.0, nan), (-1.0, inf), (0.1, 3), (2, -2), (10, -1), (0, -1), (big, 0.5), (3, 2)]:
        case('op:' + op, a, b)
for a, b in [(1.0, 0.0), (-7.5, 2), (7, -2), (7.5, -0.5), (1, 0), (2**70, 3), (-0.0, 5.0), (big, -7), (5, True)]:
    case('divmod', a, b)
for op in ['==', '<', '<=', '>', '>=', '!=']:
    for a, b in [(2**53 + 1, float(2**53)), (float(2**53), 2**53 + 1), (1.0, 1), (nan, nan), (nan, 1), (0.5, 0), (big, inf), (-big, -inf), (10**400, 1e308), (1.5, 1), (-1.5, -1), (-0.0, 0)]:
        case('op:' + op, a, b)
for x in [1.0, 0.5, -1.0, 1e300, -1e-300, inf, -inf, 2.0**61, 2.0**62 + 2.0**10, 1.5, -0.0, 123.456, 5e-324]:
    case('hash', x)
for x in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64 + 5, -(2**64 + 5), big, 2**63 - 1, True]:
    case('hash', x)
for x in [1+2j, -1j, complex(1.5, -0.0), complex(-1, 0), complex(0, -1), complex(inf, -inf), 1e300j]:
    case('hash', x)

# ---- float constructor and methods
for s in ['1.5', ' 1_0.5 ', '1e5', '-inf', 'Infinity', 'nan', '-NaN', 'abc', '1__0', '_1', '1_', '.5', '5.', '1e', '', '0x10', '1.5e-3', '+1.0', '1e400', '-1e-400', ' \t\n3.25 \n']:
    case('float', s)
for v in [1, 10**400, True, 1.5, big, -(2**53 + 1)]:
    case('float', v)
case('float', [1])
case('float', 1j)
for x in [1.5, -2.0, 0.1, inf, nan, -0.0, 1e300, 5e-324, 0.0]:
    case('meth:is_integer', x)
    case('meth:as_integer_ratio', x)
    case('meth:hex', x)
    case('meth:__trunc__', x)
    case('meth:__floor__', x)
    case('meth:__ceil__', x)
    case('meth:conjugate', x)
for s in ['0x1.8p1', '0x1.0000000000001p0', '-0x1p-1074', '0x1p-1075', '0x1.8p-1074', 'inf', '0x1p1024', '0x.8p0', '1', 'xyz', '0x1.fffffffffffff8p1023', '  0X1P+3  ']:
    case('cls:float.fromhex', s)

# ---- round
for x in [2.5, 3.5, -0.5, 0.5, 1.5, -2.5, 2.675, 1e300, inf, nan, -0.4, 0.49999999999999994]:
    case('round', x)
for x, n in [(1.2345, 2), (2.675, 2), (1e300, -400), (1e308, -308), (123.456, -1), (0.125, 2), (0.375, 2), (-0.5, 0), (5e-324, 400), (1.5, None), (inf, 2), (nan, 1), (1.05, 1), (0.285, 2), (12345.6789, -2), (1.7976931348623157e308, -308)]:
    case('round', x, n)
for x, n in [(5, -1), (15, -1), (25, -1), (-25, -1), (12345, -2), (7, 3), (big, -10), (5, None)]:
    case('round', x, n)
case('round', 1j)
case('round', 'x')

# ---- int
for s, b in [('0x1f', 0), ('0x1f', 16), ('1f', 16), ('010', 0), ('0', 0), ('00', 0), ('0_0', 0), (' 1_000 ', 10), ('1__0', 10), ('z', 36), ('12', 1), ('12', 37), ('-0b101', 0), ('0b', 0), ('', 10), ('١٢٣', 10), ('+7', 8), ('0o17', 8), ('1' * 5000, 10), ('1' * 5000, 16)]:
    case('int', s, b)
for v in [1.9, -1.9, 1e300, inf, nan, '42', ' -7 ', '4.5', True, 2**64]:
    case('int', v)
case('int', [1])
case('int', 1j)
case('int', '12', 2.0)
case('int', 12, 10)
for x in [0, 5, -5, 255, 2**64, -(2**64)]:
    case('meth:bit_length', x)
    case('meth:to_bytes', x, 10, 'little', signed=True)
for args, kw in [((1, 'big'), {}), ((2, 'little'), {}), ((0, 'big'), {}), ((), {})]:
    case('meth:to_bytes', 255, *args, **kw)
case('meth:to_bytes', -1, 2, 'big')
case('meth:to_bytes', 1, 1, 'middle')
case('meth:to_bytes', 256)
case('meth:to_bytes', -129, 1, 'big', signed=True)
for args in [([1, 2], 'big'), ([1, 2], 'little'), ([255, 255], 'big'), ([], 'big'), ([1, 256], 'big')]:
    case('cls:int.from_bytes', *args)
case('cls:int.from_bytes', [255, 254], 'big', signed=True)
for op, a, b in [('&', True, False), ('|', True, False), ('^', True, True), ('|', True, 2), ('&', 6, 3), ('<<', 1, 100), ('>>', -(2**70), 3), ('<<', 1, -1), ('**', 2, 100), ('**', -2, 63), ('**', 2, -2), ('**', 0, -1), ('//', -7, 2), ('%', -7, 2), ('%', 7, -2), ('/', 2**1100, 3), ('/', 10**400, 1), ('/', 1, 10**400), ('/', 2**60 + 1, 3), ('/', (2**53 + 1) * 7, 7), ('//', 1, 0), ('%', 1, 0), ('/', 1, 0), ('**', 10, 400)]:
    case('op:' + op, a, b)
case('op:invert', 5)
case('op:neg', -big)
for x in [0, 7, -7, 255, big, -big, True]:
    case('repr', x)
case('str', 10**5000)
case('repr', 2**14000)

# ---- complex
for c in [1j, -1j, 1 + 2j, complex(1, nan), complex(1, -nan), complex(-0.0, 1), complex(0.0, -0.0), complex(-0.0, -0.0), complex(1e16, 1e-5), complex(1.5, 2), complex(inf, -inf), complex(nan, nan), 0j, 2 + 0j]:
    case('repr', c)
for s in ['1', 'j', '-j', ' ( 1+2j ) ', '1e3j', 'inf+nanj', '1_0+2_0j', '+1.5-2.5J', '1+j', '1 + 2j', 'x', '(1+2j', '']:
    case('complex', s)
for a, b in [(1, 2), (1.5, None), (True, 2), (1j, 1j), ('1', 2), (1, '2'), ([], None)]:
    if b is None: case('complex', a)
    else: case('complex', a, b)
case('complex', real=1, imag=2)
for op in ['+', '-', '*', '/', '**', '//', '==', '<']:
    for a, b in [(1 + 2j, 3 + 4j), (1 + 2j, 0), (1j, -1), (0j, -1), (1 + 1j, 100), (1 + 1j, 101), (1 + 1j, -3), (2, 1 + 1j), (2 + 3j, 0.5), (1e200 + 1e200j, 2), (complex(1, 0), 1), (1 + 2j, 1.5)]:
        case('op:' + op, a, b)
for c in [3 + 4j, complex(1e308, 1e308), complex(inf, nan), complex(nan, 1), 0j, 1e300 + 1e300j]:
    case('abs', c)
case('meth:conjugate', 1 + 2j)
case('divmod', 1j, 2)

# ---- builtins
for f, args in [('abs', (-5,)), ('abs', (-0.0,)), ('abs', ('x',)), ('abs', ()), ('bin', (-5,)), ('bin', (0,)), ('oct', (64,)), ('hex', (255,)), ('hex', (-big,)), ('hex', (1.0,)),
                ('chr', (65,)), ('chr', (0x1F600,)), ('chr', (-1,)), ('chr', (0x110000,)), ('chr', (2**40,)), ('chr', (1.5,)), ('ord', ('a',)), ('ord', ('ab',)), ('ord', ('',)), ('ord', (1,)), ('ord', ('\U0001F600',)),
                ('pow', (2, -1, 7)), ('pow', (2, 3, 0)), ('pow', (2.0, 3, 5)), ('pow', (2, -1, 4)), ('pow', (2, 10, -7)), ('pow', (3, big, 1000007)), ('pow', (2, 3, 4.0)), ('pow', (2, 0.5)), ('pow', (-8, 1/3)), ('pow', ('a', 2, 3)),
                ('sum', ([0.1] * 10,)), ('sum', ([1e100, 1.0, -1e100],)), ('sum', ([1, 2, 3],)), ('sum', ([1, 0.1, 0.2],)), ('sum', ([[1], [2]], [])), ('sum', (['a'], '')), ('sum', ([2**62, 2**62, 2**62],)), ('sum', ([0.1, 0.2, 0.3], 1)), ('sum', ([inf, 1.0, -inf],)), ('sum', ([1e308, 1e308, -1e308],)), ('sum', ([True, True],)), ('sum', ([1j, 2],)), ('sum', ((),)),
                ('max', ([],)), ('min', ([],)), ('max', ()), ('max', (1,)), ('max', (1, 2, 3)), ('min', ([3, 1, 2],)), ('max', ([1, 1.0],)), ('max', ('abc',)), ('min', ([[1], [0, 5]],)), ('max', ([1, 'a'],)),
                ('sorted', ([3, 1, 2],)), ('sorted', ('hello',)), ('sorted', (1,)), ('sorted', ([1, 'a'],)),
                ('all', ([1, 2, 0],)), ('all', ([],)), ('any', ([0, 0.0, 1j],)), ('any', ([],)), ('any', (5,)),
                ('ascii', ('héllo\U0001F600ĀĀ',)), ('ascii', ([1, 'é'],)), ('callable', (len,)), ('callable', (1,)), ('callable', (int,)),
                ('isinstance', (1, int)), ('isinstance', (True, int)), ('isinstance', (1, (str, float))), ('isinstance', (1, 2)), ('isinstance', (1, (str, (int,)))),
                ('issubclass', (bool, int)), ('issubclass', (1, int)), ('issubclass', (int, 1)), ('issubclass', (bool, (str, int))),
                ('hasattr', (1, 'real')), ('hasattr', (1, 'zz')), ('hasattr', (1, 2)), ('getattr', (1, 'zz')), ('getattr', (1, 'zz', None)), ('getattr', (1.5, 'imag')), ('getattr', (1,)),
                ('iter', (5,)), ('next', (5,)), ('divmod', (1,)), ('format', (1.5, 'x')), ('format', (5, 2)), ('hash', ([],)), ('hash', ((1, 2.0),))]:
    case(f, *args)

case('min', [], default=5)
case('max', 1, 2, default=3)
case('max', [1, 2], foo=1)
case('min', [3, 1, 2], key=None)
case('sorted', [3, 1, 2], reverse=True)
case('sorted', [3, 1, 2], key=None, reverse=False)
case('pow', base=2, exp=10, mod=1000)
case('round', number=2.675, ndigits=2)

# ---- math
for f, args in [('sqrt', (-1,)), ('sqrt', (2,)), ('sqrt', (10**400,)), ('log', (0,)), ('log', (8, 2)), ('log', (10**400,)), ('log', (-1,)), ('log', (100, 10)), ('log', (1, 1)), ('log2', (1024,)), ('log2', (2**2000,)), ('log10', (1000,)), ('log10', (0.001,)),
                ('factorial', (-1,)), ('factorial', (1.5,)), ('factorial', (30,)), ('exp', (1000,)), ('exp', (1,)), ('exp', (-inf,)), ('fsum', ([0.1] * 10,)), ('fsum', ([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],)), ('fsum', ([inf, -inf],)), ('fsum', ([1e308, 1e308],)), ('fsum', ([inf, 1.0],)),
                ('comb', (5, -1)), ('comb', (10, 3)), ('comb', (3, 10)), ('perm', (5,)), ('perm', (5, 2)), ('pow', (0, -1)), ('pow', (2, 0.5)), ('pow', (-8, 1/3)), ('pow', (10, 400)), ('pow', (1, nan)), ('pow', (nan, 0)), ('pow', (-inf, 3)),
                ('floor', (inf,)), ('floor', (-1.5,)), ('floor', (7,)), ('floor', ('x',)), ('ceil', (1.2,)), ('ceil', (-0.5,)), ('trunc', (-1.7,)), ('trunc', ('x',)),
                ('gcd', (1.5,)), ('gcd', (12, 18, 27)), ('gcd', ()), ('gcd', (-4, 6)), ('lcm', (4, 6, 10)), ('lcm', (0, 5)), ('isqrt', (-1,)), ('isqrt', (10**40 + 1,)), ('isqrt', (99,)),
                ('ldexp', (1.0, 2000)), ('ldexp', (1.0, -1074)), ('ldexp', (3.0, -1076)), ('frexp', (0.0,)), ('frexp', (1.5e300,)), ('frexp', (-5e-324,)), ('frexp', (8,)),
                ('prod', ([],)), ('prod', ([1, 2, 3.5],)), ('hypot', (3, 4)), ('hypot', (1e308, 1e308)), ('hypot', ()), ('hypot', (1, 2, 3)), ('hypot', (0.1, 0.2)), ('dist', ((0, 0), (3, 4))), ('dist', ((1.5, 2.5, 3.5), (0.1, 0.2, 0.3))),
                ('copysign', (1.0, -0.0)), ('copysign', (3, -2)), ('fmod', (7, 3)), ('fmod', (-7, 3)), ('fmod', (1, 0)), ('fmod', (inf, 1)), ('modf', (3.5,)), ('modf', (-3.5,)), ('modf', (inf,)), ('modf', (-0.0,)),
                ('degrees', (math.pi,)), ('radians', (180,)), ('isnan', (nan,)), ('isinf', (-inf,)), ('isfinite', (1e308,)), ('isclose', (1.0, 1.0 + 1e-10)), ('isclose', (1.0, 1.1)), ('isclose', (inf, inf)),
                ('sin', (inf,)), ('sin', (0.5,)), ('cos', (1.0,)), ('tan', (0.5,)), ('atan2', (1, -1)), ('asin', (2,)), ('acosh', (0.5,)), ('atanh', (1,)), ('sinh', (1000,)), ('tanh', (0.5,)),
                ('remainder', (10, 3)), ('remainder', (5, 2)), ('remainder', (7, 2)), ('gamma', (5,)), ('gamma', (0,)), ('gamma', (-1,)), ('lgamma', (0,)), ('sqrt', ('x',)), ('sumprod', ([1, 2, 3], [4, 5, 6])), ('sumprod', ([0.1, 0.2], [0.3, 0.4])), ('sumprod', ([1], [1, 2])),
                ('nextafter', (1.0, 2.0)), ('ulp', (1.0,)), ('ulp', (0.0,)), ('cbrt', (27,)), ('exp2', (10,)), ('expm1', (1e-10,)), ('log1p', (-1,))]:
    case('math.' + f, *args)
case('math.isclose', 1.0, 1.05, rel_tol=0.1)
case('math.isclose', 1.0, 1.05, abs_tol=-1)
case('math.prod', [1, 2], start=3)
for name in ['pi', 'e', 'tau', 'inf', 'nan']:
    CASES.append(('mathconst:' + name, (), {}))

def src(callee, args, kw):
    try:
        return f'{callee}{args!r}{kw if kw else ""}'[:200]
    except ValueError:
        return callee + '(<huge>)'

out = []
for callee, args, kw in CASES:
    if callee is None: continue
    if callee.startswith('mathconst:'):
        r = {'repr': repr(getattr(math, callee[10:]))}
    else:
        fn = callee_fn(callee)
        try:
            r = {'repr': repr(fn(*args, **kw))}
        except Exception as e:
            r = {'exc': type(e).__name__, 'msg': str(e)}
    out.append({'callee': callee, 'args': [enc(a) for a in args], 'kw': {k: enc(v) for k, v in kw.items()}, 'src': src(callee, args, kw), **r})

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'cases.json'), 'w') as f:
    json.dump(out, f, indent=0, ensure_ascii=True)
print(len(out), 'cases')
