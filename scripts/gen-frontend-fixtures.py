#!/usr/bin/env python3
"""Generate the front-end fixtures from REAL CPython 3.12.

    PYENV_VERSION=3.12.1 python3 scripts/gen-frontend-fixtures.py

Writes three JSON files under tests/fixtures/frontend/:

* valid.json  - for each snippet of VALID (name, mode, source): the tree `ast.parse` builds, in
                the shape of src/interpreter/frontend/ast.ts (node class in `kind`, operators and
                ctx as strings, constants as ConstValue-like JSON, column offsets converted from
                UTF-8 bytes to code points), plus the SyntaxWarnings the parser emitted.
* errors.json - for each snippet of ERRORS: what CPython raises. `parser` is the exception of the
                parser alone (`ast.parse`), `compiler` that of a full `compile()` (only when it
                differs), each as {type, msg, lineno, offset, end_lineno, end_offset, text}.
* tokens.json - token streams of a few ASCII snippets, from the tokenize module.
* limits.json - huge generated sources (deep nesting, long chains) and what compile() raises
                for them, if anything.
* seeds.json  - every *.py of /work/shared/seed-examples/ with its tree, like valid.json.

The fixtures are never edited by hand: change the corpus below and re-run.
"""
import ast
import io
import json
import math
import os
import sys
import tokenize
import warnings

if sys.version_info[:2] != (3, 12):
    sys.exit('run this with CPython 3.12 (PYENV_VERSION=3.12.1 python3 ...)')

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'frontend')
SEEDS = '/work/shared/seed-examples'

