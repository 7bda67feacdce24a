# Calling a class whose __init__ is written in Python: instance and argument references,
# __init__ returning a value, exceptions out of __init__ (traceback, __del__ order, context),
# recursion through __init__, frames, generators as __init__, metaclass __call__, __slots__;
# and a Python function call whose argument binding fails keeps the function's refcount.
import sys, gc
def ptb(e):
    tb = e.__traceback__
    while tb is not None:
        print(' tb', tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next

class D:
    def __init__(self, name): self.name = name
    def __del__(self): print('del', self.name)
class A:
    def __init__(self, a, b):
        print('rc of self in init', sys.getrefcount(self))
        self.a = a
        self.b = b
x = A(D('one'), D('two'))
print(sys.getrefcount(x), sys.getrefcount(A))
del x
class Bad:
    def __init__(self, d):
        self.d = d
        return 5
try:
    Bad(D('three'))
except TypeError as e:
    print('TE', e)
class Raiser:
    def __init__(self, d):
        self.d = d
        raise ValueError('boom')
def f():
    return Raiser(D('four'))
try:
    f()
except ValueError as e:
    ptb(e)
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None
try:
    Deep(5000)
except RecursionError as e:
    print('RE', e); ptb(e) if False else None
d = Deep(300)
print(sys.getrefcount(Deep))
n = 0
def count(depth):
    global n
    n = depth
    Counter(depth + 1)
class Counter:
    def __init__(self, depth):
        count(depth)
try:
    Counter(0)
except RecursionError as e:
    print('RE2', e, n)
class Frm:
    def __init__(self):
        fr = sys._getframe(1)
        print(fr.f_code.co_name, fr.f_lineno)
def g():
    return Frm()
g()
class G:
    def __init__(self):
        yield 1
try:
    G()
except TypeError as e:
    print(e)
class K:
    def __init__(self, a, b=2, *c, **k): self.v = (a, b, c, k)
print(K(1).v, K(1, 2, 3, x=4).v)
try:
    K()
except TypeError as e:
    print(e)
try:
    try:
        1/0
    except ZeroDivisionError:
        Raiser(D('five'))
except ValueError as e:
    print(repr(e.__context__))
class Sub(A):
    pass
s = Sub(1, 2)
print(s.a, s.b, type(s).__name__)
class Meta(type):
    def __call__(cls, *a):
        print('meta call')
        return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, x): self.x = x
print(M(3).x)
class SL:
    __slots__ = ('p', 'q')
    def __init__(self, p, q): self.p = p; self.q = q
print(SL(1, 2).q)
print('end')
def f(a): pass
print(sys.getrefcount(f))
for i in range(3):
    try:
        f(1, 2)
    except TypeError as e:
        print(e)
print(sys.getrefcount(f))
class P:
    def __init__(self, x): self.x = x
print(sys.getrefcount(P))
try:
    P()
except TypeError as e:
    print(e)
print(sys.getrefcount(P))
