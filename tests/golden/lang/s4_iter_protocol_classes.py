class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.start + 1))
    def __len__(self):
        return self.start
    def __contains__(self, x):
        print('contains called')
        return 0 < x <= self.start

class Fib:
    def __init__(self, limit):
        self.limit = limit
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        val = self.a
        self.a, self.b = self.b, self.a + self.b
        return val

c = Countdown(3)
print(list(c), list(reversed(c)), len(c), 2 in c, sorted(c), sum(c), max(c))
f = Fib(20)
print(list(f), list(f), iter(f) is f)
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OldStyle()), 20 in OldStyle(), 5 in OldStyle(), list(enumerate(OldStyle())))
it = iter(OldStyle())
print(type(it).__name__, next(it), next(it), next(it), next(it, 'end'))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for x in NotIter(): pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self): return self
try:
    list(NoNext())
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
sentinel_iter = iter([1, 2, 0, 3].pop, 0)
print(list(iter(lambda: 5, 5)))
data = iter([1, 2, 3, 4, 5])
print(list(zip(data, data)), list(data))
a, *rest = Countdown(4)
print(a, rest)
print(dict(zip('abc', Countdown(3))), list(map(pow, Countdown(3), [2, 2, 2])))
e = enumerate('ab', start=1)
print(next(e), list(e), type(e).__name__)
z = zip([1, 2], 'abc', strict=False)
print(list(z))
try:
    list(zip([1, 2], 'abc', strict=True))
except ValueError as err:
    print(err)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), list(r))
import operator
print(operator.length_hint(iter(range(10))), operator.length_hint(Fib(5), 7))