# ----------------------------------------------------------------------------- valid corpus
# (name, source) for mode 'exec'; (name, source, mode) otherwise.
VALID = [
    # --- module shapes, layout
    ('empty', ''),
    ('only-newlines', '\n\n\n'),
    ('only-comment', '# just a comment'),
    ('pass', 'pass'),
    ('no-trailing-newline', 'x = 1\ny = 2'),
    ('crlf', 'x = 1\r\nif x:\r\n    y = 2\r\n'),
    ('cr-only', 'x = 1\ry = 2\r'),
    ('trailing-whitespace', 'x = 1   \n   \n'),
    ('comments-everywhere', '# a\nx = 1  # b\n\n# c\nif x:  # d\n    # e\n    y = 2  # f\n# g\n'),
    ('semicolons', 'a = 1; b = 2;\nc = 3'),
    ('backslash-continuation', 'x = 1 + \\\n    2\ny = \\\n  3\n'),
    ('backslash-in-brackets', 'x = (1 + \\\n     2)\n'),
    ('implicit-joining', 'x = [\n    1,\n    2,\n]\nprint(1,\n      2)\nd = {\n  "a": 1,  # c\n\n  "b": 2}\n'),
    ('tabs-indent', 'if x:\n\ty = 1\n\tif y:\n\t\tz = 2\n'),
    ('tab-then-spaces-consistent', 'if x:\n\tif y:\n\t    z = 2\n'),
    ('formfeed', '\x0cx = 1\nif x:\n    \x0c\n    y = 2\n'),
    ('dedent-multiple', 'if a:\n    if b:\n        if c:\n            pass\nx = 1\n'),
    ('blank-lines-in-block', 'def f():\n\n    x = 1\n\n\n    return x\n'),
    ('comment-dedent', 'if a:\n    x = 1\n# comment at col 0\n    y = 2\n'),
    # --- assignment forms
    ('assign-simple', 'x = 1'),
    ('assign-chain', 'x = y = z = 0'),
    ('assign-swap', 'a, b = b, a'),
    ('assign-star', '[a, *b] = c\n*d, e = f\ng, *h, i = j'),
    ('assign-nested', '(a, b), c = d\n[a, (b, c)] = e'),
    ('assign-targets', 'a.b.c = 1\na[1][2] = 3\na[1:2] = b\na[1:2, ::3] = c\n(a) = 1\n(a.b) = 2'),
    ('assign-tuple-parens', '(a, b) = 1, 2\n() = []\n[] = ()'),
    ('augassign-all', 'a += 1\na -= 1\na *= 1\na @= 1\na /= 1\na %= 1\na &= 1\na |= 1\na ^= 1\na <<= 1\na >>= 1\na **= 1\na //= 1\na.b += 1\na[0] -= 2'),
    ('annassign', 'x: int\nx: int = 5\n(x): int = 5\na.b: int\na[0]: int = 1\nx: list[int] = []\ny: "str"'),
    ('assign-yield', 'def g():\n    x = yield\n    y = yield 1\n    z = yield from w\n    a = b = yield c'),
    ('assign-starred-rhs', 'x = *a, *b\ny = 1, *c'),
    # --- operators and precedence
    ('binops', '1 + 2 * 3 ** -4 // 5 % 6 @ 7 / 8 - 9'),
    ('bitops', 'a | b ^ c & d << e >> f'),
    ('pow-unary', '-x ** 2\n(-x) ** 2\n2 ** -1\n2 ** 3 ** 4\n-2 ** -3 ** -4'),
    ('boolops', 'not a and b or c\na or b or c\na and b and c or d and e\nnot not x'),
    ('compare-chain', 'a < b <= c > d >= e == f != g\na is not b\na not in b\na in b is c'),
    ('unary', '-1\n+x\n~x\nnot x\n--x\n- - + ~ x'),
    ('ifexp', 'a if b else c\na if b else c if d else e\n(a if b else c) if d else e\nx = lambda: a if b else c'),
    ('parens-grouping', '(a + b) * c\n((((x))))\n(a)(b)'),
    ('matmul', 'a @ b @ c'),
    # --- numbers
    ('ints', '0\n123\n1_000_000\n00\n0_0\n123456789012345678901234567890\n9007199254740993'),
    ('radix-ints', '0x_FF\n0o17\n0b1010\n0XdeadBEEF\n0O7_7\n0B1_0\n0xffffffffffffffffffff'),
    ('floats', '1.\n.5\n1e10\n1E-5\n1_000.5e-3\n0.1\n0e0\n1e400\n3.14_15\n1_0.0_1e+1_0\n0.0\n00.5\n09.5\n1e-400'),
    ('imaginary', '1j\n1.5J\n1_0j\n1e3j\n.5j\n0j\n09j'),
    ('number-attrs', '1 .real\n1.0.real\n1j.imag\n0x1.bit_length()\n1e3.hex()'),
    # --- strings
    ('str-quotes', "'a'\n\"b\"\n'''c\nd'''\n\"\"\"e\"\"\"\n''\n\"\""),
    ('str-prefixes', "r'\\d'\nb'abc'\nrb'\\x'\nBr'x'\nu'x'\nR'x'\nU'y'\nRB'z'\nbR'w'\nB'v'"),
    ('str-escapes', "'\\n\\t\\r\\a\\b\\f\\v\\0\\\\\\'\\\"\\x41\\u0041\\U0001F600\\101\\7\\N{BULLET}\\N{LATIN SMALL LETTER A}'"),
    ('bytes-escapes', "b'\\x00\\xff\\n\\\\\\'\\101\\777'"),
    ('str-concat', "'a' 'b'\n'a' \\\n 'b'\n('a'\n 'b'\n 'c')\nb'a' b'b'\nb'a' rb'\\b'"),
    ('str-line-continuation', "'abc\\\ndef'\n'''x\\\ny'''\nb'a\\\nb'"),
    ('str-triple-embedded-quotes', '"""a"b""c"""\n\'\'\'it\'s\'\'\'\n"""\'\'\'"""\n\'\'\'""\'\'\''),
    ('str-raw-quotes', 'r"\\""\nr\'\\\'\'\nr"\\\\"\nr"a\\\nb"'),
    ('str-unicode', "'한글'\nx = '🚀 rocket'\n'é' + 'e\\u0301'\n'\\N{HANGUL SYLLABLE GA}'"),
    ('str-invalid-escapes-warn', "'\\d'\n'\\8'\nb'\\q'\n'\\400'\nrb'\\d'\nr'\\d'"),
    ('str-empty-triple', "''''''\n\"\"\"\"\"\""),
    ('str-long-lines', 's = """\nline1\n\tline2\n    line3\n"""\n'),
    ('str-u-kind-concat', "u'a' 'b'\n'a' u'b'"),
    # --- f-strings
    ('fstr-basic', 'f"{x}"\nf"a{x}b"\nf""\nf"plain"\nF"{x}"'),
    ('fstr-conversions', 'f"{x!r}"\nf"{x!s}"\nf"{x!a}"\nf"{x!r:>10}"'),
    ('fstr-format-spec', 'f"{x:>10}"\nf"{x:{w}.{p}f}"\nf"{3.14:.2f}"\nf"{x:%H:%M}"\nf"{x:}"\nf"{x:{y}}"\nf"{x:a{y}}"\nf"{x:{y}a}"\nf"{x:{y}{z}}"'),
    ('fstr-braces', 'f"{{}}"\nf"{{x}}"\nf"a{{b}}c{d}e"\nf"{{"\nf"}}"\nf"{x}{{"'),
    ('fstr-debug', 'f"{x=}"\nf"{x = }"\nf"{x = !r}"\nf"{x=:>5}"\nf"{x=!s:^{w}}"\nf"{a.b=}"\nf"{x+1=}"'),
    ('fstr-nested-quotes', 'f"{\'nested\'}"\nf"{"same quotes"}"\nf"{f"{x}"}"\nf\'{f"{f\'{x}\'}"}\'\nf"{d["key"]}"'),
    ('fstr-triple', 'f"""{\nx\n}"""\nf\'\'\'a\n{b}\nc\'\'\''),
    ('fstr-raw', "rf'\\d{x}'\nfr'{x}\\n'\nRF'{x}'\nfR'\\{x}'"),
    ('fstr-concat', 'f"a" "b" f"{c}"\nf"{x}" f"{y}"\n"a" f"b{x}" "c"\nf"{x}" ""\nf"a" "b"\n"a" f""'),
    ('fstr-exprs', 'f"{ x }"\nf"{x,y}"\nf"{*x,}"\nf"{(lambda: 1)()}"\nf"{a[\'k\']}"\nf"{x if y else z}"\nf"{[i for i in y]}"\nf"{ {1: 2}[1] }"'),
    ('fstr-escapes', 'f"\\N{BULLET} {x}"\nf"{x}\\n"\nf"\\t{x}\\x41"\nf"\\{{x}}"'),
    ('fstr-nested-deep', 'f"{x:{y:{z}}}"\nf"{f"{f"{f"{f"{x}"}"}"}"}"'),
    ('fstr-spec-nested-quotes', 'f"{x:{"<" if a else ">"}10}"'),
    ('fstr-backslash-expr', 'f"{"\\n".join(a)}"'),
    ('fstr-comment-multiline', 'f"""{x # comment\n}"""'),
    ('fstr-yield-await', 'def g():\n    f"{yield}"\nasync def h():\n    f"{await x}"'),
    ('fstr-unicode', 'f"한글 {이름}님"\nf"🚀{x}🚀"'),
    ('fstr-in-call', 'print(f"{a}-{b!r}", f"{c:03d}")'),
    ('fstr-spec-escape', 'f"{x:\\n}"\nf"{x:{{}}}"'),
    ('fstr-walrus-parens', 'f"{(x:=10)}"'),
    ('fstr-multiline-single-quote-expr', 'f"{1+\n2}"'),
    # --- containers and comprehensions
    ('lists-tuples', '[]\n[1, 2, *a]\n()\n(1,)\n(1, 2)\n1, 2\n1,\n[1,]\n(*a, b)'),
    ('dicts-sets', '{}\n{1: 2, **d, 3: 4}\n{1, 2, *s}\n{**a, **b}\n{1: 2,}'),
    ('listcomp', '[x for x in y]\n[x for x in y if x if not x for z in x]\n[(a, b) for a in x for b in y]\n[[y for y in x] for x in z]'),
    ('setcomp-dictcomp', '{x for x in y}\n{k: v for k, v in d.items()}\n{k: v for k in a if k for v in b}'),
    ('genexp', '(x for x in y)\nf(x for x in y)\nsum(x*x for x in range(10))\nf((x for x in y), 1)\n(x for x in y if x)'),
    ('comp-walrus', '[y := f(x) for x in xs]\n[z for x in xs if (z := x)]'),
    ('comp-async', 'async def f():\n    return [x async for x in y]\n    {x: y async for x, y in z}\n    (x async for x in y if await x)\n    [await x for x in y]'),
    ('comp-starred-target', '[a for *a, b in c]\n[a for a, in b]\n[x for (x) in y]'),
    ('comp-ifexp-in-if', '[x for x in y if (a if b else c)]\n[x if x else y for x in z]'),
    # --- calls, attributes, subscripts
    ('calls', 'f()\nf(a, b=1, *c, **d)\nf(*a, *b, c=1, **d, **e)\nf(a)(b)(c)\nf(a,)\nf(**{})\nprint("x", end="")\nf(a, *b, c)\nf(a=1, *b)\nf(*a, b, *c, d=1)'),
    ('calls-kw-after-star', 'f(x=1, *y, z=2, **k)'),
    ('attributes', 'a.b.c\na.b().c[0].d\nx = a.b\n(a).b\n"abc".upper()'),
    ('subscripts', 'a[0]\na[1:2]\na[::2]\na[:]\na[1:2:3]\na[1, 2]\na[1:2, 3]\na[...]\na[*b]\na[b:=1]\nx[a, b:c]\na[::-1]\na[1:2,]\na[:, None]\na[()]'),
    ('subscript-starred', 'a[*b, c]\na[1, *b]'),
    ('keyword-lambda', 'sorted(a, key=lambda x: -x)'),
    ('percent-format', '"%d %s" % (1, "a")'),
    # --- lambda
    ('lambdas', 'lambda: 0\nlambda x: x\nlambda x, y=1, *a, z, w=2, **k: 0\nlambda *, a: a\nlambda a, /, b: 0\nlambda *a, **k: 0\nlambda x=lambda y: y: x\nlambda a=1, /, b=2: 0\nlambda a, b=2, /, c=3, *, d, e=5: 0\nlambda *a: a\nlambda **k: k\nlambda a,: a'),
    ('lambda-nested', 'lambda: lambda: lambda: 1\nf = lambda x: x if x else None'),
    # --- walrus
    ('walrus', '(x := 1)\nif (n := len(a)) > 10: pass\nwhile chunk := f.read(): pass\nprint(x := 1)\ny = (x := 5)\nf(a, b := 2)\nif x := 1: pass\nelif y := 2: pass\n[x := 1, y := 2]\n{x := 1}\na[x := 1]'),
    # --- starred
    ('starred', '*a, b = c\na, *b = c\nprint(*a)\nfor *a, b in c: pass\ndef f():\n    return *a, *b\n    yield *a, b'),
    ('ellipsis', '...\nx = ...\ndef f(): ...\na[..., 1]'),
    # --- await / yield
    ('async-forms', 'async def f():\n    await x\n    async for a in b: pass\n    async with c as d: pass\n    async with e, f as g: pass\n    async for a in b:\n        pass\n    else:\n        pass\n    await (await y)\n    x = await f() ** 2\n    return await z'),
    ('yield-forms', 'def g():\n    yield\n    yield 1\n    x = yield 2\n    yield from h()\n    y = yield a, b\n    yield 1, 2\n    yield *a, b\n    await_ = (yield)\n    f((yield))\n    z = [(yield)]'),
    # --- compound statements
    ('if-elif-else', 'if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass'),
    ('if-one-line', 'if x: a; b\nelse: c'),
    ('while-else', 'while True:\n    break\nelse:\n    pass\nwhile x:\n    continue'),
    ('for-else', 'for i in range(10):\n    pass\nelse:\n    pass\nfor i, (a, b) in enumerate(pairs): pass\nfor x, in y: pass\nfor x in 1, 2, 3: pass\nfor x in *a, *b: pass\nfor [a, b] in c: pass\nfor a.b in c: pass\nfor a[0] in c: pass'),
    ('try-forms', 'try:\n    pass\nexcept:\n    pass\ntry:\n    pass\nexcept E:\n    pass\nexcept (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\ntry:\n    pass\nfinally:\n    pass'),
    ('try-star', 'try:\n    pass\nexcept* ValueError:\n    pass\nexcept* (TypeError, KeyError) as eg:\n    pass\nelse:\n    pass\nfinally:\n    pass'),
    ('try-nested', 'try:\n    try:\n        x\n    except A:\n        raise\nexcept B as b:\n    raise C from b'),
    ('raise-forms', 'raise\nraise X\nraise X from Y\nraise X from None\nraise X("msg")'),
    ('assert-forms', 'assert x\nassert x, "msg"\nassert isinstance(x, int), f"bad {x!r}"\nassert (x, y)'),
    ('del-forms', 'del a\ndel a, b\ndel a[0], b.c\ndel (a, b)\ndel [a, b]\ndel (a)\ndel a,\ndel (a), [b]\ndel x[1:2]'),
    ('global-nonlocal', 'def f():\n    global x, y\n    def g():\n        nonlocal z\n        nonlocal a, b'),
    ('import-forms', 'import a\nimport a.b.c as d, e\nfrom . import x\nfrom .. import (a, b as c,)\nfrom .a.b import *\nfrom ... import x\nfrom .... import x\nfrom __future__ import annotations\nimport a as b\nfrom a import b, c as d\nfrom .a import (b)'),
    ('return-forms', 'def f():\n    return\ndef g():\n    return 1\ndef h():\n    return 1, 2\ndef i():\n    return (yield)'),
    ('pass-break-continue', 'for x in y:\n    if x: break\n    elif y: continue\n    else: pass'),
    # --- functions and classes
    ('def-simple', 'def f():\n    """doc"""\n    return 1'),
    ('def-params', 'def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int: pass'),
    ('def-annotations', 'def f(a: int, *args: str, b: float = 1.0, **kw: dict) -> "X": pass'),
    ('def-kwonly', 'def f(*, a): pass\ndef g(*, a=1, b): pass\ndef h(a, *, b, **c): pass'),
    ('def-posonly', 'def f(a, /): pass\ndef g(a, /, b): pass\ndef h(a=1, /, b=2): pass\ndef i(a, b=2, /, *c): pass'),
    ('def-star-annotation', 'def f(*args: *Ts): pass'),
    ('def-trailing-comma', 'def f(a,): pass\ndef g(a, *, b,): pass\ndef h(**k,): pass\ndef i(\n    a,\n    b,\n): pass'),
    ('def-generic', 'def f[T](x: T) -> T: return x\ndef g[T: int, *Ts, **P](): pass\ndef h[T: (int, str)](): pass\ndef i[T,](): pass'),
    ('def-nested', 'def outer():\n    x = 1\n    def inner(y=x):\n        return y\n    return inner'),
    ('def-defaults-lambda', 'def f(x=lambda: 0, y=[1, 2]): pass'),
    ('decorators', '@dec\ndef f(): pass\n@a.b(c)\n@d\ndef g(): pass\n@x[0].y\ndef h(): pass\n@(lambda f: f)\ndef i(): pass\n@dec\nclass C: pass\n@dec\nasync def j(): pass'),
    ('async-def', 'async def f(a, *, b):\n    pass'),
    ('class-simple', 'class A: pass\nclass B(): pass\nclass C(A, B): pass'),
    ('class-keywords', 'class A(B, metaclass=M, **kw): pass\nclass D(*bases): pass'),
    ('class-generic', 'class C[T]: pass\nclass D[T: int, *Ts, **P](Base[T]): pass'),
    ('class-body', 'class Point:\n    """A point."""\n    __slots__ = ("x", "y")\n\n    def __init__(self, x, y):\n        self.x = x\n        self.y = y\n\n    @property\n    def norm(self):\n        return (self.x ** 2 + self.y ** 2) ** 0.5\n\n    @staticmethod\n    def origin():\n        return Point(0, 0)\n\n    class Inner:\n        pass\n'),
    # --- with
    ('with-forms', 'with a: pass\nwith a as b, c as d: pass\nwith a as (b, c): pass\nwith a as [b, c]: pass\nwith a as b.c: pass\nwith a as b[0]: pass'),
    ('with-parens', 'with (a as b, c as d): pass\nwith (a, b): pass\nwith (a): pass\nwith (a as b,): pass\nwith (a, b,): pass\nwith (\n    open("f") as f,\n    open("g") as g,\n):\n    pass\nwith (a), (b): pass\nwith (a) as b: pass\nwith (a, b) as c: pass'),
    ('with-multi', 'with open("f") as f, open("g") as g:\n    pass'),
    ('with-yield', 'def g():\n    with (yield) as x: pass'),
    # --- match
    ('match-literals', 'match x:\n    case 1:\n        pass\n    case -1:\n        pass\n    case 1.5:\n        pass\n    case 1+2j:\n        pass\n    case -1-2j:\n        pass\n    case "a" "b":\n        pass\n    case b"x":\n        pass\n    case None:\n        pass\n    case True:\n        pass\n    case False:\n        pass\n    case 0j:\n        pass\n    case -0.5+1j:\n        pass'),
    ('match-capture-wildcard', 'match x:\n    case a:\n        pass\n    case _:\n        pass'),
    ('match-value', 'match x:\n    case Color.RED:\n        pass\n    case a.b.c:\n        pass'),
    ('match-sequence', 'match x:\n    case [a, *rest]:\n        pass\n    case (a, b):\n        pass\n    case a, b:\n        pass\n    case []:\n        pass\n    case ():\n        pass\n    case [*_]:\n        pass\n    case (a,):\n        pass\n    case [a, [b, c]]:\n        pass\n    case *a, b:\n        pass\n    case a,:\n        pass'),
    ('match-mapping', 'match x:\n    case {"k": v, **rest}:\n        pass\n    case {}:\n        pass\n    case {**rest}:\n        pass\n    case {1: a, "b": [c], None: d, a.b: e}:\n        pass\n    case {-1: x, 1+2j: y}:\n        pass'),
    ('match-class', 'match x:\n    case Point(x=0, y=0):\n        pass\n    case Point(1, 2):\n        pass\n    case Point():\n        pass\n    case a.B(1, y=2):\n        pass\n    case str() | bytes():\n        pass\n    case P(a, b=c,):\n        pass'),
    ('match-or-as', 'match x:\n    case 1 | 2 | 3:\n        pass\n    case [a] as b:\n        pass\n    case (1 | 2) as c:\n        pass\n    case (a):\n        pass\n    case ((a as b) | c as d):\n        pass'),
    ('match-guard', 'match x:\n    case [a, b] if a > b:\n        pass\n    case a if (b := a):\n        pass'),
    ('match-subject', 'match x, y:\n    case a, b: pass\nmatch (x):\n    case _: pass\nmatch *a, b:\n    case _: pass\nmatch -x:\n    case _: pass\nmatch f(x):\n    case _: pass\nmatch [x]:\n    case _: pass\nmatch x,:\n    case _: pass\nmatch (yield):\n    case _: pass'),
    ('soft-keywords-as-names', 'match = 1\nmatch.x = 2\ncase = 3\ntype = 4\nprint(match, case, type)\nmatch(x)\nmatch[x]\n_ = 1\nmatch = case = type\nmatch: int = 1\nmatch -x\nmatch * x\ntype.x\ntype(x)\ntype[x] = 1\ncase.x'),
    ('soft-keyword-match-in-block', 'def f():\n    match x:\n        case 1:\n            return 1\n    return match'),
    # --- type aliases
    ('type-alias', 'type X = int\ntype Point[T] = tuple[T, T]\ntype A[*Ts] = tuple[*Ts]\ntype B[**P] = Callable[P, int]\ntype C[T: int, U: (str, bytes)] = dict[T, U]'),
    # --- identifiers
    ('unicode-identifiers', '변수 = 1\nprint(변수)\ncafé = 2\nπ = 3.14\nclass 클래스:\n    def 메서드(self): return self.값'),
    ('nfkc-identifiers', 'ﬁ = 1\nℌ = 2\nprint(fi, H)'),
    ('keywords-attrs', 'x.match\nx.case\nx.type\nx._\nx.print'),
    ('dunder-names', '__name__\n__init__\n_\n__'),
    # --- misc
    ('print-calls', 'print("hello")\nprint("a", "b", sep=", ", end="\\n")\nprint()\nprint(*args, sep="")'),
    ('nested-parens-deep', 'x = ' + '(' * 150 + '1' + ')' * 150),
    ('nested-lists-deep', 'x = ' + '[' * 100 + ']' * 100),
    ('long-chain', 'x = a' + '.b' * 200 + '\ny = 1' + ' + 1' * 300),
    ('unary-deep', 'x = ' + '-' * 500 + '1'),
    ('not-deep', 'x = ' + 'not ' * 300 + 'y'),
    ('pow-deep', 'x = 2' + ' ** 2' * 300),
    ('if-nested-deep', ''.join('    ' * i + 'if x:\n' for i in range(50)) + '    ' * 50 + 'pass\n'),
    ('multiline-positions', 'x = (1 +\n     2)\ny = [a,\n     b]\nz = f(\n    a,\n    b=c,\n)\ns = """a\nb"""\nt = ("a"\n     "b")'),
    ('conditional-import', 'try:\n    import json\nexcept ImportError:\n    json = None'),
    ('main-guard', 'if __name__ == "__main__":\n    main()'),
    ('generator-pipeline', 'def gen(n):\n    for i in range(n):\n        if i % 2:\n            yield i\n\ntotal = sum(x * 2 for x in gen(10) if x > 3)\n'),
    ('context-manager-class', 'class CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        return False\n'),
    ('dict-literal-multiline', 'config = {\n    "name": "x",\n    "values": [1, 2, 3],\n    "nested": {"a": (1, 2)},\n}\n'),
    ('keyword-soft-in-params', 'def f(match, case, type, _): return match + case'),
    ('string-method-chain', 'text = ", ".join(str(x) for x in range(3)).upper().strip()'),
    ('octal-escape-edge', "'\\0\\00\\000\\0000'\n'\\1234'"),
    ('number-then-keyword', '1 if x else 2\n[0x1 for x in y]\n1or 2'),
    ('if-else-chain-expr', 'x = 1 if a else 2 if b else 3 if c else 4'),
    ('star-expr-in-index-assign', 'a[1:2] = *b, c'),
    ('lambda-in-comprehension', '[lambda: i for i in range(3)]\n[(lambda: i)() for i in range(3)]'),
    ('nested-fstring-format', 'f"{f"{x:>{w}}":<{v}}"'),
    ('global-at-module', 'global x\nx = 1'),
    ('return-at-module-is-parse-ok', 'return 1'),
    ('yield-at-module-is-parse-ok', 'yield 1'),
    ('await-at-module-is-parse-ok', 'await x'),
    ('break-at-module-is-parse-ok', 'break\ncontinue'),
    ('nonlocal-at-module-is-parse-ok', 'nonlocal x'),
    ('starred-alone-is-parse-ok', '*a\nx = *a\n*a = b'),
    ('duplicate-params-is-parse-ok', 'def f(a, a): pass\nf(x=1, x=2)'),
    ('future-import-late-is-parse-ok', 'x = 1\nfrom __future__ import annotations'),
    # --- other modes
    ('single-expr', '1 + 2', 'single'),
    ('single-assign', 'x = 1', 'single'),
    ('single-compound', 'if x:\n    y\n', 'single'),
    ('single-semicolons', 'a; b; c = 1', 'single'),
    ('single-for', 'for i in range(3): print(i)\n', 'single'),
    ('single-def', 'def f():\n    return 1\n', 'single'),
    ('eval-binop', '1 + 2', 'eval'),
    ('eval-ifexp', 'x if y else z', 'eval'),
    ('eval-multiline-parens', '(1,\n2)', 'eval'),
    ('eval-trailing-newlines', '1\n\n', 'eval'),
    ('eval-tuple', '1, 2', 'eval'),
    ('eval-lambda', 'lambda x: x + 1', 'eval'),
    ('eval-comment', 'x # c', 'eval'),
]

