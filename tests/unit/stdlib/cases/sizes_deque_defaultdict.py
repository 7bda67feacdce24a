import sys
from collections import deque, defaultdict
d = deque(); r=[]
for i in range(70): d.append(i); r.append(sys.getsizeof(d))
print(r[31:36], r[62:66])
d = deque()
for i in range(40): d.appendleft(i)
print(sys.getsizeof(d))
d = deque(range(100)); d.rotate(30); print(sys.getsizeof(d)); d.rotate(-50); print(sys.getsizeof(d))
d = deque([1,2,3]); d.popleft(); d.pop(); d.pop(); print(sys.getsizeof(d))
d = deque(range(64)); [d.popleft() for _ in range(63)]; print(sys.getsizeof(d), len(d))
q = deque(maxlen=3)
for i in range(200): q.append(i)
print(sys.getsizeof(q), q)
print(sys.getsizeof(deque('ab')), sys.getsizeof(deque(range(63))), sys.getsizeof(deque(range(64))))
dd = defaultdict(list); print(sys.getsizeof(dd)); dd['a']; print(sys.getsizeof(dd))
