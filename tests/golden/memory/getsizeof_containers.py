# sys.getsizeof of containers and other objects (shallow sizes).
import sys
print('list', sys.getsizeof([]), sys.getsizeof([1]), sys.getsizeof([1, 2, 3]), sys.getsizeof([1, 2, 3, 4, 5]))
built = []
for i in range(3):
    built.append(i)
print('list built by append', sys.getsizeof(built), 'list(range(3))', sys.getsizeof(list(range(3))), 'comprehension', sys.getsizeof([i for i in range(3)]))
print('list of lists literal', sys.getsizeof([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), '[0] * 10', sys.getsizeof([0] * 10))
print('tuple', sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)), sys.getsizeof(tuple(range(10))))
print('dict', sys.getsizeof({}), sys.getsizeof({'a': 1}), sys.getsizeof({1: 1}), sys.getsizeof(dict.fromkeys('abcdef')), sys.getsizeof(dict.fromkeys(range(6))))
print('set', sys.getsizeof(set()), sys.getsizeof({1}), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(100))))
print('frozenset', sys.getsizeof(frozenset()), sys.getsizeof(frozenset({1, 2})))
print('range', sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 20)))
def f():
    pass
def g():
    yield 1
print('function', sys.getsizeof(f), 'generator', sys.getsizeof(g()), 'lambda', sys.getsizeof(lambda: 0))
class Plain:
    pass
class WithAttrs:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3
class Slotted:
    __slots__ = ('a', 'b', 'c')
p = Plain()
w = WithAttrs()
print('instance', sys.getsizeof(p), sys.getsizeof(w), 'slots', sys.getsizeof(Slotted()))
print('instance __dict__', sys.getsizeof(w.__dict__), sys.getsizeof(p.__dict__))
w.d = 4
print('after adding an attribute', sys.getsizeof(w), sys.getsizeof(w.__dict__))
print('nested sizes are not included:', sys.getsizeof([list(range(1000))]) == sys.getsizeof([[]]))
def total_size(o, seen=None):
    seen = set() if seen is None else seen
    if id(o) in seen:
        return 0
    seen.add(id(o))
    size = sys.getsizeof(o)
    if isinstance(o, dict):
        size += sum(total_size(k, seen) + total_size(v, seen) for k, v in o.items())
    elif isinstance(o, (list, tuple, set, frozenset)):
        size += sum(total_size(i, seen) for i in o)
    return size
print('deep size', total_size([1, 2, 3]), total_size({'k': [1, 2]}), total_size([[1000, 2000], [1000, 2000]]))
print('iterators', sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter('')), sys.getsizeof(enumerate([])), sys.getsizeof(zip()))
import weakref
print('weakref', sys.getsizeof(weakref.ref(p)), 'cell-holding closure', sys.getsizeof((lambda: p)))
print('memoryview', sys.getsizeof(memoryview(b'abc')), 'slice', sys.getsizeof(slice(1, 2)), 'property', sys.getsizeof(property()))
