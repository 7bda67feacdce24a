# collections: Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap.
from collections import Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), sorted(c.elements())[:6], c.total())
c.update('aaz')
c.subtract({'b': 2})
print(c.most_common(3), +c == Counter({k: v for k, v in c.items() if v > 0}))
print(Counter([1, 2, 2, 3, 3, 3]) + Counter([3]), Counter(a=3) - Counter(a=5), Counter(a=1) | Counter(a=2, b=1))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(), len(Counter(words)))
dd = defaultdict(list)
for k, v in [('x', 1), ('y', 2), ('x', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['new'], 'new' in dd)
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']))
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d[0], d[-1], len(d))
d.rotate(2)
print(d, d.pop(), d.popleft(), d)
d.extendleft([9, 8])
print(d, list(reversed(d)), d.count(9), d.maxlen)
q = deque()
try:
    q.pop()
except IndexError as e:
    print('IndexError:', e)
od = OrderedDict()
od['b'] = 1; od['a'] = 2; od['c'] = 3
od.move_to_end('b')
print(od, list(od), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
Emp = namedtuple('Emp', 'name dept salary', defaults=[0])
e = Emp('kim', 'dev')
print(e, e.salary, e._fields, e._replace(salary=100), Emp._make(['lee', 'ops', 5]), e[0], len(e))
name, dept, sal = e
print(name, dept, sal, isinstance(e, tuple))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps)
cm['c'] = 4
print(cm.maps[0])
