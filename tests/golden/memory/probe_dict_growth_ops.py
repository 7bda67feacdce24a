import sys
d = {}
prev = sys.getsizeof(d)
print(0, prev)
for i in range(200):
    d[f'k{i}'] = i
    s = sys.getsizeof(d)
    if s != prev:
        print('str keys', len(d), s)
        prev = s
d = {}
prev = sys.getsizeof(d)
for i in range(200):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        print('int keys', len(d), s)
        prev = s
print('comprehension 10', sys.getsizeof({i: i for i in range(10)}))
print('comprehension str 10', sys.getsizeof({str(i): i for i in range(10)}))
print('dict(zip) 100', sys.getsizeof(dict(zip(range(100), range(100)))))
print('fromkeys 100', sys.getsizeof(dict.fromkeys(range(100))))
print('fromkeys str 6', sys.getsizeof(dict.fromkeys('abcdef')))
print('literal 3', sys.getsizeof({'a': 1, 'b': 2, 'c': 3}))
print('dict(a=1)', sys.getsizeof(dict(a=1, b=2)))
d = {i: i for i in range(1000)}
for k in range(995):
    del d[k]
print('after deleting 995', len(d), sys.getsizeof(d))
d2 = dict(d)
print('copy of it', sys.getsizeof(d2), sys.getsizeof(d.copy()))
d.clear()
print('clear', sys.getsizeof(d))
d = {}
d.update({i: i for i in range(50)})
print('update 50', sys.getsizeof(d))
d = {'a': 1}
d.pop('a')
print('pop', sys.getsizeof(d))
d.setdefault('x', [])
print('setdefault', sys.getsizeof(d))
print('{**d}', sys.getsizeof({**d, 'y': 1}))
print('d | d', sys.getsizeof(d | {'z': 2}))
