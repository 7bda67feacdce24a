# del: names, attributes, items, slices, multiple targets.
x = 1
del x
try:
    x
except NameError as e:
    print('NameError:', e)
a, b, c = 1, 2, 3
del a, b
print(c, 'a' in dir(), 'c' in dir())
class Obj:
    cls_attr = 'class'
o = Obj()
o.attr = 1
del o.attr
try:
    o.attr
except AttributeError as e:
    print('AttributeError:', e)
try:
    del o.cls_attr
except AttributeError as e:
    print('AttributeError:', e)
del Obj.cls_attr
print(hasattr(o, 'cls_attr'))
lst = [0, 1, 2, 3, 4, 5, 6]
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)
nested = {'k': [1, {'inner': 2, 'keep': 3}]}
del nested['k'][1]['inner']
print(nested)
def f():
    local = 'value'
    del local
    try:
        return local
    except UnboundLocalError as e:
        return f'UnboundLocalError: {e}'
print(f())
try:
    del undefined_name
except NameError as e:
    print('NameError:', e)
m = [[1, 2], [3, 4]]
del m[0][0], m[1]
print(m)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
s = 'str'
try:
    del s[0]
except TypeError as e:
    print('TypeError:', e)
alias = [1, 2]
keep = alias
del alias
print(keep)
for i in range(3):
    pass
del i
print('i' in globals())
(p, q) = (1, 2)
del (p, q)
print('p' in globals(), 'q' in globals())
[r, s2] = [3, 4]
del [r, s2]
print('r' in globals())
