# References during with-blocks, comprehensions and loops.
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
cm = CM()
print('context manager:', sys.getrefcount(cm))
with cm as alias:
    print('inside with (bound name + the pending __exit__):', sys.getrefcount(cm))
print('after with (alias still bound):', sys.getrefcount(cm))
del alias
print('alias deleted:', sys.getrefcount(cm))
with CM() as temp:
    print('temporary manager inside with:', sys.getrefcount(temp))
data = object()
refs = [sys.getrefcount(data) for _ in range(2)]
print('inside a list comprehension (inlined in 3.12):', refs)
gen_refs = list(sys.getrefcount(data) for _ in range(2))
print('inside a generator expression:', gen_refs)
lst = [data, data]
print('two list slots:', sys.getrefcount(data))
for item in lst:
    print('  loop variable bound:', sys.getrefcount(data))
print('loop variable still bound after the loop:', sys.getrefcount(data))
del item
copies = [x for x in lst]
print('comprehension copy:', sys.getrefcount(data))
pairs = {i: data for i in range(3)}
print('dict comprehension values:', sys.getrefcount(data))
del copies, pairs
print('back to list + name:', sys.getrefcount(data))
print('module globals hold names:', sys.getrefcount(globals()['data']))
