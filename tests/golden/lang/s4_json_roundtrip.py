import json
data = {'name': 'Kim', 'age': 30, 'langs': ['py', 'js'], 'married': False, 'car': None, 'score': 9.5, 'k': {'b': 1, 'a': [1, {'z': 2}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(',', ':')))
print(json.dumps({'한글': 'é'}), json.dumps({'한글': 'é'}, ensure_ascii=False))
print(json.loads(s) == data, json.loads('[1, 2.0, "x", true, null]'))
print(json.dumps([1, (2, 3)]), json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}))
print(json.dumps(float('inf')), json.dumps('line\nbreak "quoted" \\ tab\t'))
try:
    json.dumps({'s': {1, 2}})
except TypeError as e:
    print(e)
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print(e, e.lineno, e.colno, e.pos)
try:
    json.loads("{'a': 1}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads('')
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads('[1, 2')
except json.JSONDecodeError as e:
    print(e)
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: Point(**d)).y)
print(json.dumps({'b': 1, 'a': 2}, indent='\t', sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
print(json.loads('1e3'), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads('  [ ]  '), json.loads('123456789012345678901234567890'))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps('x', indent=4), json.dumps(3.0), json.dumps(1e20), json.dumps(0.1))
from collections import OrderedDict
from decimal import Decimal
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('[1.5, 2]', parse_float=Decimal, parse_int=float))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c.lower()), json.loads('"a\tb"', strict=False))
