# dict sizes as keys are added: str keys (unicode-only table) versus int keys.
import sys
def sizes(make_key, n=50):
    d = {}
    out = [(0, sys.getsizeof(d))]
    last = out[0][1]
    for i in range(n):
        d[make_key(i)] = i
        s = sys.getsizeof(d)
        if s != last:
            out.append((len(d), s))
            last = s
    return out
print('str keys:', sizes(lambda i: f'k{i}'))
print('int keys:', sizes(lambda i: i))
d = {f'k{i}': i for i in range(20)}
print('comprehension of 20:', sys.getsizeof(d))
for k in list(d)[:15]:
    del d[k]
print('after deleting 15:', sys.getsizeof(d), len(d))
d.clear()
print('after clear:', sys.getsizeof(d))
e = dict.fromkeys(range(100))
print('fromkeys(range(100)):', sys.getsizeof(e), 'copy:', sys.getsizeof(e.copy()))
f = {'a': 1}
print('literal of 1 str key:', sys.getsizeof(f), 'dict(a=1):', sys.getsizeof(dict(a=1)))
print('mixed keys:', sys.getsizeof({'a': 1, 1: 'a'}))
class C:
    pass
obj = C()
for i in range(10):
    setattr(obj, f'attr{i}', i)
print('instance with 10 attributes:', sys.getsizeof(obj), 'its __dict__:', sys.getsizeof(obj.__dict__))
