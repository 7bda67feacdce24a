#!/usr/bin/env python3
"""Generate JSON fixtures for src/interpreter/objects/text/ from REAL CPython 3.12.

Usage:  PYENV_VERSION=3.12.1 python3 scripts/gen-text-fixtures.py
Writes tests/fixtures/text/*.json. Expected outputs are never typed by hand: every
expected value below is whatever this CPython computes for the generated inputs.

Encodings (shared with tests/unit/text/fixtures.ts):
  float  -> 16 hex digits of the IEEE-754 bits (struct '>d')
  int    -> decimal string
  result -> the value, or ["ErrType", "message"] when CPython raises
  a long str input may be given as {"rep": [[piece, count], ...]} (concatenation)
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 12), sys.version

OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'fixtures', 'text')
os.makedirs(OUT, exist_ok=True)
R = random.Random(20240612)


def fb(x):
    return struct.pack('>d', x).hex()


def bf(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def ei(v):
    return hex(v)


def err(e):
    return [type(e).__name__, str(e)]


def run(f):
    try:
        return True, f()
    except (ValueError, TypeError, OverflowError, ZeroDivisionError, KeyError, MemoryError) as e:
        return False, e


def enc_result(f, conv=lambda v: v):
    ok, v = run(f)
    return conv(v) if ok else err(v)


def dump(name, obj):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump(obj, fh, ensure_ascii=True, separators=(',', ':'))
    print(f'{name}: {os.path.getsize(path)} bytes', file=sys.stderr)


# ----------------------------------------------------------------- floats
def random_bits_float():
    while True:
        x = bf('%016x' % R.getrandbits(64))
        if not math.isnan(x):
            return x


def interesting_floats():
    xs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675,
          1.005, 1.0e16, 1.0e15, 9999999999999998.0, 123456789012345.0, 1234567890123456.0,
          12345678901234567.0, 1e-4, 1e-5, 0.0001, 0.00011, 0.00009999, 1e22, 1e23, 1e21, 1e-7,
          5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          -1.7976931348623157e308, math.pi, math.e, 1e100, 1e-100, 1.5e300, 1.5e-300, 2.0 ** 53,
          2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2.0 ** 1023, 9.5, 10.5, 0.05, 0.15, 0.25, 0.35,
          0.45, 99.5, 999.5, 0.95, 0.995, 9.995, 1234.5678, -1234.5678, 1e6, 1e7, 123456.789,
          0.000123456, 4.35, 0.045, 5e-5, 1.25e-5, 2.5e-4, 1e300 * 10, float('inf'), float('-inf'),
          float('nan'), 100.0, 1e-10, 0.1 + 0.2, 1 - 1e-16, 1 + 2 ** -52, 3.0, 7.0, 1e5, 12.0,
          6.02214076e23, 6.62607015e-34, 299792458.0, 1.0000000000000002, 0.9999999999999999]
    for k in range(-30, 31):
        xs.append(10.0 ** k)
        xs.append(math.nextafter(10.0 ** k, 0))
        xs.append(math.nextafter(10.0 ** k, math.inf))
        xs.append(5 * 10.0 ** k)
        xs.append(-2.5 * 10.0 ** k)
    for k in (-1074, -1073, -1060, -1023, -1022, -1021, -100, -53, -52, -1, 0, 1, 52, 53, 54, 100, 1000, 1023):
        xs.append(2.0 ** k)
    return xs


def random_floats(n):
    xs = []
    for i in range(n):
        r = i % 6
        if r == 0:
            xs.append(random_bits_float())
        elif r == 1:
            xs.append(round(R.uniform(-1e6, 1e6), R.randint(0, 8)))
        elif r == 2:
            xs.append(R.randint(-10 ** 6, 10 ** 6) / R.choice([8, 16, 64, 1024, 10, 100, 1000]))
        elif r == 3:
            xs.append(R.uniform(-1, 1) * 10.0 ** R.randint(-320, 308))
        elif r == 4:
            xs.append(float(R.randint(-10 ** 17, 10 ** 17)))
        else:
            xs.append(R.random() * 10 ** R.randint(-6, 20))
    return xs


INTERESTING = interesting_floats()

# float repr
floats_for_repr = INTERESTING + random_floats(12000)
dump('float_repr.json', [[fb(x), repr(x), str(x)] for x in floats_for_repr])

# ----------------------------------------------------------------- format specs
COMMON_FLOAT_SPECS = [
    '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.2', '.3', '.5', '.10', '.16', '.17', '.20', '.30',
    '.0e', '.1e', '.2e', '.3e', '.10e', '.16e', '.20e', '.0f', '.1f', '.2f', '.3f', '.10f', '.20f', '.30f',
    '.60f', '.0g', '.1g', '.2g', '.3g', '.10g', '.16g', '.17g', '.25g', '#g', '#.3g', '#.0f', '#.0e', '#',
    '#.3', '.2%', '.0%', '+', ' ', '-', '+.3f', ' .3e', 'z', 'z.1f', 'z.3g', 'z.0f', '+z.2f', '10', '<10',
    '^10', '>10', '=10', '010', '010.2f', '+010.2f', '*^15.3e', '0<10', 'x>12,.2f', ',', ',.2f', '_.3f',
    '015,.2f', '020_', ',g', ',e', '012,', '0=+12.1f', ',.0f', '.3n', 'n', '>015.3f', '#015.0f', 'd', 's',
    'x', 'c', ',,', '.', ',_', '_,', '.2d', '%%', '10.3s', '#x', '\u0665', '\u0665.\u0662f', '99999999999999999999',
    '.99999999999999999999', '.3000000000f', '.3000000000', '\U0001D7D3>8.2f',
]


def rand_spec(kind):
    parts = []
    if R.random() < 0.3:
        fill = R.choice(['', '', '*', '0', ' ', 'x', '€', '🐍', '=', '<'])
        parts.append(fill + R.choice('<>=^'))
    if R.random() < 0.3:
        parts.append(R.choice('+- '))
    if R.random() < 0.1:
        parts.append('z')
    if R.random() < 0.15:
        parts.append('#')
    if R.random() < 0.2:
        parts.append('0')
    if R.random() < 0.5:
        parts.append(str(R.choice([0, 1, 3, 5, 8, 10, 12, 15, 20, 30])))
    if R.random() < 0.2:
        parts.append(R.choice([',', '_', ',', '_', ',_']))
    if R.random() < 0.5:
        parts.append('.' + str(R.choice([0, 1, 2, 3, 4, 6, 10, 15, 17, 20, 40])))
    if kind == 'float':
        types = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 's', 'x']
    elif kind == 'int':
        types = ['', '', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'G', 's', 'F']
    else:
        types = ['', '', '', 's', 's', 'd', 'r']
    t = R.choice(types)
    if R.random() < 0.01:
        t = R.choice(['y', '\x01', 'é', 'ab'])
    return ''.join(parts) + t


def fmt_case(value, spec):
    return enc_result(lambda: format(value, spec))


ff = []
for i, x in enumerate(INTERESTING):
    specs = COMMON_FLOAT_SPECS if i < 120 else R.sample(COMMON_FLOAT_SPECS, 25)
    for s in specs:
        ff.append([fb(x), s, fmt_case(x, s)])
for x in random_floats(3000):
    for s in sorted(set(R.choice(COMMON_FLOAT_SPECS) for _ in range(2)) | set(rand_spec('float') for _ in range(3))):
        ff.append([fb(x), s, fmt_case(x, s)])
dump('format_float.json', ff)

# ----------------------------------------------------------------- ints
def random_ints(n):
    vs = [0, 1, -1, 2, -2, 7, -7, 9, 10, 15, 16, 255, 256, 1000, 1234, 12345, 123456, 1234567, 10 ** 9,
          2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 53, 2 ** 53 + 1, 2 ** 63 - 1, 2 ** 63, -2 ** 63, 2 ** 64,
          10 ** 20, -10 ** 20, 10 ** 100, 65, 97, 0x10ffff, 0x110000, 0x1F40D, 0xD800, -65, 3 ** 200, -(7 ** 150),
          2 ** 1023, 2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 1024 - 2 ** 970 - 1]
    for i in range(n):
        r = i % 4
        if r == 0:
            v = R.randint(-1000, 1000)
        elif r == 1:
            v = R.randint(-10 ** 12, 10 ** 12)
        elif r == 2:
            v = R.getrandbits(R.randint(1, 200))
        else:
            v = R.getrandbits(R.randint(1, 2000 if R.random() < 0.1 else 400))
        if R.random() < 0.4:
            v = -v
        vs.append(v)
    return vs


COMMON_INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'n', 'c', ',', '_', ',d', '_b', '_x',
                    '#_x', '+', ' ', '-', '10', '<10', '^10', '=10', '010', '+010', '#010x', '010,', '020_',
                    '*^12', '0>8', 'e', '.2e', 'f', '.1f', 'g', '%', '.3', '.2d', 'z', 'zd', '#c', '+c', ',b',
                    ',x', ',c', ',n', '_n', '_c', ',,', '_,', ',_', 's', 'r', '=^10', '05c', '<5c', 'E', 'G', 'F',
                    '012_b', '#012_b', '+#015_x', '40,', '120', '\u0665', '99999999999999999999', '.1', '\u0665c']

fi = []
INTS = random_ints(2000)
for v in INTS[:45]:
    for s in COMMON_INT_SPECS:
        fi.append([ei(v), s, fmt_case(v, s)])
for v in INTS[45:]:
    for s in sorted(set(R.choice(COMMON_INT_SPECS) for _ in range(2)) | set(rand_spec('int') for _ in range(3))):
        fi.append([ei(v), s, fmt_case(v, s)])
fi.append([ei(10 ** 5000), '', fmt_case(10 ** 5000, '')])
fi.append([ei(10 ** 5000), 'x', fmt_case(10 ** 5000, 'x')])
fi.append([ei(10 ** 5000), ',', fmt_case(10 ** 5000, ',')])
fi.append([ei(10 ** 5000), 'e', fmt_case(10 ** 5000, 'e')])
fi.append([ei(10 ** 300), '.5e', fmt_case(10 ** 300, '.5e')])
# bool uses int.__format__ with its own type name
fb_cases = [[b, s, fmt_case(b, s)] for b in (True, False) for s in ['d', 'abc', 'x', '5', 'y', '.2f']]
dump('format_int.json', {'int': fi, 'bool': fb_cases})

STRS = ['', 'a', 'ab', 'abc', 'hello', 'hello world', 'é', 'naïve', '日本語', '🐍', 'a🐍b', '🐍🐍🐍',
        "it's", 'tab\there', '\x00x', 'x' * 30]
COMMON_STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^11', '*^9', '🐍>6', '.2', '.0', '10.2', '<10.3s',
                    '=10', '+', '-', ' ', '#', 'z', '010', '05s', ',', '_', 'd', 'x', '.', '3', '0<5', '0>5',
                    '0^6', '€<4', '.1s', '.100', '2.1', 'abc', '\x01', 'é', '\u0665', '.\u0662',
                    '99999999999999999999', '.99999999999999999999', 'z10', '#10', '=^5', ' 5']
fs = []
for st in STRS:
    for s in COMMON_STR_SPECS:
        fs.append([st, s, fmt_case(st, s)])
for i in range(2000):
    st = R.choice(STRS)
    s = rand_spec('str')
    fs.append([st, s, fmt_case(st, s)])
dump('format_str.json', fs)

# ----------------------------------------------------------------- int(s, base), str(int)
def enc_int(v):
    return ei(v)


pi = []
INT_STRINGS = ['0', '1', '-1', '+1', ' 12 ', '\t-42\n', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F', '0o17',
               '0b101', '0b_101', '0_b101', '0x_1f', '0x__1f', '017', '00', '0_0', '000', '0', '-0', '+0', '',
               ' ', '-', '+', '1 2', '12abc', 'abc', 'z', 'Z', 'zz', '٣٤', '１２３', '\u2003 7 \u3000', '\x851',
               '\x1c1', '1\x00', '\x001', '1.0', '1e5', '0x', '0b', '0o', 'ff', 'FF', '-ff', '0b2', '0o8',
               '9' * 25, '-' + '7' * 40, '1' * 199 + 'x', 'x' * 300, "'q'", '"', 'é', '0\u0660', '+-1', '--1',
               ' 0x10 ', '0x10_', '1_2_3', '12_', 'inf', '𝟏𝟐', '٣_٤', '\xa012\xa0', '0\t', '1\x0b', '\u200b1']
BASES = [0, 2, 3, 8, 10, 16, 36, 7, 1, 37, -1]
for s in INT_STRINGS:
    for b in BASES:
        pi.append([s, b, enc_result(lambda: int(s, b), enc_int)])
ALNUM = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_ -+'
for i in range(3000):
    b = R.choice([0, 2, 8, 10, 16, 36, R.randint(2, 36)])
    n = R.randint(1, 30)
    digits = ALNUM[:max(b, 10) if b else 16]
    s = ''.join(R.choice(digits) for _ in range(n))
    if R.random() < 0.3:
        s = R.choice(['0x', '0o', '0b', '-0x', ' ', '-', '+', '0']) + s
    pi.append([s, b, enc_result(lambda: int(s, b), enc_int)])
for k in (640, 641, 4299, 4300, 4301, 5000):
    for piece, b in (('1', 10), ('0', 10), ('7', 8), ('f', 16), ('z', 36), ('1', 3), ('1', 2)):
        s = piece * k
        pi.append([{'rep': [[piece, k]]}, b, enc_result(lambda: int(s, b), enc_int)])
    s = '1' * k + 'x'
    pi.append([{'rep': [['1', k], ['x', 1]]}, 10, enc_result(lambda: int(s, 10), enc_int)])
    s = '1_' * k + '1'
    pi.append([{'rep': [['1_', k], ['1', 1]]}, 10, enc_result(lambda: int(s, 10), enc_int)])
dump('parse_int.json', pi)

its = []
for v in INTS[:800] + [10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, -10 ** 4299, -(10 ** 4300 - 1), -10 ** 4300, 2 ** 20000]:
    ok, r = run(lambda: str(v))
    its.append([hex(v), 10, r if ok else err(r)])
    for b, f in ((2, bin), (8, oct), (16, hex)):
        its.append([hex(v), b, f(v)])
dump('int_str.json', its)

# ----------------------------------------------------------------- float(s)
pf = []
FLOAT_STRINGS = ['0', '1', '-1', '+1.5', '1.', '.5', '-.5', '.', '1e5', '1E5', '1e+5', '1e-5', '1e', '1e+',
                 'e5', '1.5e300', '1e400', '-1e400', '1e-400', '2.5e-324', '3e-324', 'inf', '-inf', '+inf',
                 'INF', 'Infinity', '-infinity', 'iNfInItY', 'infinit', 'infinityy', 'nan', '-nan', 'NaN',
                 '+nan', 'nan1', 'in', ' 1.5 ', '\t\n1\r', '1_000.5', '1__0', '_1', '1_', '1_.5', '1._5',
                 '1.5_', '1e1_0', '1_e5', '0x10', '1,5', '', ' ', '١٫٥', '١.٥', '１.５', '\u20031.5\u3000',
                 '1.5\x00', '\xa02', 'abc', "'", '1' * 400, '0.' + '0' * 330 + '1', '9' * 20 + 'e-20',
                 '4.9406564584124654e-324', '2.4703282292062327e-324', '2.4703282292062328e-324',
                 '1.7976931348623157e308', '1.7976931348623158e308', '1.7976931348623159e308',
                 '0.1', '0.30000000000000004', '123456789012345678901234567890', '+-1', '--1', '1e5.5',
                 '1.2.3', '\x1c1', '1\x1f', '_', 'i_nf', 'in_f', '1_2_3.4_5e6_7', '  -0.0  ', '-0']
for s in FLOAT_STRINGS:
    pf.append([s, enc_result(lambda: float(s), fb)])
for x in random_floats(3000):
    s = R.choice([repr(x), '%.17g' % x, '%.20e' % x, '%.5g' % x, '%.3f' % x])
    pf.append([s, enc_result(lambda: float(s), fb)])
dump('parse_float.json', pf)

# ----------------------------------------------------------------- % formatting
def tag(v):
    if v is None:
        return ['n']
    if isinstance(v, bool):
        return ['b', v]
    if isinstance(v, int):
        return ['i', ei(v)]
    if isinstance(v, float):
        return ['f', fb(v)]
    if isinstance(v, str):
        return ['s', v]
    if isinstance(v, list):
        return ['l', [tag(x) for x in v]]
    if isinstance(v, tuple):
        return ['t', [tag(x) for x in v]]
    if isinstance(v, dict):
        return ['d', [[k, tag(x)] for k, x in v.items()]]
    raise TypeError(v)


def enc_args(a):
    if isinstance(a, tuple):
        return {'tuple': [tag(x) for x in a]}
    return {'single': tag(a)}


PCT = []


def pct(fmt, args):
    PCT.append([fmt, enc_args(args), enc_result(lambda: fmt % args)])


SCALARS = [0, 1, -1, 42, -42, 255, -255, 10 ** 20, 3.0, -3.5, 0.1, 2.675, 1e20, -1e-7, 1e300, float('inf'),
           float('-inf'), float('nan'), -0.0, 'abc', '', 'é🐍', "it's", None, True, False, 65, 0x1F40D, 'x',
           [1, 'a'], (1, 2), {'a': 1}]
CONVS = 'srad iuoxXeEfFgGc'.replace(' ', '')
FLAGS = ['', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '#-', '+#', '- ', '0+#']
WIDTHS = ['', '1', '5', '10', '*']
PRECS = ['', '.0', '.1', '.3', '.10', '.*', '.']
for v in SCALARS:
    for c in CONVS:
        pct('%' + c, (v,))
        pct('[%' + c + ']', v if not isinstance(v, (tuple, dict)) else (v,))
for i in range(6000):
    v = R.choice(SCALARS)
    c = R.choice(CONVS)
    f = R.choice(FLAGS)
    w = R.choice(WIDTHS)
    p = R.choice(PRECS)
    fmt = '<%' + f + w + p + R.choice(['', '', '', 'l', 'h']) + c + '>'
    args = []
    if w == '*':
        args.append(R.choice([5, -5, 0, 12, 'x', 2.0]))
    if p == '.*':
        args.append(R.choice([2, -2, 0, 7, 3.0]))
    args.append(v)
    pct(fmt, tuple(args))
MISC = [
    ('%s %s', (1,)), ('%s', (1, 2)), ('%s', ()), ('abc', ()), ('abc', 5), ('abc', []), ('abc', [1]),
    ('abc', {}), ('abc', {'a': 1}), ('%s', [1, 2]), ('%s', {'a': 1}), ('%(a)s', {'a': 1}),
    ('%(a)s %(b)r', {'a': 1, 'b': 'x'}), ('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('%(a)s', (1,)),
    ('%(a)s', 1), ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%(a(b))s', {'a(b)': 2}), ('%(x)s', {'a': 1}),
    ('%(a)s', [1]), ('%%', ()), ('%%%s', (1,)), ('a%%b', ()), ('%', ()), ('abc%', ()), ('%y', (1,)),
    ('abc %y', 1), ('%y', ()), ('%é', (1,)), ('%🐍', (1,)), ('%\x01', (1,)), ('%5', (1,)), ('%-', (1,)),
    ('%.', (1,)), ('%.*', (1, 2)), ('%*', (1, 2)), ('%*d', (5,)), ('%*d', ('x', 5)), ('%.*f', (2.0, 1.5)),
    ('%*.*f', (10, 3, 3.14159)), ('%-*d|', (-5, 3)), ('%*d|', (-5, 3)), ('%.*s', (-3, 'abcdef')),
    ('%c', ('ab',)), ('%c', ('',)), ('%c', (-1,)), ('%c', (0x110000,)), ('%c', (2 ** 70,)), ('%c', (1.5,)),
    ('%c', (None,)), ('%d', ('5',)), ('%d', (None,)), ('%d', (3.9,)), ('%d', (-3.9,)), ('%d', (float('nan'),)),
    ('%d', (float('inf'),)), ('%x', (3.0,)), ('%o', ('x',)), ('%f', ('x',)), ('%f', (None,)), ('%f', (10 ** 400,)),
    ('%f', (10 ** 30,)), ('%e', (2 ** 100,)), ('%s' * 3, (1, 2, 3)), ('%d %s %r', (1, 'a', 'b')),
    ('%ld %hd %Ld', (1, 2, 3)), ('%lld', (1,)), ('%#o %#x %#X', (8, 255, 255)), ('%#.5x', (255,)),
    ('%#10.5X', (-255,)), ('%010.3f', (-3.14159,)), ('%-010d|', (42,)), ('%+.0f', (0.5,)), ('%.0f', (1.5,)),
    ('%.0f', (2.5,)), ('%.2f', (2.675,)), ('%.50f', (0.1,)), ('%g', (1e-5,)), ('%#g', (1.0,)), ('%#.0e', (1.0,)),
    ('%#.0f', (1.0,)), ('%s', ('x' * 3,)), ('%5s|%-5s|', ('ab', 'cd')), ('%.1s', ('🐍🐍',)), ('%3c|', ('🐍',)),
    ('%r', ('é\n',)), ('%a', ('é\n🐍',)), ('%5%', ()), ('%(a)5%', {'a': 1}), ('%d' * 2, (1,)), ('%i', (True,)),
    ('%x', (True,)), ('%s', (10 ** 5000,)), ('%d', (10 ** 5000,)), ('%x', (10 ** 5000,)), ('%(k)d', {'k': 3.5}),
    ('%099999999999999999999d', (1,)), ('%.99999999999d', (1,)), ('%*d', (2 ** 70, 1)), ('%.*d', (2 ** 40, 1)),
    ('%10000000000000000000000000d', (1,)), ('🐍%s🐍', ('é',)), ('%s🐍%y', (1, 2)), ('%(🐍)s', {'🐍': 'snake'}),
]
for f_, a_ in MISC:
    pct(f_, a_)
dump('percent.json', PCT)

# ----------------------------------------------------------------- float ops
fo = []
XS = INTERESTING + random_floats(800)
for x in XS:
    fo.append(['repr_round0', fb(x), enc_result(lambda: round(x), ei)])
    fo.append(['is_integer', fb(x), x.is_integer()])
    fo.append(['ratio', fb(x), enc_result(lambda: [ei(v) for v in x.as_integer_ratio()])])
    fo.append(['hex', fb(x), x.hex()])
    fo.append(['fromhex', x.hex(), enc_result(lambda: float.fromhex(x.hex()), fb)])
    h = hash(x)
    fo.append(['hash', fb(x), None if math.isnan(x) else ei(h)])
    fo.append(['int', fb(x), enc_result(lambda: int(x), ei)])
    for nd in set([0, 1, 2, -1, R.randint(-20, 20), R.randint(-330, 330), R.choice([17, 300, 323, 324, -308, -309])]):
        fo.append(['round', fb(x), nd, enc_result(lambda: round(x, nd), fb)])
for x in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370495.5, 4503599627370497.0,
          1.7976931348623157e308, 2.675, 0.125, 0.375, 5e-324, 1.0e15 + 0.5]:
    for nd in range(-10, 12):
        fo.append(['round', fb(x), nd, enc_result(lambda: round(x, nd), fb)])
    fo.append(['repr_round0', fb(x), enc_result(lambda: round(x), ei)])
SPECIAL = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1.5, 10.0, 1e-300, 1e300, 5e-324, float('inf'),
           float('-inf'), float('nan'), 7.5, -7.5, 0.1, 1e16, 2.0 ** 53]
PAIRS = [(a, b) for a in SPECIAL for b in SPECIAL]
for i in range(2500):
    a = R.choice(random_floats(6))
    b = R.choice(random_floats(6) + SPECIAL)
    PAIRS.append((a, b))
for a, b in PAIRS:
    fo.append(['mod', fb(a), fb(b), enc_result(lambda: a % b, fb)])
    fo.append(['floordiv', fb(a), fb(b), enc_result(lambda: a // b, fb)])
    fo.append(['divmod', fb(a), fb(b), enc_result(lambda: [fb(v) for v in divmod(a, b)])])
    fo.append(['truediv', fb(a), fb(b), enc_result(lambda: a / b, fb)])


def float_pow_is_complex(a, b):
    # float_pow delegates to complex pow exactly in this case (see floatobject.c).
    return (b != 0 and not math.isnan(a) and not math.isnan(b) and not math.isinf(b) and not math.isinf(a)
            and a != 0 and a < 0 and b != math.floor(b))


def powres(a, b):
    if float_pow_is_complex(a, b):
        return 'complex'
    return fb(a ** b)


def correctly_rounded_pow(a, b):
    """The correctly rounded a ** b (finite a != 0, finite b), or None if out of range."""
    import decimal
    from fractions import Fraction
    sign = -1 if (a < 0 and b == math.floor(b) and int(b) % 2) else 1
    a = abs(a)
    if b == math.floor(b) and abs(b) <= 5000:
        r = Fraction(a) ** int(b)
        try:
            return sign * float(r)
        except OverflowError:
            return None
    ctx = decimal.Context(prec=80, Emax=10 ** 9, Emin=-10 ** 9)
    r = ctx.power(decimal.Decimal(a), decimal.Decimal(b))
    f = float(r)
    return None if math.isinf(f) else sign * f


def pow_case(a, b):
    res = enc_result(lambda: powres(a, b))
    case = ['pow', fb(a), fb(b), res]
    if isinstance(res, str) and res != 'complex' and math.isfinite(a) and math.isfinite(b) and a != 0 and b != 0:
        cr = correctly_rounded_pow(a, b)
        if cr is not None and fb(cr) != res:
            case.append(fb(cr))  # glibc's pow is not correctly rounded here
    return case


POW_BASES = SPECIAL + [1.1, 0.9, -1.1, 2.5, -2.5, 10.0, 1.0000001, 123.456, -0.001, 7.0]
POW_EXPS = SPECIAL + [0.5, -0.5, 1 / 3, 2.5, 100.0, -100.0, 1023.0, 1024.0, -1074.0, -1075.0, 3.0, 5.0, 17.0, 1e10]
for a in POW_BASES:
    for b in POW_EXPS:
        fo.append(pow_case(a, b))
for i in range(4000):
    a = R.choice([R.uniform(0, 3), R.uniform(-10, 10), R.uniform(0, 1e3), random_bits_float()])
    b = R.choice([float(R.randint(-40, 40)), float(R.randint(-400, 400)), R.uniform(-5, 5), R.uniform(-400, 400)])
    fo.append(pow_case(a, b))
FROMHEX = ['0x1p0', '0x1.8p1', '-0x1p-2', ' 0x1.0p+0 ', '1', '1.8', 'a', 'ff.8', '0x', '0x.', '.8', '0x.8',
           '0x1p', '0x1p+', '0x1pa', '0x1p-1074', '0x1p-1075', '0x1.8p-1075', '0x1p-1076', '0x1.fffffffffffffp1023',
           '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', '0x1p1024', '0x1p99999999999999999999',
           '0x1p-99999999999999999999', '0x0p99999999999', 'inf', '-inf', 'nan', '-nan', 'Infinity', '-iNfInItY',
           'infinit', '0x1p0x', 'x', '', ' ', '0X1P0', '0x1.00000000000008p0', '0x1.00000000000018p0',
           '0x1.000000000000080001p0', '0x0.0000000000001p-1022', '0x0.00000000000008p-1022', '+0x1p1',
           '0x1 p1', '- 0x1', '0x123456789abcdef0123p0', '0x.000000000000000000001p80', '0.0', '-0x0p0',
           '0x1_0p0', '\x0b0x1p0\x0c', '00x1p0', '0x0x1']
for s in FROMHEX:
    fo.append(['fromhex', s, enc_result(lambda: float.fromhex(s), fb)])
dump('float_ops.json', fo)

# ----------------------------------------------------------------- int ops
io = []
IA = random_ints(500)
SMALL = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2 ** 64, -2 ** 64, 10 ** 30 + 7]
IPAIRS = [(a, b) for a in SMALL for b in SMALL]
for i in range(2000):
    IPAIRS.append((R.choice(IA), R.choice(IA + SMALL)))
for a, b in IPAIRS:
    io.append(['floordiv', ei(a), ei(b), enc_result(lambda: ei(a // b))])
    io.append(['mod', ei(a), ei(b), enc_result(lambda: ei(a % b))])
    io.append(['divmod', ei(a), ei(b), enc_result(lambda: [ei(v) for v in divmod(a, b)])])
    io.append(['truediv', ei(a), ei(b), enc_result(lambda: a / b, fb)])
for a, b in [(10 ** 400, 10 ** 399), (10 ** 400, 3), (1, 10 ** 400), (-1, 10 ** 330), (2 ** 1024, 2), (2 ** 1025, 2),
             (2 ** 1024 - 2 ** 970, 1), (2 ** 1024 - 2 ** 970 - 1, 1), (1, 2 ** 1074), (1, 2 ** 1075),
             (3, 2 ** 1076), (1, 2 ** 1075 - 1), (10 ** 5000 + 1, 10 ** 4999), (-(3 ** 2000), 7 ** 700)]:
    io.append(['truediv', ei(a), ei(b), enc_result(lambda: a / b, fb)])
for v in IA + SMALL + [2 ** 1024, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1, 2 ** 53 + 1, 2 ** 54 + 2,
                       2 ** 54 + 6, -(2 ** 53 + 1), 10 ** 400]:
    io.append(['tofloat', ei(v), enc_result(lambda: float(v), fb)])
    io.append(['bitlen', ei(v), v.bit_length()])
    io.append(['bitcount', ei(v), v.bit_count()])
    io.append(['hash', ei(v), ei(hash(v))])
    for nd in (-1, -2, -3, -5, -20, -60, 0, 3):
        io.append(['round', ei(v), nd, ei(round(v, nd))])
    for n, order, signed in ((0, 'big', False), (1, 'big', True), (2, 'little', False), (4, 'big', True),
                             (8, 'little', True), (9, 'big', False), (20, 'little', True), (-1, 'big', False),
                             (3, 'middle', False)) + (((300, 'big', True),) if v.bit_length() > 2000 else ()):
        io.append(['tobytes', ei(v), n, order, signed, enc_result(lambda: list(v.to_bytes(n, order, signed=signed)))])
for i in range(500):
    bs = bytes(R.getrandbits(8) for _ in range(R.randint(0, 12)))
    for order in ('big', 'little'):
        for signed in (False, True):
            io.append(['frombytes', list(bs), order, signed, ei(int.from_bytes(bs, order, signed=signed))])
io.append(['frombytes', [1], 'mid', False, enc_result(lambda: int.from_bytes(b'\x01', 'mid'))])
for a in [0, 1, -1, 5, -5, 2 ** 100, -(2 ** 100) - 1, 12345678901234567890]:
    for n in [0, 1, 3, 64, 65, 200, -1, -100]:
        io.append(['lshift', ei(a), ei(n), enc_result(lambda: ei(a << n))])
        io.append(['rshift', ei(a), ei(n), enc_result(lambda: ei(a >> n))])
for a, n in [(1, 2 ** 62), (0, 2 ** 70), (5, 2 ** 70), (-5, 2 ** 70)]:
    io.append(['rshift', ei(a), ei(n), enc_result(lambda: ei(a >> n))])
    if a == 0:
        io.append(['lshift', ei(a), ei(n), enc_result(lambda: ei(a << n))])
for a in [0, 1, -1, 2, -2, 3, 10, -10, 7, 2 ** 70, -(3 ** 50)]:
    for b in [0, 1, 2, 3, 10, 63, 64, 100, -1, -2, -3, -100]:
        io.append(['pow', ei(a), ei(b), enc_result(lambda: (lambda r: ei(r) if isinstance(r, int) else fb(r))(a ** b))])
        for m in [0, 1, -1, 2, 3, 7, 10, -7, 2 ** 64 + 13, -(10 ** 20 + 39), 12]:
            io.append(['pow3', ei(a), ei(b), ei(m), enc_result(lambda: ei(pow(a, b, m)))])
for i in range(1500):
    a, b, m = R.choice(IA), R.randint(-300, 300), R.choice(IA + SMALL)
    io.append(['pow3', ei(a), ei(b), ei(m), enc_result(lambda: ei(pow(a, b, m)))])
for a, b in [(2, 1024), (2, -1075), (10, 400), (10, -400), (-10, -3), (3, -1), (2 ** 1100, -1), (7, 300)]:
    io.append(['pow', ei(a), ei(b), enc_result(lambda: (lambda r: ei(r) if isinstance(r, int) else fb(r))(a ** b))])
dump('int_ops.json', io)

# ----------------------------------------------------------------- other digit limits
lim = []
for limit in (0, 641, 1000, 4300, 5, 640, -1):
    ok, e = run(lambda: sys.set_int_max_str_digits(limit))
    if not ok:
        lim.append(['set', limit, err(e)])
        continue
    lim.append(['set', limit, None])
    for k in (640, 641, 642, 999, 1000, 1001, 4300, 4301, 6000):
        for sign in (1, -1):
            v = sign * 10 ** (k - 1)
            r = enc_result(lambda: str(v))
            lim.append(['str', k, sign, r if isinstance(r, list) else r[:40]])
        s = '7' * k
        r = enc_result(lambda: int(s), ei)
        lim.append(['int', k, r if isinstance(r, list) else 'ok'])
    sys.set_int_max_str_digits(4300)
dump('limits.json', lim)
