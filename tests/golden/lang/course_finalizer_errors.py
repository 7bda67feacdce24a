import gc
def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("cleanup failed")
g = gen()
next(g)
del g
print("after generator")
class Noisy:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        if self.n == 2:
            raise KeyError(self.n)
objs = [Noisy(i) for i in range(4)]
del objs
print("list gone")
class Loop:
    def __init__(self):
        self.me = self
    def __del__(self):
        1 / 0
Loop()
print("collected", gc.collect())
def agen():
    yield 1
    yield 2
it = agen()
print(next(it))
it.close()
print(list(it))
class Holder:
    pass
h = Holder()
h.n = Noisy(9)
print("end")
