from dataclasses import dataclass

@dataclass
class Circle:
    r: float

@dataclass
class Rect:
    w: float
    h: float

class Tri:
    __match_args__ = ('a', 'b', 'c')
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

def describe(shape):
    match shape:
        case Circle(r=0):
            return 'dot'
        case Circle(r):
            return f'circle r={r}'
        case Rect(w, h) if w == h:
            return f'square {w}'
        case Rect(w=w, h=h):
            return f'rect {w}x{h}'
        case Tri(a, b, c) if a == b == c:
            return 'equilateral'
        case Tri():
            return 'triangle'
        case {'type': 'circle', 'r': r, **rest}:
            return f'dict circle {r} extra={rest}'
        case [x, y, *others]:
            return f'seq {x},{y} +{len(others)}'
        case str() | bytes() as s:
            return f'text {s!r}'
        case int(n) | float(n) if n < 0:
            return 'negative'
        case None:
            return 'nothing'
        case _:
            return 'unknown'

for s in [Circle(0), Circle(2), Rect(3, 3), Rect(2, 5), Tri(1, 1, 1), Tri(1, 2, 3),
          {'type': 'circle', 'r': 4, 'color': 'red'}, [1, 2, 3, 4], (5, 6), 'abc', b'x', -3, -2.5, None, 42, {1, 2}]:
    print(describe(s))

try:
    match Tri(1, 2, 3):
        case Tri(a, b, c, d):
            pass
except TypeError as e:
    print(e)
try:
    match Circle(1):
        case Circle(1, 2):
            pass
except TypeError as e:
    print(e)
