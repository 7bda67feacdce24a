# References from default argument values, keyword defaults, class attributes and annotations.
import sys
default = object()
print('start:', sys.getrefcount(default))
def f(x=default):
    return x
print('as a positional default:', sys.getrefcount(default))
def g(*, k=default):
    return k
print('as a keyword-only default:', sys.getrefcount(default))
print('__defaults__ tuple:', f.__defaults__[0] is default, sys.getrefcount(f.__defaults__))
del f
print('function deleted:', sys.getrefcount(default))
del g
print('second function deleted:', sys.getrefcount(default))
def h(x=default):
    return sys.getrefcount(x)
print('seen inside a call using the default:', h())
del h
shared = []
class A:
    items = shared
    other = shared
print('two class attributes:', sys.getrefcount(shared))
class B(A):
    pass
print('a subclass does not copy them:', sys.getrefcount(shared))
b = B()
print('an instance does not copy them:', sys.getrefcount(shared))
A.items = None
print('one class attribute rebound:', sys.getrefcount(shared))
del A.other
print('other deleted:', sys.getrefcount(shared))
ann = object()
def annotated(p: ann):
    pass
print('as an annotation:', sys.getrefcount(ann))
