# __call__, __bool__, __len__ as truthiness, __index__, __int__, __float__.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
add5 = Adder(5)
print(add5(10), add5(1, scale=3), callable(add5), callable(Adder), callable(5))
class AlwaysFalse:
    def __bool__(self):
        print('  __bool__')
        return False
print(bool(AlwaysFalse()), not AlwaysFalse())
if AlwaysFalse():
    print('unreachable')
else:
    print('else branch')
print(AlwaysFalse() or 'fallback')
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print('  __len__')
        return self.n
print(bool(Sized(0)), bool(Sized(3)))
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class Plain:
    pass
print(bool(Plain()), bool(None), bool(0), bool(0.0), bool(''), bool([]), bool({}), bool(()), bool(set()), bool(range(0)), bool(' '), bool([0]))
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], 'abc'[Idx()], bin(Idx()), range(Idx()), [1, 2, 3, 4][Idx():])
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
print(int(Num()), float(Num()))
class Fn:
    def __call__(self):
        return 'called'
f = Fn()
print(f(), f.__call__(), type(f).__call__(f))
print((lambda: 0)() or 'zero is falsy', [] and 'unreached', 0 or '' or None)