# ----------------------------------------------------------------------------- error corpus
ERRORS = [
    # --- brackets
    ('unclosed-paren', 'print("hello"'),
    ('unclosed-bracket-multiline', 'x = [1, 2\ny = 3\n'),
    ('unclosed-brace-eof', 'd = {\n  "a": 1,\n'),
    ('unclosed-paren-then-error', 'f(\nx = = 1'),
    ('unmatched-close', 'x = 1)'),
    ('unmatched-close-brace', '}'),
    ('mismatched-close', 'x = (1, 2]'),
    ('mismatched-close-multiline', 'x = (1,\n2]'),
    ('too-many-parens', 'x = ' + '(' * 201 + ')' * 201),
    ('error-before-unclosed', 'x = = 1\nf('),
    # --- generic invalid syntax
    ('invalid-two-names', 'a b'),
    ('invalid-two-numbers', 'x = 10 20'),
    ('invalid-trailing-op', 'x = 1 + '),
    ('invalid-dollar', 'x = $'),
    ('invalid-backtick', 'x = `a`'),
    ('invalid-attr-eof', 'x.'),
    ('invalid-not', 'not'),
    ('invalid-elif-alone', 'elif x:\n pass'),
    ('invalid-else-alone', 'else:\n pass'),
    ('invalid-double-semicolon', 'a = 1; ; b'),
    ('invalid-for-missing-colon-call', 'for x in range(10) print(x)'),
    ('invalid-class-missing-colon', 'class A pass'),
    ('invalid-with-missing-colon', 'with open(f) as g pass'),
    ('invalid-triple-eq', 'x === 1'),
    ('invalid-walrus-stmt', 'x := 1'),
    ('invalid-import-eof', 'import'),
    ('invalid-async-name', 'async = 1'),
    ('invalid-keyword-as-name', 'class = 1'),
    ('invalid-def-no-parens', 'def f: pass'),
    ('invalid-number-attr', 'a.1'),
    ('invalid-lambda-body-stmt', 'lambda: pass'),
    ('invalid-operator-seq', 'x = 1 +* 2'),
    ('invalid-empty-subscript', 'a[]'),
    ('invalid-func-params', 'def f(x y): pass'),
    ('invalid-in-second-line', 'x = 1\ny = (1 2)\n'),
    ('invalid-multiline-stmt', 'x = (1 +\n     2) 3'),
    # --- comma hints
    ('forgot-comma-list', '[a b]'),
    ('forgot-comma-call', 'foo(1, 2 3)'),
    ('forgot-comma-call-names', 'print(x y)'),
    ('forgot-comma-strings', "print('a' 'b' c)"),
    ('forgot-comma-dict', "d = {'a' 1}"),
    ('forgot-comma-tuple', '(1 2, 3)'),
    # --- missing colon / indentation
    ('missing-colon-if', 'if x\n    pass\n'),
    ('missing-colon-while', 'while x\n    pass\n'),
    ('missing-colon-for', 'for x in y\n    pass\n'),
    ('missing-colon-def', 'def f()\n    pass\n'),
    ('missing-colon-class', 'class A\n    pass\n'),
    ('missing-colon-elif', 'if x:\n    pass\nelif y\n    pass\n'),
    ('missing-colon-else', 'if x:\n    pass\nelse\n    pass\n'),
    ('missing-colon-try', 'try\n    pass\n'),
    ('missing-colon-except', 'try:\n    pass\nexcept ValueError\n    pass\n'),
    ('missing-colon-with', 'with a as b\n    pass\n'),
    ('missing-colon-match', 'match x\n    case 1: pass\n'),
    ('missing-colon-case', 'match x:\n    case 1\n        pass\n'),
    ('expected-indent-if', 'if x:\npass'),
    ('expected-indent-def', 'def f(x):\nreturn x'),
    ('expected-indent-for-eof', 'for i in range(3):\n'),
    ('expected-indent-class', 'class A:\nx = 1'),
    ('expected-indent-while', 'while x:\nbreak'),
    ('expected-indent-else', 'if x:\n    pass\nelse:\npass'),
    ('expected-indent-elif', 'if x:\n    pass\nelif y:\npass'),
    ('expected-indent-try', 'try:\nx = 1'),
    ('expected-indent-except', 'try:\n    x\nexcept:\npass'),
    ('expected-indent-finally', 'try:\n    x\nfinally:\npass'),
    ('expected-indent-with', 'with a:\npass'),
    ('expected-indent-match', 'match x:\ncase 1: pass'),
    ('expected-indent-case', 'match x:\n    case 1:\n    pass'),
    ('unexpected-indent', 'x = 1\n    y = 2'),
    ('unexpected-indent-first-line', '  x = 1'),
    ('unexpected-indent-in-block', 'def f():\n    x = 1\n        y = 2\n'),
    ('unindent-mismatch', 'if x:\n    a\n  b'),
    ('unindent-mismatch-else', 'if True:\n    pass\n  else:\n    pass'),
    ('unindent-mismatch-def', 'def f():\n    x = 1\n   y = 2'),
    ('tab-error', 'if 1:\n\tx\n        y'),
    ('tab-error-2', 'def f():\n\treturn 1\n        return 2'),
    ('too-deep-indent', ''.join(' ' * i + 'if x:\n' for i in range(101)) + ' ' * 101 + 'pass\n'),
    ('try-without-except', 'try:\n  pass\n'),
    ('try-without-except-then-code', 'try:\n    pass\nx = 1\n'),
    # --- assignment targets
    ('assign-to-call', 'f() = 1'),
    ('assign-to-call-chain', 'f() = x = 1'),
    ('assign-to-literal', '1 = x'),
    ('assign-to-literal-chain', 'x = 1 = y'),
    ('assign-to-true', 'True = 1'),
    ('assign-to-none-aug', 'None += 1'),
    ('assign-to-genexp', '(x for x in y) = 1'),
    ('assign-to-operator', 'a + b = c'),
    ('assign-to-comparison', 'a < b = c'),
    ('assign-to-lambda', 'lambda: 1 = 2'),
    ('assign-to-fstring', 'f"{x}" = 1'),
    ('assign-to-ifexp', 'a if b else c = 1'),
    ('assign-to-dict', '{} = 1'),
    ('assign-to-set', '{a} = 1'),
    ('assign-to-ellipsis', '... = 1'),
    ('assign-to-yield', 'def f():\n    (yield) = 1'),
    ('assign-in-tuple-literal', '(a, 1) = 2'),
    ('assign-to-starred-call', '*f() = 1'),
    ('assign-to-await', 'async def f():\n    await x = 1'),
    ('assign-to-keyword-in-call', 'f(True=1)'),
    ('augassign-tuple', '(a, b) += 1'),
    ('augassign-list', '[a] += 1'),
    ('augassign-call', 'f() += 1'),
    ('annotate-tuple', 'a, b: int'),
    ('annotate-list', '[a]: int'),
    ('annotate-call', 'f(): int'),
    ('annotate-literal', '1: int'),
    ('del-call', 'del f()'),
    ('del-literal', 'del 1'),
    ('del-tuple-with-call', 'del (a, f())'),
    ('del-starred', 'del *a'),
    ('for-target-call', 'for f() in x: pass'),
    ('for-target-literal', 'for 1 in x: pass'),
    ('comp-target-call', '[x for f() in y]'),
    ('with-target-call', 'with a as f(): pass'),
    ('walrus-attr', '(a.b := 1)'),
    ('walrus-subscript', '(a[0] := 1)'),
    ('if-assign', 'if x = 1: pass'),
    ('if-assign-attr', 'if x.y = 1: pass'),
    ('while-assign', 'while x = 1: pass'),
    ('list-assign-in-elem', '[x = 1]'),
    ('call-kwarg-expression', 'f(a.b=1)'),
    ('call-kwarg-missing-value', 'f(a=)'),
    ('assert-assign', 'assert x = 1'),
    # --- arguments / parameters
    ('param-default-order', 'def f(a=1, b): pass'),
    ('lambda-param-default-order', 'lambda x=1, y: x'),
    ('param-bare-star', 'def f(*): pass'),
    ('param-bare-star-kwargs', 'def f(*, **k): pass'),
    ('param-double-slash', 'def f(a, /, b, /): pass'),
    ('param-slash-first', 'def f(/, a): pass'),
    ('param-slash-after-star', 'def f(*a, /): pass'),
    ('param-star-twice', 'def f(*a, *b): pass'),
    ('param-after-kwargs', 'def f(**k, a): pass'),
    ('param-star-default', 'def f(*a=1): pass'),
    ('param-kwargs-default', 'def f(**k=1): pass'),
    ('param-parenthesized', 'def f((a, b)): pass'),
    ('arg-star-after-kwargs', 'f(**k, *a)'),
    ('arg-positional-after-kw', 'f(a=1, b)'),
    ('arg-positional-after-kwargs', 'f(**k, b)'),
    ('arg-genexp-unparenthesized', 'f(a for a in b, c)'),
    ('arg-genexp-second', 'f(c, a for a in b)'),
    ('class-genexp-base', 'class C(x for x in y): pass'),
    # --- literals
    ('unterminated-string', 's = "abc'),
    ('unterminated-string-line2', 'a = 1\ns = "abc'),
    ('unterminated-string-after-error', 'x = = 1\ns = "abc'),
    ('unterminated-string-concat', 'x = "a" "b'),
    ('unterminated-triple', 'x = """abc\n\n'),
    ('unterminated-triple-single', "x = '''abc\ndef"),
    ('unterminated-fstring', 'f"abc'),
    ('unterminated-fstring-expr', 'f"{x'),
    ('unterminated-triple-fstring', 'f"""abc\n'),
    ('eol-after-backslash', 'x = "abc\\'),
    ('invalid-decimal-literal', 'x = 1abc'),
    ('invalid-decimal-e', 'x = 1e'),
    ('invalid-decimal-underscores', 'x = 1__0'),
    ('invalid-decimal-trailing-underscore', 'x=1_'),
    ('invalid-decimal-class-name', 'class 1A: pass'),
    ('invalid-float-exp-sign', 'x = 1e+'),
    ('invalid-imaginary', 'x = 1jx'),
    ('leading-zeros', 'x = 012'),
    ('leading-zeros-underscore', 'x = 0_7'),
    ('invalid-binary-digit', 'x = 0b12'),
    ('invalid-octal-digit', 'x = 0o8'),
    ('invalid-hex-empty', 'x = 0x'),
    ('invalid-binary-empty', 'x = 0b'),
    ('invalid-octal-empty', 'x = 0o'),
    ('invalid-hex-letter', 'x = 0xg'),
    ('invalid-hex-underscore-end', 'x = 0x1_'),
    ('invalid-char-ellipsis', 'x = 1 \u2026 2'),
    ('invalid-char-emoji', '\U0001F680 = 1'),
    ('invalid-char-in-name', 'ab\u20ac = 1'),
    ('invalid-nbsp', 'x = \xa0 1'),
    ('invalid-smart-quotes', 'print(\u201chello\u201d)'),
    ('invalid-null-byte', 'x = 1\0'),
    ('bytes-non-ascii', "b'\xe4'"),
    ('mix-bytes-str', "'abc' b'def'"),
    ('mix-bytes-fstr', "b'abc' f'def'"),
    ('unicode-name-unknown', "'\\N{foo}'"),
    ('unicode-name-unterminated', "'\\N{BULLET'"),
    ('truncated-x-escape', "'\\x1'"),
    ('truncated-u-escape', "'\\u12'"),
    ('truncated-U-escape', "'\\U0011FFFF'"),
    ('bytes-truncated-x-escape', "b'\\x1'"),
    ('backslash-continuation-char', 'x = 1 \\ 2'),
    ('backslash-eof', 'x = 1 \\'),
    # --- f-strings
    ('fstr-empty-expr', 'f"{}"'),
    ('fstr-bad-conversion', 'f"{x!z}"'),
    ('fstr-conversion-space', 'f"{x! r}"'),
    ('fstr-missing-conversion', 'f"{x!}"'),
    ('fstr-expecting-brace', 'f"{x"'),
    ('fstr-single-close', 'f"}"'),
    ('fstr-bad-expr', 'f"{x +}"'),
    ('fstr-lambda', 'f"{lambda x: 1}"'),
    ('fstr-nested-too-deep', 'f"{x:{y:{z:{w}}}}"'),
    ('fstr-eq-only', 'f"{=}"'),
    ('fstr-colon-only', 'f"{:x}"'),
    ('fstr-bang-only', 'f"{!r}"'),
    ('fstr-two-exprs', 'f"{a b}"'),
    ('fstr-backslash-in-braces', 'f"{\\}"'),
    # --- legacy / hints
    ('print-legacy', 'print "hello"'),
    ('exec-legacy', 'exec "code"'),
    ('ifexp-no-else', 'x = 5 if y'),
    ('multiple-except-types', 'try:\n pass\nexcept A, B:\n pass'),
    ('except-star-bare', 'try:\n pass\nexcept*:\n pass'),
    ('mixed-except-star', 'try:\n pass\nexcept A:\n pass\nexcept* B:\n pass'),
    ('from-import-trailing-comma', 'from x import a,'),
    ('import-from-reversed', 'import a from b'),
    ('dict-missing-value', '{1:}'),
    ('dict-missing-colon', '{1: 2, 3}'),
    ('dict-star', '{*a: 1}'),
    ('starred-in-group', '(*a)'),
    ('dict-unpack-in-list', '[**a]'),
    ('dict-unpack-in-listcomp', '[**a for a in b]'),
    ('comp-missing-parens-target', '[a, b for a, b in c]'),
    ('for-missing-in', 'for x range(3): pass'),
    ('comp-missing-in', '[x for x y]'),
    ('raise-from-missing', 'raise from x'),
    ('case-outside-match', 'case 1:\n    pass'),
    ('match-as-underscore', 'match x:\n    case a as _: pass'),
    ('match-positional-after-keyword', 'match x:\n    case C(a=1, b): pass'),
    ('match-double-star-not-last', 'match x:\n    case {**r, "a": 1}: pass'),
    ('match-expression-pattern', 'match x:\n    case a + 1: pass'),
    ('type-params-empty', 'def f[](): pass'),
    ('type-params-class-empty', 'class C[]: pass'),
    ('typevartuple-bound', 'type A[*T: int] = 1'),
    ('nonparen-lambda-default', 'def f(x=lambda: 1, y): pass'),
    ('not-after-operator', 'x = 1 + not y'),
    ('elif-after-else', 'if a:\n    pass\nelse:\n    pass\nelif b:\n    pass'),
    ('walrus-in-comp-iter-name', '[x for x in y := z]'),
    ('keyword-arg-repeated-dstar-assign', 'f(**a=1)'),
    ('star-assign-call-arg', 'f(*a=1)'),
    ('with-trailing-comma', 'with a, b,: pass'),
    ('invalid-expression-string-mid', '"a" x "b"'),
    ('invalid-string-prefix', 'kf"dsfsdf"'),
    ('deep-unary', '-' * 100000 + '1'),
    ('deep-pow', 'x = 2' + ' ** 2' * 3000),
    ('deep-lambda', 'lambda:' * 3000 + '1'),
    ('deep-unary-compile', '-' * 3000 + '1'),
    ('deep-add-compile', '1' + ' + 1' * 3000),
    ('deep-attr-compile', 'a' + '.b' * 3000),
    ('deep-subscript-compile', 'x' + '[0]' * 3000),
    ('deep-unary-in-if-compile', 'if 1:\n ' + '-' * 2995 + '1'),
    # --- forced tokens (&&':' in the grammar) versus "expected ':'" rules
    ('colon-if-same-line', 'if x pass'),
    ('colon-while-same-line', 'while x pass'),
    ('colon-for-same-line', 'for x in y pass'),
    ('colon-def-same-line', 'def f() pass'),
    ('colon-class-parens-same-line', 'class A() pass'),
    ('colon-with-same-line', 'with a pass'),
    ('colon-try-same-line', 'try pass'),
    ('colon-else-same-line', 'if x:\n pass\nelse pass'),
    ('colon-elif-same-line', 'if x:\n pass\nelif y pass'),
    ('colon-finally-same-line', 'try:\n pass\nfinally pass'),
    ('colon-except-same-line', 'try:\n pass\nexcept pass'),
    ('colon-except-type-same-line', 'try:\n pass\nexcept E pass'),
    ('colon-lambda', 'lambda x pass'),
    ('colon-match-same-line', 'match x pass'),
    ('colon-case-same-line', 'match x:\n    case 1 pass'),
    ('match-call-then-error', 'match(x)\nx = = 1'),
    ('starred-in-listcomp', '[*a for a in b]'),
    ('dstar-in-dictcomp', '{**a for a in b}'),
    ('kwargs-then-star', 'f(**a, *b)'),
    ('kw-then-star-then-pos', 'f(a=1, *b, c)'),
    ('lambda-bare-star', 'lambda *: 0'),
    ('lambda-star-default', 'lambda *a=1: 0'),
    ('def-missing-name', 'def (): pass'),
    ('class-missing-name', 'class : pass'),
    ('for-else-missing-block', 'for x in y:\n    pass\nelse:\nx'),
    ('while-missing-colon-expr', 'while x < 10\n    x += 1'),
    ('unclosed-call-multiline', 'print("a",\n      "b"\nx = 1'),
    ('string-error-later', "x = '\\N{foo}'\ny = 'ok"),
    ('bad-escape-then-syntax', "x = '\\x1'\ny = = 1"),
    ('indent-after-comment', '# c\n  x = 1'),
    ('dedent-to-unknown', 'if x:\n        a\n    b\n'),
    ('nested-unclosed-inner', 'x = [(1, 2]\n'),
    ('unclosed-in-fstring-expr', 'f"{x(}"'),
    ('fstring-unmatched-paren', 'f"{)}"'),
    ('fstring-bad-conversion-long', 'f"{x!rr}"'),
    ('fstring-empty-expr-spaces', 'f"{ }"'),
    ('fstring-star-only', 'f"{*}"'),
    ('keyword-soft-def', 'def match(): pass\nmatch x:\n  case 1:\n pass'),
    ('return-missing-expr-paren', 'def f():\n    return (1,'),
    ('global-missing-name', 'global'),
    ('del-nothing', 'del'),
    ('import-dot-only', 'from . import'),
    ('import-star-parens', 'from a import (*)'),
    ('decorator-no-def', '@dec\nx = 1'),
    ('decorator-bad-expr', '@\ndef f(): pass'),
    ('async-bad', 'async x = 1'),
    ('await-outside-is-parse-ok-but-bad-form', 'await'),
    ('yield-assign', 'def f():\n    yield = 1'),
    ('star-star-expr', 'x = **a'),
    ('star-expr-in-subscript-slice', 'a[*b:c]'),
    ('chained-comparison-assign', 'a == b = c'),
    ('augassign-to-literal', '1 += 1'),
    ('augassign-yield', 'def f():\n    x += yield = 1'),
    ('tuple-annotation-parens', '(a, b): int = 1'),
    ('walrus-in-annotation-target', '(x := 1): int'),
    ('walrus-nested-bad', '((a) := 1)'),
    ('set-assign', '{a, b} = c'),
    ('comp-in-assign-target', '[x for x in y] = z'),
    ('if-missing-expr', 'if :\n    pass'),
    ('while-else-no-colon', 'while x:\n    pass\nelse\n    pass'),
    ('try-else-without-except', 'try:\n    pass\nelse:\n    pass'),
    ('except-as-call', 'try:\n    pass\nexcept E as f():\n    pass'),
    ('except-as-attr', 'try:\n    pass\nexcept E as a.b:\n    pass'),
    ('match-no-cases', 'match x:\n    pass'),
    ('case-bad-pattern-call', 'match x:\n    case f(x)():\n        pass'),
    ('case-star-outside-seq', 'match x:\n    case *a:\n        pass'),
    ('case-walrus', 'match x:\n    case (a := 1):\n        pass'),
    ('case-as-literal', 'match x:\n    case 1 as 2:\n        pass'),
    ('case-mapping-bad-key', 'match x:\n    case {a: 1}:\n        pass'),
    ('case-complex-bad', 'match x:\n    case 1 + 1:\n        pass'),
    ('case-imag-first', 'match x:\n    case 1j + 1:\n        pass'),
    ('type-alias-missing-value', 'type X ='),
    ('type-param-bad', 'def f[1](): pass'),
    ('paramspec-bound', 'type A[**P: int] = 1'),
    # --- found by differential fuzzing against CPython
    ('soft-keyword-prefix-no-comma-hint', 'f(c c)'),
    ('soft-keyword-prefix-no-comma-hint-2', '[a, ma b]'),
    ('unclosed-wins-after-hint', 'f(a x\ny'),
    ('unclosed-wins-legacy-read', 'asser(t x'),
    ('newline-token-after-comment', 'print(1)  and# x'),
    ('unexpected-indent-beats-tokenizer', '    ]self.me = self\n'),
    ('unexpected-indent-beats-string-error', '    x = 1\ny = "abc\n'),
    ('coded-dedent-error-does-not-override', 'def f():\n\n     = 1\n\n\n    return x\n'),
    ('linecont-error-does-not-override', 'x = = 1\ny = 2 \\ 3\n'),
    ('ifexp-falls-back-to-body', 'x = 1 if a else 2 if b else  if c else 4'),
    ('tuple-trailing-comma-fallback', 'y = 1,lambda *c'),
    ('annassign-optional-value-fallback', '(x): int = = 5'),
    ('def-returns-fallback-forced-colon', 'def f() -> : pass'),
    ('star-after-keyword-bad-expr', 'f(a=1, *)'),
    ('positional-after-keyword-await', 'f(x=1, *y, z=2, await**k)'),
    ('positional-after-keyword-reads-rest', 'f(x=1, 1*y, z=2, **k)'),
    ('lambda-second-star-not-param', 'lambda *a, *print *k: 0'),
    ('def-default-missing', 'def f(a=): pass'),
    ('lambda-default-missing', 'lambda a=,: 0'),
    ('lambda-default-missing-colon', 'lambda a=: 0'),
    ('star-named-expressions-repeat', 'g, *h i = j'),
    ('walrus-on-attribute-statement', 'tracemalloc.stop:=()'),
    ('match-fallback-annotation', 'match (x):    case _: pass'),
    ('type-alias-fallback-comma', 'type C[T int] = 1'),
    ('type-alias-fallback-unclosed', 'type Point[T = tuple[T, T]'),
    ('fstring-conversion-checked-late', 'f"{x!af"}"'),
    ('param-default-run-rule', 'def f(a, b=1, /, c=2 *args, d): pass'),
    ('param-default-after-slash-run', 'def f(a=1, /, b=2, c): pass'),
    ('genexp-first-arg-no-comma', 'list(f(a) for a in b(c, , d))'),
    ('genexp-first-arg-comma', 'f(a for a in b, c)'),
    ('genexp-after-keyword', 'f(x=1, a for a in b)'),
    ('kwarg-walrus-then-equals', 'f(data, b:=h=10)'),
    ('memo-suppressed-hint', 'a i[f b else c'),
    ('dict-key-after-item-no-hint', '{1: 2, 3 4}'),
    ('nonascii-position-string', 'x = "é" + 1 +'),
    ('nonascii-position-fstring', 'f"가{x}" + 1 +'),
    ('nonascii-position-fstring-comment', 'print(f"가나 {x}")  and# False'),
    ('multiline-buffer-text', 'r"a\\\nb":='),
    ('continuation-buffer-text', 'x = 1 + \\\n  2 +'),
    ('fstring-comment-keeps-parser-error', 'print(f"a {b.c(#).d}")\n\nx = 1\n'),
    ('fstring-unmatched-paren-read', 'print(f"a {li"st:.2f} MB")\n'),
    ('double-star-then-star', 'f(a, **k, *b)'),
    ('mixed-tabs-ok-then-error', 'if x:\n\ty = 1\n        z = 2\n'),
    # --- other modes and odd corners
    ('comp-lambda-iter', '[x for x in lambda: y]'),
    ('single-blank', '\n', 'single'),
    ('single-comment', '# c\n', 'single'),
    ('single-two-statements', 'x = 1\ny = 2\n', 'single'),
    ('eval-leading-space', '  1', 'eval'),
    ('eval-starred-tuple', '*a, b', 'eval'),
    ('eval-statement', 'x = 1', 'eval'),
    ('eval-two-lines', '1\n2', 'eval'),
    # --- compiler-stage errors: our parser must accept these (the compiler reports them)
    ('compiler-return-outside', 'return 1'),
    ('compiler-yield-outside', 'x = yield 1'),
    ('compiler-break-outside', 'break'),
    ('compiler-nonlocal-module', 'nonlocal x'),
    ('compiler-starred-assign-alone', '*a = b'),
    ('compiler-starred-expr-alone', 'x = *a'),
    ('compiler-duplicate-arg', 'def f(a, a): pass'),
    ('compiler-keyword-repeated', 'f(x=1, x=2)'),
]


