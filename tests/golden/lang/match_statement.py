# Structural pattern matching (match/case).
def describe(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case int(n) if n < 0:
            return f'negative {n}'
        case int():
            return 'int'
        case float(x):
            return f'float {x}'
        case 'hello' | 'hi':
            return 'greeting'
        case str() as s:
            return f'string of length {len(s)}'
        case []:
            return 'empty list'
        case [x]:
            return f'one item {x}'
        case [x, y]:
            return f'pair {x}, {y}'
        case [first, *rest]:
            return f'first {first}, {len(rest)} more'
        case {'type': 'point', 'x': x, 'y': y}:
            return f'point dict {x},{y}'
        case {'type': t, **others}:
            return f'typed {t} with {sorted(others)}'
        case None:
            return 'none'
        case _:
            return 'something else'
for v in [0, 2, -7, 99, 2.5, 'hi', 'word', [], [1], [1, 2], [1, 2, 3, 4], (5, 6),
          {'type': 'point', 'x': 1, 'y': 2, 'z': 3}, {'type': 'circle', 'r': 1}, None, {1, 2}, True]:
    print(repr(v), '->', describe(v))
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x=0, y=y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x, y) if x == y:
            return 'diagonal'
        case Point():
            return 'somewhere'
        case _:
            return 'not a point'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), 'x']:
    print(where(p))
def command(cmd):
    match cmd.split():
        case ['go', ('north' | 'south') as direction]:
            return f'going {direction}'
        case ['go', other]:
            return f'cannot go {other}'
        case ['take', *items] if items:
            return f'taking {", ".join(items)}'
        case ['quit' | 'exit']:
            return 'bye'
        case _:
            return 'unknown'
for c in ['go north', 'go up', 'take lamp key', 'take', 'exit', '']:
    print(repr(c), '->', command(c))
NAME = 'const'
class Colors:
    RED = 'red'
def color(c):
    match c:
        case Colors.RED:
            return 'matched dotted constant'
        case other:
            return f'captured {other}'
print(color('red'), color('blue'))
match (1, [2, 3]):
    case (a, [b, c]):
        print('nested', a, b, c)
match {'k': 1, 'extra': 2}:
    case {'k': 1}:
        print('mapping patterns ignore extra keys')
match 'abc':
    case ['a', 'b', 'c']:
        print('str is not a sequence pattern')
    case _:
        print('strings do not match sequence patterns')
