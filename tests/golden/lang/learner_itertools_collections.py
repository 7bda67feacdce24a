import itertools as it
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.combinations("abc", 2)), list(it.permutations([1, 2, 3], 2))[:4], len(list(it.product("ab", repeat=3))))
print(list(it.chain([1], (2, 3), "ab")), list(it.chain.from_iterable([[1, 2], [3]])), list(it.zip_longest("ab", [1], fillvalue="-")))
print([(k, list(g)) for k, g in it.groupby("aaabccdd")], list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("xy"), 5)), list(it.repeat("z", 3)), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.pairwise([1, 2, 3, 4])), list(it.combinations_with_replacement("ab", 2)), list(it.filterfalse(None, [0, 1, "", "a"])))
c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["z"], sorted(c.elements()), c.total())
c.update("ss")
c2 = Counter(a=3, b=1)
print(c2 + Counter(a=1, c=2), c2 - Counter(a=5), c2 & Counter(a=1, b=4), c2 | Counter(b=5))
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd), defaultdict(int, {"a": 1}))
q = deque([1, 2, 3], maxlen=4)
q.append(4); q.append(5); q.appendleft(0); q.extend([6, 7]); q.rotate(1)
print(q, q.popleft(), q.pop(), list(q), q.maxlen, len(q), q[0], q[-1], 6 in q)
q2 = deque("abcde")
q2.rotate(-2)
q2.remove("c")
print(q2, q2.count("a"), q2.index("e"), list(reversed(q2)), deque(), deque(range(3)) == deque([0, 1, 2]))
q2.clear()
try:
    q2.pop()
except IndexError as e:
    print("IndexError:", e)
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields, Point._make([5, 6]), p == (1, 2))
x, y = p
print(x, y, tuple(p), isinstance(p, tuple))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
od.popitem(last=False)
print(od, list(od), ChainMap({"a": 1}, {"a": 2, "b": 3})["b"], dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
