# Iterators hold a reference to what they iterate.
import sys
data = [10, 20, 30]
print('list:', sys.getrefcount(data))
it = iter(data)
print('with a list_iterator:', sys.getrefcount(data))
next(it); next(it); next(it)
print('iterator exhausted but not advanced past the end:', sys.getrefcount(data))
try:
    next(it)
except StopIteration:
    pass
print('after StopIteration the iterator drops the list:', sys.getrefcount(data))
del it
for item in data:
    print('  inside a for loop:', sys.getrefcount(data))
    break
print('after the loop:', sys.getrefcount(data))
e = enumerate(data)
print('enumerate over an iterator over the list:', sys.getrefcount(data))
del e
z = zip(data, data)
print('zip of the list twice:', sys.getrefcount(data))
del z
r = reversed(data)
print('reversed iterator:', sys.getrefcount(data))
del r
m = map(str, data)
print('map:', sys.getrefcount(data))
list(m)
print('map exhausted (still holds its iterator, which let go):', sys.getrefcount(data))
del m
d = {'a': 1}
ki = iter(d)
print('dict key iterator:', sys.getrefcount(d))
del ki
s = 'text'
si = iter(s)
print('str iterator keeps the string:', sys.getrefcount(si))
obj = object()
items = [obj, obj]
it = iter(items)
x = next(it)
print('object taken out of the list by next():', sys.getrefcount(obj))
del x
print('after del:', sys.getrefcount(obj))
