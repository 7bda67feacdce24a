import sys
def total_size(o, seen=None):
    if seen is None:
        seen = set()
    if id(o) in seen:
        return 0
    seen.add(id(o))
    size = sys.getsizeof(o)
    if isinstance(o, dict):
        size += sum(total_size(k, seen) + total_size(v, seen) for k, v in o.items())
    elif isinstance(o, (list, tuple, set, frozenset)):
        size += sum(total_size(i, seen) for i in o)
    elif hasattr(o, '__dict__'):
        size += total_size(vars(o), seen)
    return size
class User:
    def __init__(self, name, age, tags):
        self.name = name
        self.age = age
        self.tags = tags
data = {
    'users': [User('user%d' % i, 20 + i, ['a', 'b']) for i in range(10)],
    'matrix': [[i * j for j in range(10)] for i in range(10)],
    'names': ('kim', 'lee', 'park', '김', '이'),
    'flags': {True, False},
    'nested': {'a': {'b': {'c': [1.5, 2.5, None]}}},
}
for k, v in data.items():
    print(k, sys.getsizeof(v), total_size(v))
print('total', total_size(data))
shared = [1, 2, 3]
print('shared', total_size([shared, shared, shared]))
