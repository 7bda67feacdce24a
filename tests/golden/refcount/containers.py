# References held by containers.
import sys
obj = object()
print('start:', sys.getrefcount(obj))
lst = [obj]
print('in a list:', sys.getrefcount(obj))
lst.append(obj)
print('twice in a list:', sys.getrefcount(obj))
tup = (obj, obj, obj)
print('three times in a tuple:', sys.getrefcount(obj))
d = {'k': obj}
print('as a dict value:', sys.getrefcount(obj))
d2 = {obj: 1}
print('as a dict key:', sys.getrefcount(obj))
s = {obj}
print('in a set:', sys.getrefcount(obj))
s.add(obj)
print('set ignores a duplicate:', sys.getrefcount(obj))
del lst, tup, d, d2, s
print('containers deleted:', sys.getrefcount(obj))
many = [obj] * 10
print('[obj] * 10:', sys.getrefcount(obj))
many.pop()
print('after pop:', sys.getrefcount(obj))
many.clear()
print('after clear:', sys.getrefcount(obj))
nested = [[obj], [obj, [obj]]]
print('nested lists:', sys.getrefcount(obj))
copy = nested[:]
print('shallow copy of the outer list:', sys.getrefcount(obj))
import copy as copy_module
deep = copy_module.deepcopy(nested)
print('deepcopy makes new objects (count unchanged):', sys.getrefcount(obj))
del nested, copy, deep
print('all gone:', sys.getrefcount(obj))
inner = []
outer = [inner, inner]
print('list held twice:', sys.getrefcount(inner))
view = {'a': inner}.values()
print('dict alive only through its values view:', sys.getrefcount(inner))
del view
print('view dropped:', sys.getrefcount(inner))
lst = [inner]
lst.remove(inner)
print('after remove:', sys.getrefcount(inner))
lst.insert(0, inner)
lst.extend([inner, inner])
print('after insert and extend:', sys.getrefcount(inner))
lst.reverse()
lst.sort(key=id)
print('reverse/sort keep the count:', sys.getrefcount(inner))
dq = __import__('collections').deque([inner])
print('in a deque:', sys.getrefcount(inner))