# ----------------------------------------------------------------------------- token corpus
# ASCII snippets whose token streams (tokenize module, minus NL and COMMENT) we compare.
TOKENS = [
    ('indent-dedent', 'if x:\n    if y:\n        a\n    b\nc\n'),
    ('blank-and-comment-lines', 'a\n\n   # c\n\tb = 1  # d\n'),
    ('brackets-span-lines', 'f(1,\n  2,\n\n  3)\nx = [\n]\n'),
    ('backslash-continuation', 'x = 1 + \\\n    2\n'),
    ('operators', 'a **= b //= c @= d -> e := f ... g != h <= i >> j << k ^= l ~m\n'),
    ('numbers', 'x = 0x_FF + 0o17 + 0b1 + 1_000 + 1. + .5 + 1e-3 + 1j + 0.5J + 00\n'),
    ('number-then-keyword', 'x = 1if y else 2\n'),
    ('strings', "s = r'a' b'b' Rb'c' U'd' '''e\nf''' \"g\\\"h\"\n"),
    ('fstring', 'f"a{b!r:>{c}}d{{e}}"\n'),
    ('fstring-nested', "f'{f\"{x}\"}' rf'\\{y}' f'{x=}'\n"),
    ('fstring-spec-nested', 'f"{x:{y}.{z}f}"\n'),
    ('no-trailing-newline', 'x = 1'),
    ('eof-dedent', 'def f():\n    return 1'),
]


