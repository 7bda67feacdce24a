import gc, sys
class Node:
    def __init__(self, name):
        self.name = name
        self.ref = None
    def __repr__(self):
        return f'Node({self.name})'
gc.collect()
a = Node('a'); b = Node('b')
a.ref = b; b.ref = a
print('refcounts', sys.getrefcount(a), sys.getrefcount(b))
del a, b
print('collected', gc.collect())
l = []
l.append(l)
print('self list', sys.getrefcount(l))
del l
print('collected', gc.collect())
d = {}
d['self'] = d
del d
print('collected dict', gc.collect())
x = Node('x')
print(gc.is_tracked(x), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': []}), gc.is_tracked(()), gc.is_tracked((1, [])))
print(len(gc.get_referents(x)), [type(r).__name__ for r in gc.get_referents([1, 'a', x])])
print(x in gc.get_referrers(x.__dict__) if hasattr(x, '__dict__') else None)
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.isenabled())
