# The cycle collector: what gc.collect() finds, gc.is_tracked, get_referents, thresholds.
import gc
print('threshold', gc.get_threshold(), 'enabled', gc.isenabled())
print('start-up garbage (stable for one version):', gc.collect())
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
a, b = Node('a'), Node('b')
a.other, b.other = b, a
del a, b
print('two-node cycle:', gc.collect())
print('nothing left:', gc.collect())
c, d = Node('c'), Node('d')
c.other, d.other = d, c
c.__dict__; d.__dict__
del c, d
print('two-node cycle after touching __dict__:', gc.collect())
lst = []
lst.append(lst)
del lst
print('list containing itself:', gc.collect())
d = {}
d['self'] = d
del d
print('dict containing itself:', gc.collect())
e = Node('e')
e.other = e
del e
print('self-referencing instance:', gc.collect())
def make_closure_cycle():
    def f():
        return f
    return f
make_closure_cycle()
print('function referring to itself through its cell:', gc.collect())
print('is_tracked:', gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}),
      gc.is_tracked({'a': []}), gc.is_tracked((1, 2)), gc.is_tracked(([],)), gc.is_tracked(Node('x')))
t = (1, 2)
gc.collect()
print('tuple of atoms untracked after a collection:', gc.is_tracked(t))
x = [1, 'two', (3,)]
print('referents of a list (reverse order):', gc.get_referents(x))
print('referents of a dict:', gc.get_referents({'k': [1], 'j': 2}))
n = Node('n')
print('referents of an instance:', [type(r).__name__ for r in gc.get_referents(n)])
gc.disable()
print('disabled', gc.isenabled())
gc.enable()
class WithDel:
    def __del__(self):
        print('  __del__ of', self.name)
w1, w2 = WithDel(), WithDel()
w1.name, w2.name = 'w1', 'w2'
w1.other, w2.other = w2, w1
del w1, w2
print('cycle with __del__ (PEP 442, collectable):', gc.collect())
print('garbage list:', gc.garbage)
