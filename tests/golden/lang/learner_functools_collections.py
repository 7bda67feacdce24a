from functools import reduce, partial, wraps, total_ordering, cache
from itertools import groupby, chain, product
from collections import Counter, defaultdict, deque, OrderedDict
@cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(100), fib.cache_info())
words = "the cat sat on the mat the end".split()
c = Counter(words)
print(c, c.most_common(1), list(c.keys()), c["the"], sum(c.values()), +c, c - Counter(the=5))
dd = defaultdict(lambda: "missing"); dd["a"] = 1
print(dd["b"], dict(dd), repr(dd)[:30])
q = deque(maxlen=3)
for i in range(5): q.append(i)
print(q, list(q), q.maxlen)
print(repr(OrderedDict([("a", 1)])), OrderedDict(a=1) == OrderedDict(a=1), list(reversed(OrderedDict(a=1, b=2))))
data = [("a", 1), ("a", 2), ("b", 3)]
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda t: t[0])})
print(reduce(lambda a, b: a + b, [1, 2, 3], 10), list(product([0, 1], repeat=2)), list(chain.from_iterable(["ab", "cd"])))
nested = {"a": [1, {"b": (2, 3)}], "c": {"d": {"e": None}}}
import pprint
pprint.pprint(nested)
pprint.pprint(list(range(30)), width=40)
print(pprint.pformat({"x" * 30: list(range(10)), "y": "z" * 50}))
