import math
cases = [
    "int('3.5')", "int(None)", "float('abc')", "float([])", "str(1, 2, 3, 4)", "list(5)", "tuple(None)",
    "dict([1, 2])", "set([[1]])", "len(None)", "abs('x')", "round('x')", "sum([1, 'a'])", "min()", "max(1)",
    "sorted(None)", "reversed(5)", "enumerate(3)", "zip(1)", "map(None)", "iter(5)", "next([1])",
    "'a' * 'b'", "'a' + 1", "1 + 'a'", "[1] + (2,)", "{} + {}", "None + 1", "1 / 0", "1 // 0", "1 % 0",
    "2 ** -1 ** 0.5j", "math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.factorial(1.5)",
    "'abc'[5]", "'abc'['x']", "[1][1.0]", "(1,)[2]", "{'a': 1}['b']", "{}.pop('x')", "[].pop()", "[1].remove(2)",
    "[1].index(5)", "'abc'.index('z')", "'x'.join([1])", "'%d' % 'x'", "'%s %s' % (1,)", "'{}'.format()",
    "'{0}{1}'.format(1)", "'{x}'.format()", "f'{1:d}'.format() or format('x', 'd')", "format(1.5, 'd')",
    "chr(-1)", "chr(0x110000)", "ord('ab')", "ord('')", "bytes('x')", "bytes(-1)", "b'a' + 'b'", "bytearray('x')",
    "hash([])", "hash({})", "{[]: 1}", "frozenset([[]])", "range(1.5)", "range(1, 2, 0)", "slice(1)[0]",
    "object().x", "object().x = 1", "type('X', (), {})().y", "None.foo", "(1).real = 2", "len.x",
    "int.from_bytes('ab', 'big')", "(1).to_bytes(1, 'middle')", "(256).to_bytes(1, 'big')", "divmod(1, 0)",
    "pow(2, 3, 0)", "pow(2.0, 3, 5)", "complex('x')", "1j < 2j", "[1, 2] < [1, 'a']", "None < 1", "{} < {}",
    "getattr(1, 'x')", "setattr(1, 'x', 2)", "delattr(1, 'real')", "isinstance(1, 2)", "issubclass(1, int)",
    "super()", "vars(1)", "dir(1, 2)", "callable()", "exec(5)", "eval('1 +')", "compile('x', 'f', 'bad')",
    "import_module", "__import__('nonexistent_mod_xyz')", "open(5.5)", "print(sep=5)", "input(1, 2)",
    "list.append()", "list.append(1, 2)", "str.upper()", "dict.fromkeys()", "int.bit_length()",
    "[].sort(key=1)", "sorted([3, 1], key=lambda: 0)", "(lambda x: x)()", "(lambda: 0)(1)", "(lambda *, k: k)(1)",
    "memoryview('x')", "array_missing", "iter(lambda: 1, 1, 2)", "a, b = [1, 2, 3]", "a, b, c = (1, 2)", "x, *y, z = [1]",
]
for c in cases:
    try:
        if "=" in c and not c.startswith(("'", "f'")) and "==" not in c and "lambda" not in c and "sep=" not in c and "key=" not in c:
            exec(c, {"math": math})
        else:
            eval(c, {"math": math})
        print("no error:", c)
    except Exception as e:
        print(f"{c!r:40} {type(e).__name__}: {e}")
