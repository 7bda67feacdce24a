import sys, types
class S:
    __slots__ = ('a',)
print(type(S.a).__basicsize__, sys.getsizeof(S.a))
gs = types.FunctionType.__dict__['__code__']
print(type(gs).__name__, type(gs).__basicsize__, sys.getsizeof(gs))
print(type(str.upper).__name__, type(str.upper).__basicsize__, sys.getsizeof(str.upper))
print(type(int.__add__).__name__, type(int.__add__).__basicsize__, sys.getsizeof(int.__add__))
print(type(dict.fromkeys).__name__, sys.getsizeof(dict.__dict__['fromkeys']))
print(type(len).__basicsize__, sys.getsizeof(len), sys.getsizeof([].append))
print(type((1).__add__).__basicsize__)
class T(str): pass
for v in ('', 'abc', 'x'*100, '한', '한글', '🐍', 'é'):
    print(repr(v), sys.getsizeof(T(v)), sys.getsizeof(v))