# ----------------------------------------------------------------------------- limits corpus
# Sources too big to store: (name, prefix, unit, count, suffix) stands for
# prefix + unit * count + suffix. For each, what compile() does (None: it compiles).
LIMITS = [
    ('parens-199', '', '(', 199, 'a' + ')' * 199),
    ('parens-199-missing-comma', '', '(', 199, 'a b' + ')' * 199),
    ('parens-199-lambda', '', '(lambda: ', 199, '1' + ')' * 199),
    ('dict-199-missing-comma', '', '{1:', 199, 'a b' + '}' * 199),
    ('fstring-140-nested', '', 'f"{', 140, 'x' + '}"' * 140),
    ('blocks-99', '', '', 0, ''.join(' ' * i + 'if x:\n' for i in range(99)) + ' ' * 99 + 'pass\n'),
    ('blocks-99-error', '', '', 0, ''.join(' ' * i + 'if x:\n' for i in range(99)) + ' ' * 99 + 'a b\n'),
    ('elif-1000', 'if x: pass\n', 'elif x: pass\n', 1000, ''),
    ('elif-3000', 'if x: pass\n', 'elif x: pass\n', 3000, ''),
    ('add-100k', '1', ' + 1', 100000, ''),
    ('attr-100k', 'a', '.b', 100000, ''),
    ('call-100k', 'f', '()', 100000, ''),
    ('unary-5968', '', '-', 5968, '1'),
    ('unary-100k', '', '-', 100000, '1'),
    ('not-100k', '', 'not ', 100000, 'x'),
    ('pow-100k', '2', ' ** 2', 100000, ''),
    ('lambda-100k', '', 'lambda: ', 100000, '1'),
    ('ifexp-100k', '', '1 if 1 else ', 100000, '1'),
    ('or-100k', 'a', ' or a', 100000, ''),
    ('compare-100k', 'a', ' < a', 100000, ''),
    ('strings-100k', '', '"a" ', 100000, ''),
    ('tuple-100k', 'x = ', '1, ', 100000, ''),
    ('listcomp-150-missing-comma', '', '[x for x in ', 150, 'a b' + ']' * 150),
    ('walrus-190', '', '(a := ', 190, '1' + ')' * 190),
    ('pattern-190-error', 'match x:\n case ', '[', 190, 'a b' + ']' * 190 + ': pass'),
    ('lines-20000', '', 'x = 1\n', 20000, ''),
]


