import sys
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
od = OrderedDict()
print('empty', sys.getsizeof(od))
for i in range(30):
    od[i] = i
    if i in (0, 4, 5, 10, 11, 20, 21, 29):
        print(len(od), sys.getsizeof(od), sys.getsizeof(dict(od)))
od2 = OrderedDict((str(i), i) for i in range(7))
print('str keys 7', sys.getsizeof(od2))
od2.move_to_end('0')
print('move_to_end', sys.getsizeof(od2), list(od2)[:3])
od2.popitem()
print('popitem', sys.getsizeof(od2))
while od2:
    od2.popitem(last=False)
print('popped all', sys.getsizeof(od2))
od.clear()
print('clear', sys.getsizeof(od))
print('copy', sys.getsizeof(OrderedDict(a=1).copy()))
dd = defaultdict(list)
print('defaultdict', sys.getsizeof(dd))
for i in range(10):
    dd[i].append(i)
print('defaultdict 10', sys.getsizeof(dd))
c = Counter('hello world')
print('Counter', sys.getsizeof(c), sys.getsizeof(Counter()))
d = deque()
print('deque', sys.getsizeof(d))
for i in range(200):
    d.append(i)
    if i in (0, 62, 63, 64, 127, 128, 199):
        print(' deque', len(d), sys.getsizeof(d))
d.appendleft(-1)
print('appendleft', sys.getsizeof(d))
print('deque maxlen', sys.getsizeof(deque(range(10), maxlen=5)))
P = namedtuple('P', 'x y')
p = P(1, 2)
print('namedtuple', sys.getsizeof(p), sys.getsizeof((1, 2)))
