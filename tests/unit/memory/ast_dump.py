"""Print the AST of Python source (stdin) as JSON in the shape of frontend/ast.ts.

A stand-in parser for tests/unit/memory while src/interpreter/frontend/parser.ts does not
exist yet. The conversion below is tests/unit/compiler/gen_fixtures.py's `to_json` (copied:
importing that script would run it and rewrite the compiler fixtures).
Usage: python3 ast_dump.py MODE FILENAME < source
"""
import ast, json, sys

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



src = sys.stdin.read()
mode = sys.argv[1] if len(sys.argv) > 1 else 'exec'
filename = sys.argv[2] if len(sys.argv) > 2 else '<unknown>'
tree = ast.parse(src, filename, mode)
json.dump(to_json(tree, src.splitlines()), sys.stdout, separators=(',', ':'))
