import json
data = {"name": "홍길동", "age": 30, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14, "big": 10**20, "t": (1, 2), "e": {}, "l": []}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps({1: 'a', True: 'b', None: 1.5}), json.dumps(float('nan')))
print(json.dumps("a\"b\\c\n\t\u0001"))
s = '{"a": [1, 2.5, -3e2, true, false, null], "b": "x\\u00e9\\n", "c": {"d": 12345678901234567890}}'
print(json.loads(s))
for bad in ['', '{', '[1,]', '{"a" 1}', '{"a": 1,}', '[1 2]', '"abc', '{a: 1}', '1 2', 'nul']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
try:
    json.dumps({(1,): 2})
except TypeError as e:
    print(e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.dumps({'x': [1, {'y': []}]}, indent=4))
print(json.JSONDecodeError.__mro__[:2])
