"""Generate compiler test fixtures from real CPython 3.12.

For every snippet of snippets.txt (blocks introduced by a line `### name`), record:
  - the AST as JSON in the shape of src/interpreter/frontend/ast.ts (columns in characters);
  - either the code object tree CPython produces (names, layouts, flags, constants as repr,
    instruction names and positions), or the SyntaxError the symbol table / compiler raises.
Run:  PYENV_VERSION=3.12.1 python3 tests/unit/compiler/gen_fixtures.py
"""
import ast, dis, json, os, sys, types

assert sys.version_info[:2] == (3, 12), sys.version
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'compiler', 'snippets.json')

SKIP_FIELDS = {'type_comment', 'type_ignores'}
OPERATOR_BASES = (ast.operator, ast.unaryop, ast.cmpop, ast.boolop, ast.expr_context)


def const(v):
    if v is None: return {'t': 'None'}
    if v is Ellipsis: return {'t': 'Ellipsis'}
    if isinstance(v, bool): return {'t': 'bool', 'v': v}
    if isinstance(v, int): return {'t': 'int', 'v': str(v)}
    if isinstance(v, float): return {'t': 'float', 'v': repr(v)}
    if isinstance(v, complex): return {'t': 'complex', 'imag': repr(v.imag)}
    if isinstance(v, str): return {'t': 'str', 'v': v}
    if isinstance(v, bytes): return {'t': 'bytes', 'v': list(v)}
    raise TypeError(type(v))


def to_json(node, lines):
    if isinstance(node, list):
        return [to_json(x, lines) for x in node]
    if isinstance(node, OPERATOR_BASES):
        return type(node).__name__
    if not isinstance(node, ast.AST):
        return node
    d = {'kind': type(node).__name__}
    for f in node._fields:
        if f in SKIP_FIELDS or (isinstance(node, ast.Constant) and f == 'kind'):
            continue
        v = getattr(node, f, None)
        if isinstance(node, (ast.Constant, ast.MatchSingleton)) and f == 'value':
            d[f] = const(v)
        else:
            d[f] = to_json(v, lines)
    if hasattr(node, 'lineno') and node.lineno is not None:
        d['lineno'] = node.lineno
        d['end_lineno'] = node.end_lineno
        d['col_offset'] = chars(lines, node.lineno, node.col_offset)
        d['end_col_offset'] = chars(lines, node.end_lineno, node.end_col_offset)
    return d


def chars(lines, lineno, col):
    if col is None or col < 0 or lineno is None or lineno < 1 or lineno > len(lines):
        return col if col is not None else -1
    return len(lines[lineno - 1].encode()[:col].decode(errors='replace'))


def code_json(co, lines):
    instrs = []
    for i in dis.get_instructions(co):
        p = i.positions
        if p is None or p.lineno is None:
            pos = [-1, -1, -1, -1]
        else:
            pos = [p.lineno, p.end_lineno, chars(lines, p.lineno, p.col_offset), chars(lines, p.end_lineno, p.end_col_offset)]
        instrs.append([i.opname, i.argrepr] + pos)
    return {
        'name': co.co_name, 'qualname': co.co_qualname, 'firstlineno': co.co_firstlineno,
        'argcount': co.co_argcount, 'posonlyargcount': co.co_posonlyargcount,
        'kwonlyargcount': co.co_kwonlyargcount, 'flags': co.co_flags, 'nlocals': co.co_nlocals,
        'varnames': list(co.co_varnames), 'cellvars': list(co.co_cellvars),
        'freevars': list(co.co_freevars), 'names': list(co.co_names),
        'consts': [f'<code object {c.co_name}>' if isinstance(c, types.CodeType) else repr(c) for c in co.co_consts],
        'instructions': instrs,
        'children': [code_json(c, lines) for c in co.co_consts if isinstance(c, types.CodeType)],
    }


def main():
    text = open(os.path.join(HERE, 'snippets.txt')).read()
    out = []
    name = None
    buf = []
    blocks = []
    for line in text.split('\n'):
        if line.startswith('### '):
            if name: blocks.append((name, '\n'.join(buf).strip('\n') + '\n'))
            name, buf = line[4:].strip(), []
        else:
            buf.append(line)
    if name: blocks.append((name, '\n'.join(buf).strip('\n') + '\n'))
    for name, src in blocks:
        mode = 'exec'
        if name.startswith('single:'): mode = 'single'
        if name.startswith('eval:'):
            mode = 'eval'
            src = src.strip()
        lines = src.split('\n')
        tree = ast.parse(src, '<snippet>', mode)
        entry = {'name': name, 'mode': mode, 'source': src, 'ast': to_json(tree, lines)}
        try:
            co = compile(tree, '<snippet>', mode)
            entry['code'] = code_json(co, lines)
        except SyntaxError as e:
            entry['error'] = {'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                              'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
        out.append(entry)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w') as f:
        json.dump(out, f, indent=None, separators=(',', ':'))
    print(f'wrote {len(out)} snippets to {OUT}')


main()
