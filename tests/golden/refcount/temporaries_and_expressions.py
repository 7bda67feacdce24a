# Reference counts of temporaries, expression results and constants.
import sys
print('new list literal:', sys.getrefcount([1, 2, 3]))
print('new dict literal:', sys.getrefcount({'a': 1}))
print('new tuple from a list:', sys.getrefcount(tuple([1, 2])))
print('string concatenation result:', sys.getrefcount('abc' + str(1)))
print('float arithmetic result:', sys.getrefcount(1.5 * 3))
print('big int arithmetic result:', sys.getrefcount(10 ** 20 + 1))
print('slice copy:', sys.getrefcount([1, 2, 3][:]))
a = [1, 2, 3]
print('name:', sys.getrefcount(a))
print('a[:] is a new list:', sys.getrefcount(a[:]))
print('element of a list (small int, immortal):', sys.getrefcount(a[0]))
b = [object()]
print('element of a list (mortal):', sys.getrefcount(b[0]))
print('conditional expression:', sys.getrefcount(a if True else None))
print('or-expression result:', sys.getrefcount([] or a))
print('and-expression result:', sys.getrefcount(a and a))
x = y = []
print('chained assignment:', sys.getrefcount(x))
p, q = a, a
print('tuple unpacking to two names:', sys.getrefcount(a))
del p, q
c = (a, a)
print('in a runtime tuple twice:', sys.getrefcount(a))
del c
f = 2.5
print('float constant bound once:', sys.getrefcount(f))
def const_user():
    return 2.5
print('same constant used in a function too (shared co_consts):', sys.getrefcount(f))
print('called function returning the constant:', sys.getrefcount(const_user()))
s = 'not interned text!'
print('str constant:', sys.getrefcount(s))
t = s
print('str constant with alias:', sys.getrefcount(s))
print('id() does not keep a reference:', id(a) > 0, sys.getrefcount(a))
print('type(a) is list:', sys.getrefcount(type(a)))
print('len() result is a small int:', sys.getrefcount(len(a)))
