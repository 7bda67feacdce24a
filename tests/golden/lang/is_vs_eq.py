# `is` (identity) versus `==` (equality).
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a == b, a is b, a == c, a is c, id(a) == id(b), id(a) == id(c))
c.append(4)
b.append(4)
print(a, c, a == c)
x = None
print(x is None, x == None, x is not None)
class AlwaysEqual:
    def __eq__(self, other):
        return True
ae = AlwaysEqual()
print(ae == None, ae is None)
nan = float('nan')
lst = [nan]
print(nan == nan, nan is nan, nan in lst, lst == [nan], [float('nan')] == [float('nan')])
one = 1
print(True == 1, True is one, 0 == False, '' == False, [] == False, None == False)
d1 = {'k': [1]}
d2 = dict(d1)
print(d1 == d2, d1 is d2, d1['k'] is d2['k'])
import copy
d3 = copy.deepcopy(d1)
print(d1 == d3, d1['k'] is d3['k'])
s1 = 'py'
s2 = 'p' + 'y'
print(s1 == s2, s1 is s2)
def same(o):
    return o
o = object()
print(same(o) is o, object() is object(), object() == object())
t = (1, [2])
u = t
print(u is t, (1, [2]) == t)
print(type(1) is int, type(True) is int, type(True) is bool, isinstance(True, int))
one_f = 1.0
print(1 == 1.0 == True, one is one_f, one == one_f)