# ----------------------------------------------------------------------------- conversion
def const_json(value):
    if value is None:
        return {'t': 'None'}
    if value is True or value is False:
        return {'t': 'bool', 'v': value}
    if isinstance(value, int):
        return {'t': 'int', 'v': str(value)}
    if isinstance(value, float):
        return {'t': 'float', 'v': float_json(value)}
    if isinstance(value, complex):
        assert value.real == 0, value
        return {'t': 'complex', 'imag': float_json(value.imag)}
    if isinstance(value, str):
        return {'t': 'str', 'v': value}
    if isinstance(value, bytes):
        return {'t': 'bytes', 'v': value.hex()}
    if value is Ellipsis:
        return {'t': 'Ellipsis'}
    raise TypeError(type(value))


def float_json(x):
    if math.isnan(x):
        return 'nan'
    if math.isinf(x):
        return 'inf' if x > 0 else '-inf'
    return x


class Converter:
    """ast node -> our JSON shape, with UTF-8 byte columns turned into code-point columns."""

    def __init__(self, source):
        self.lines = [line.encode('utf-8') for line in source.split('\n')]

    def col(self, lineno, byte_col):
        line = self.lines[lineno - 1] if 0 < lineno <= len(self.lines) else b''
        return len(line[:byte_col].decode('utf-8', errors='replace'))

    def convert(self, node):
        if isinstance(node, list):
            return [self.convert(x) for x in node]
        if isinstance(node, (ast.operator, ast.unaryop, ast.cmpop, ast.boolop, ast.expr_context)):
            return type(node).__name__
        if not isinstance(node, ast.AST):
            return node
        out = {'kind': type(node).__name__}
        for field in node._fields:
            if field in ('type_ignores', 'type_comment', 'kind'):
                continue
            value = getattr(node, field, None)
            if isinstance(node, ast.Constant) and field == 'value':
                out['value'] = const_json(value)
            elif isinstance(node, ast.MatchSingleton) and field == 'value':
                out['value'] = const_json(value)
            else:
                out[field] = self.convert(value)
        if 'lineno' in node._attributes:
            out['lineno'] = node.lineno
            out['col_offset'] = self.col(node.lineno, node.col_offset)
            out['end_lineno'] = node.end_lineno
            out['end_col_offset'] = self.col(node.end_lineno, node.end_col_offset)
        return out


