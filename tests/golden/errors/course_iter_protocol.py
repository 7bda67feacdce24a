class Range2:
    def __init__(self, start, stop, step=1):
        if step == 0:
            raise ValueError("step cannot be zero")
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iter(self)
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - (1 if self.step > 0 else -1)) // self.step)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(self)[i]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Range2 index out of range")
        return self.start + i * self.step
    def __reversed__(self):
        return reversed(list(self))
    def __repr__(self):
        return f"Range2({self.start}, {self.stop}, {self.step})"
class Range2Iter:
    def __init__(self, r):
        self.r, self.cur = r, r.start
    def __iter__(self):
        return self
    def __next__(self):
        if (self.r.step > 0 and self.cur >= self.r.stop) or (self.r.step < 0 and self.cur <= self.r.stop):
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v
r = Range2(1, 10, 3)
print(list(r), len(r), r[0], r[-1], r[1:], list(reversed(r)), 7 in r, 8 in r)
print(list(Range2(10, 0, -4)), len(Range2(10, 0, -4)), sum(Range2(0, 5)), sorted(Range2(5, 0, -1)))
it = iter(r)
print(next(it), next(it), list(it), list(it))
print(list(zip(Range2(0, 3), "abc")), dict(enumerate(Range2(5, 8))))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), iter(Seq()).__class__.__name__)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n:
            yield n
            n -= 1
print(list(Countdown(4)), max(Countdown(3)), [x for x in Countdown(2)])
a, b, c = Countdown(3)
print(a, b, c)
s = iter([1, 2])
print(list(map(lambda x, y: x + y, s, s)) if False else "skip")
print(next(iter(()), "empty"), list(iter(lambda: 1, 1)))
try:
    a, b = Countdown(3)
except ValueError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
print(r[10])
