# The order in which contained objects are released when their container dies.
class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('  del', self.tag)
print('list:')
x = [D('l1'), D('l2'), D('l3')]
del x
print('tuple:')
x = (D('t1'), D('t2'), D('t3'))
del x
print('dict values:')
x = {'a': D('d1'), 'b': D('d2'), 'c': D('d3')}
del x
print('instance attributes:')
class Holder:
    pass
h = Holder()
h.first, h.second, h.third = D('a1'), D('a2'), D('a3')
del h
print('nested list:')
x = [D('outer'), [D('inner1'), D('inner2')], D('last')]
del x
print('function locals at return:')
def f():
    a = D('local-a')
    b = D('local-b')
    c = D('local-c')
f()
print('reassigning list items:')
x = [D('old')]
x[0] = D('new')
print('  (replaced)')
del x
print('slice deletion:')
x = [D('x0'), D('x1'), D('x2'), D('x3')]
del x[1:3]
print('  (deleted slice)')
del x
print('globals at shutdown (definition order):')
g1 = D('global-1')
g2 = D('global-2')
