# The iterator protocol: iter/next, exhaustion, iter(callable, sentinel), independent iterators.
nums = [1, 2, 3]
it = iter(nums)
print(type(it).__name__, next(it), list(it), list(it))
it1, it2 = iter(nums), iter(nums)
print(next(it1), next(it1), next(it2))
d = {'a': 1, 'b': 2}
print(list(iter(d)), list(d.values()), list(d.items()))
s = 'abc'
si = iter(s)
print(next(si), ''.join(si))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
class Repeater:
    def __init__(self, value, times):
        self.value, self.times = value, times
    def __iter__(self):
        for _ in range(self.times):
            yield self.value
print(list(Repeater('x', 3)), list(Repeater('x', 3)))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = Range2(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
print(lst)
lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 5:
        lst.append(x * 10)
print(out)
first, second, *others = iter(range(5))
print(first, second, others)
a, b = iter('xy')
print(a, b)
it = iter([1, 2, 3, 4, 5])
print(list(zip(it, it)))
g = (x for x in range(3))
print(1 in g, list(g))
e = enumerate('abc')
next(e)
print(list(e))
m = map(lambda v: v * 2, [1, 2, 3])
print(next(m), list(m))
f = filter(None, [0, 1, 0, 2])
print(list(f), list(f))
print(list(reversed([1, 2, 3])), list(iter([])))