def translate_newlines(source):
    return source.replace('\r\n', '\n').replace('\r', '\n')


def parse_valid(name, source, mode):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        tree = ast.parse(source, '<fixture>', mode)
    conv = Converter(translate_newlines(source))
    return {
        'name': name,
        'mode': mode,
        'source': source,
        'ast': conv.convert(tree),
        'warnings': [
            {'category': w.category.__name__, 'msg': str(w.message), 'lineno': w.lineno}
            for w in caught if issubclass(w.category, SyntaxWarning)
        ],
    }


def error_json(exc):
    out = {'type': type(exc).__name__}
    if isinstance(exc, SyntaxError):
        out.update(msg=exc.msg, lineno=exc.lineno, offset=exc.offset,
                   end_lineno=exc.end_lineno, end_offset=exc.end_offset, text=exc.text)
    else:
        out['msg'] = str(exc)
    return out


def run_error(name, source, mode='exec'):
    entry = {'name': name, 'mode': mode, 'source': source, 'parser': None, 'compiler': None}
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            ast.parse(source, '<fixture>', mode)
        except (SyntaxError, MemoryError, RecursionError, ValueError) as exc:
            entry['parser'] = error_json(exc)
        try:
            compile(source, '<fixture>', mode)
        except (SyntaxError, MemoryError, RecursionError, ValueError) as exc:
            entry['compiler'] = error_json(exc)
    if entry['compiler'] == entry['parser']:
        entry['compiler'] = None
    if entry['parser'] is None and entry['compiler'] is None:
        raise SystemExit(f'error snippet {name!r} compiles fine under {sys.version}')
    return entry


