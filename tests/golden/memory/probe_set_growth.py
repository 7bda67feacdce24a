import sys
s = set()
prev = sys.getsizeof(s)
print('empty', prev)
for i in range(300):
    s.add(i)
    n = sys.getsizeof(s)
    if n != prev:
        print('add', len(s), n)
        prev = n
print('set(range(10))', sys.getsizeof(set(range(10))))
print('set(range(100))', sys.getsizeof(set(range(100))))
print('comprehension 10', sys.getsizeof({i for i in range(10)}))
print('frozenset(range(10))', sys.getsizeof(frozenset(range(10))))
print('literal 5', sys.getsizeof({1, 2, 3, 4, 5}))
print('set("hello")', sys.getsizeof(set('hello')))
s = set(range(100))
for i in range(95):
    s.discard(i)
print('after discard', len(s), sys.getsizeof(s))
s.clear()
print('clear', sys.getsizeof(s))
a = set(range(50)); b = set(range(25, 75))
print('union', sys.getsizeof(a | b), 'inter', sys.getsizeof(a & b), 'diff', sys.getsizeof(a - b), 'sym', sys.getsizeof(a ^ b))
s = set(); s.update(range(20)); print('update 20', sys.getsizeof(s))
print('copy', sys.getsizeof(a.copy()))
