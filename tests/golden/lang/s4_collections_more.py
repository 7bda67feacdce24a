from collections import Counter, deque, defaultdict, OrderedDict, namedtuple, ChainMap
text = 'the quick brown fox jumps over the lazy dog the end'
c = Counter(text.split())
print(c.most_common(2), c['the'], c['missing'], len(c))
a = Counter(a=3, b=1); b = Counter(a=1, b=2, c=5)
print(a + b, a - b, a & b, a | b, -b, +Counter(x=-1, y=2))
a.update('aab'); print(a); a.subtract({'a': 10}); print(a)
print(sorted(c.elements())[:4], c.total(), Counter('hello') == Counter('olleh'))
print(Counter('abracadabra').most_common())
d = deque([1, 2, 3], maxlen=4)
d.append(4); d.append(5); print(d)
d.appendleft(0); print(d, d.maxlen)
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extendleft('ab'); print(d)
print(d.popleft(), d.pop(), d.count('a'), d.index(2) if 2 in d else -1)
try:
    deque().pop()
except IndexError as e:
    print(e)
dd = defaultdict(list)
for w in ['apple', 'bob', 'avocado', 'cat']:
    dd[w[0]].append(w)
print(dd, dict(dd), dd.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 1
print(nested['x']['y'], 'z' in nested)
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b'); od.move_to_end('d', last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
Point = namedtuple('Point', 'x y', defaults=[0])
p = Point(3)
print(p, p._replace(y=5), p._asdict(), Point._fields, Point._field_defaults, p.x + p[1])
print(Point._make([7, 8]), type(p).__mro__)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    namedtuple('Bad', 'x def')
except ValueError as e:
    print(e)
R = namedtuple('R', ['a', 'a_', '_b'], rename=True)
print(R._fields)
defaults = {'color': 'red', 'user': 'guest'}
user = {'user': 'kim'}
cm = ChainMap(user, defaults)
print(cm['user'], cm['color'], list(cm), cm.maps)
cm['new'] = 1
print(user, cm.new_child({'x': 1})['x'], cm.parents)
print(repr(Counter()), repr(deque()), repr(OrderedDict()), repr(defaultdict(int)))