def dump(filename, data):
    path = os.path.join(OUT, filename)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, separators=(',', ':'))
        f.write('\n')
    print(f'wrote {path} ({len(data["cases"])} cases)')


def main():
    os.makedirs(OUT, exist_ok=True)
    names = [v[0] for v in VALID] + [e[0] for e in ERRORS]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SystemExit(f'duplicate snippet names: {sorted(dupes)}')

    valid, bad = [], []
    for v in VALID:
        try:
            valid.append(parse_valid(v[0], v[1], v[2] if len(v) > 2 else 'exec'))
        except SyntaxError as exc:
            bad.append(f'{v[0]}: {exc}')
    if bad:
        raise SystemExit('valid snippets that do not parse:\n  ' + '\n  '.join(bad))
    dump('valid.json', {'python': sys.version.split()[0], 'cases': valid})

    errors = [run_error(*e) for e in ERRORS]
    dump('errors.json', {'python': sys.version.split()[0], 'cases': errors})

    tokens = []
    for name, source in TOKENS:
        toks = []
        for t in tokenize.generate_tokens(io.StringIO(source).readline):
            if t.type in (tokenize.NL, tokenize.COMMENT):
                continue
            toks.append({'type': tokenize.tok_name[t.type], 'string': t.string,
                         'start': list(t.start), 'end': list(t.end)})
        tokens.append({'name': name, 'source': source, 'tokens': toks})
    dump('tokens.json', {'python': sys.version.split()[0], 'cases': tokens})

    limits = []
    for name, prefix, unit, count, suffix in LIMITS:
        source = prefix + unit * count + suffix
        outcome = None
        try:
            compile(source, '<fixture>', 'exec')
        except (SyntaxError, MemoryError, RecursionError) as exc:
            outcome = error_json(exc)
        limits.append({'name': name, 'prefix': prefix, 'unit': unit, 'count': count, 'suffix': suffix,
                       'error': outcome})
    dump('limits.json', {'python': sys.version.split()[0], 'cases': limits})

    seeds = []
    if os.path.isdir(SEEDS):
        for fn in sorted(os.listdir(SEEDS)):
            if fn.endswith('.py') and fn.startswith('s'):
                with open(os.path.join(SEEDS, fn), encoding='utf-8') as f:
                    seeds.append(parse_valid(fn, f.read(), 'exec'))
    dump('seeds.json', {'python': sys.version.split()[0], 'cases': seeds})


if __name__ == '__main__':
    main()
