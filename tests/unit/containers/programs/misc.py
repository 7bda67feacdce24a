d = dict(a=1, b=2)
d.update([('c', 3)], d=4)
print(d, d.keys(), d.values(), d.items())
print(d.keys() & {'a', 'x'}, sorted(d.keys() - {'a'}), list(reversed(d)))
print(d.popitem(), d.setdefault('z', []), d.get('q'), d.pop('q', 0))
print(dict.fromkeys(range(3)), d | {'a': 0})
print(list(enumerate('ab', 5)), list(zip('ab', [1, 2, 3])), list(map(pow, [2, 3], [5, 2])), list(filter(None, [0, 1, 2])))
print(list(reversed((1, 2, 3))), list(reversed(range(4))), range(3, 20, 4)[1:3], range(10)[::-1])
print(slice(1, 2), slice(3).indices(10), (1,), (1, 2) < (1, 3), [1, [2]] == [1, [2]])
l = [3, 1, 2]
l.sort(reverse=True)
print(l, sorted('bca', key=lambda c: -ord(c)), l.index(1), l.count(3))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), list(iter(iter([1, 2, 3, 0, 5]).__next__, 0)))
t = (1, 2)
print(tuple(t) is t, hash((1, 2)), hash(()))
a = [1]
a.append(a)
print(a, {'k': {}})
