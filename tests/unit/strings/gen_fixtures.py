"""Generate tests/unit/strings/fixtures.json from real CPython 3.12.

Run:  PYENV_VERSION=3.12.1 python3 tests/unit/strings/gen_fixtures.py

Each case is a Python expression (cases.txt, one per line). The expression is parsed with `ast`
into a small structured call tree (so the TypeScript side can evaluate it without a parser),
evaluated by CPython, and the result (or the exception type and message) is recorded in a
structured, repr-independent description.
"""
import ast
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def desc(v):
    t = type(v)
    if v is None:
        return ['None']
    if t is bool:
        return ['bool', v]
    if t is int:
        return ['i', str(v)]
    if t is float:
        return ['f', repr(v)]
    if t is str:
        return ['s', v]
    if t is bytes:
        return ['bytes', v.hex()]
    if t is bytearray:
        return ['bytearray', v.hex()]
    if t is list:
        return ['list', [desc(x) for x in v]]
    if t is tuple:
        return ['tuple', [desc(x) for x in v]]
    if t is dict:
        return ['dict', [[desc(k), desc(x)] for k, x in v.items()]]
    raise TypeError('cannot describe %r' % (t,))


FUNCS = {'format', 'str', 'repr', 'ascii', 'bytes', 'bytearray', 'len', 'hash_eq', 'list', 'sizeof', 'tuple', 'dict'}
CLASSES = {'str', 'bytes', 'bytearray'}


def const_only(n):
    for sub in ast.walk(n):
        if isinstance(sub, ast.Attribute):
            return False
        if isinstance(sub, ast.Call) and not (isinstance(sub.func, ast.Name) and sub.func.id == 'float'):
            return False
        if isinstance(sub, ast.Name) and sub.id != 'float':
            return False
        if isinstance(sub, ast.BinOp) and isinstance(sub.op, ast.Mod):
            return False
    return True


def node(n):
    if const_only(n):
        try:
            return {'lit': desc(eval(compile(ast.Expression(n), '<c>', 'eval')))}
        except Exception:  # noqa: BLE001
            pass
    if isinstance(n, ast.Call):
        args = [node(a) for a in n.args]
        kw = {k.arg: node(k.value) for k in n.keywords}
        f = n.func
        if isinstance(f, ast.Attribute):
            if isinstance(f.value, ast.Name) and f.value.id in CLASSES:
                return {'clsmethod': f.value.id, 'name': f.attr, 'args': args, 'kw': kw}
            return {'method': f.attr, 'recv': node(f.value), 'args': args, 'kw': kw}
        if isinstance(f, ast.Name) and f.id in FUNCS:
            return {'func': f.id, 'args': args, 'kw': kw}
    if isinstance(n, ast.BinOp):
        op = {ast.Mod: '%', ast.Add: '+', ast.Mult: '*'}[type(n.op)]
        return {'binop': op, 'l': node(n.left), 'r': node(n.right)}
    if isinstance(n, ast.Compare) and len(n.ops) == 1:
        op = {ast.Lt: 0, ast.LtE: 1, ast.Eq: 2, ast.NotEq: 3, ast.Gt: 4, ast.GtE: 5, ast.In: 'in', ast.NotIn: 'notin'}[type(n.ops[0])]
        return {'cmp': op, 'l': node(n.left), 'r': node(n.comparators[0])}
    if isinstance(n, ast.Subscript):
        s = n.slice
        if isinstance(s, ast.Slice):
            parts = [node(x) if x is not None else {'lit': ['None']} for x in (s.lower, s.upper, s.step)]
            return {'slice': node(n.value), 'parts': parts}
        return {'index': node(n.value), 'key': node(s)}
    if isinstance(n, (ast.List, ast.Tuple)):
        return {'seq': 'list' if isinstance(n, ast.List) else 'tuple', 'items': [node(x) for x in n.elts]}
    if isinstance(n, ast.Dict):
        return {'dict': [[node(k), node(v)] for k, v in zip(n.keys, n.values)]}
    raise ValueError('unsupported expression: ' + ast.dump(n))


def sizeof(x):
    return x.__sizeof__()


def hash_eq(a, b):
    return hash(a) == hash(b)


def main():
    cases = []
    with open(os.path.join(HERE, 'cases.txt'), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            tree = ast.parse(line, mode='eval').body
            try:
                r = desc(eval(line, {'sizeof': sizeof, 'hash_eq': hash_eq}))
            except Exception as e:  # noqa: BLE001
                msg = repr(e.args[0]) if isinstance(e, KeyError) else str(e)
                r = ['exc', type(e).__name__, msg]
            cases.append({'expr': line, 'tree': node(tree), 'result': r})
    out = {'python': sys.version.split()[0], 'cases': cases}
    with open(os.path.join(HERE, 'fixtures.json'), 'w', encoding='utf-8') as f:
        f.write('{"python": %s, "cases": [\n' % json.dumps(out['python']))
        f.write(',\n'.join(json.dumps(c, ensure_ascii=True) for c in cases))
        f.write('\n]}\n')
    print('wrote', len(cases), 'cases')


main()


def memory_facts():
    """Sizes and identity facts checked by memory.test.ts."""
    b = bytearray()
    append_sizes = []
    for i in range(40):
        b.append(1)
        append_sizes.append(b.__sizeof__())
    pop_sizes = []
    for i in range(40):
        b.pop()
        pop_sizes.append(b.__sizeof__())
    ext = bytearray(b'abc')
    ext.extend(b'defgh')
    x = 'hello world'
    imm = lambda o: sys.getrefcount(o) > 10**9  # noqa: E731
    facts = {
        'append_sizes': append_sizes,
        'pop_sizes': pop_sizes,
        'extend_size': ext.__sizeof__(),
        'identity': {
            'strip_same': x.strip() is x,
            'replace_noop_same': x.replace('z', 'y') is x,
            'lower_same': x.lower() is x,
            'center_small_same': x.center(3) is x,
            'split_nosep_same': x.split('z')[0] is x,
            'join_one_same': ''.join([x]) is x,
            'upper_1char_immortal': imm('a'.upper()),
            'strip_1char_immortal': imm(' a '.strip()),
            'replace_1char_immortal': imm('ab'.replace('b', '')),
            'split_1char_immortal': imm('a b'.split()[0]),
            'format_1char_immortal': imm('{}'.format('a')),
            'ljust_1char_immortal': imm(''.ljust(1)),
        },
    }
    with open(os.path.join(HERE, 'memory.json'), 'w', encoding='utf-8') as f:
        json.dump(facts, f, indent=1)


memory_facts()
