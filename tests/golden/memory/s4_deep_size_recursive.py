import sys
from collections.abc import Mapping, Container

def deep_getsizeof(o, ids=None):
    if ids is None:
        ids = set()
    if id(o) in ids:
        return 0
    ids.add(id(o))
    r = sys.getsizeof(o)
    if isinstance(o, (str, bytes)):
        return r
    if isinstance(o, Mapping):
        return r + sum(deep_getsizeof(k, ids) + deep_getsizeof(v, ids) for k, v in o.items())
    if isinstance(o, Container):
        return r + sum(deep_getsizeof(x, ids) for x in o)
    return r

def total_size(o):
    seen = set()
    stack = [o]
    total = 0
    while stack:
        x = stack.pop()
        if id(x) in seen:
            continue
        seen.add(id(x))
        total += sys.getsizeof(x)
        if isinstance(x, dict):
            stack.extend(x.keys())
            stack.extend(x.values())
        elif isinstance(x, (list, tuple, set, frozenset)):
            stack.extend(x)
    return total

data = {"name": "Alice", "scores": [90, 85, 77], "tags": {"a", "b"}, "nested": {"x": (1, 2.5, "z")}}
print(sys.getsizeof(data), deep_getsizeof(data), total_size(data))
shared = [1000, 2000]
pair = [shared, shared]
print(deep_getsizeof(pair), total_size(pair))
matrix = [[0] * 10 for _ in range(10)]
print(sys.getsizeof(matrix), deep_getsizeof(matrix), total_size(matrix))
words = "the quick brown fox jumps over the lazy dog".split()
print(deep_getsizeof(words), total_size(words))
people = [{"id": i, "name": f"user{i}"} for i in range(5)]
print(deep_getsizeof(people), total_size(people))
