"""Generate cpython-golden.json with real CPython 3.12 (run: PYENV_VERSION=3.12.1 python3 gen_golden.py).

Every scenario here has a twin in golden.test.ts that performs the same operations through
the simulator's native API; the test compares the two outputs.
"""
import json, os, sys

assert sys.version_info[:2] == (3, 12), sys.version
out = {}

def sz(o):
    return o.__sizeof__()

def sc(name):
    def deco(f):
        out[name] = f()
        return f
    return deco

@sc('list_append_sizes')
def _():
    l = []; r = []
    for i in range(200):
        l.append(i); r.append(sz(l))
    return r

@sc('list_pop_sizes')
def _():
    l = list(range(100)); r = []
    while l:
        l.pop(); r.append(sz(l))
    return r

@sc('list_from_range')
def _():
    return [sz(list(range(n))) for n in range(60)]

@sc('list_from_iter')
def _():
    return [sz(list(filter(None, range(1, n + 1)))) for n in range(60)]

@sc('list_repeat')
def _():
    return [sz([0] * n) for n in range(40)] + [sz([1, 2, 3] * n) for n in range(10)]

@sc('list_extend_list')
def _():
    l = []; r = []
    for i in range(40):
        l.extend([i] * 3); r.append(sz(l))
    return r

@sc('list_extend_iter')
def _():
    l = [1, 2, 3]; r = []
    for i in range(30):
        l.extend(filter(None, range(1, i + 2))); r.append(sz(l))
    return r

@sc('list_insert')
def _():
    l = []; r = []
    for i in range(60):
        l.insert(0, i); r.append(sz(l))
    return r + [repr(l[:10])]

@sc('list_slice_assign')
def _():
    l = list(range(50)); r = []
    def rec():
        r.append(sz(l)); r.append(repr(l))
    l[10:40] = [0] * 5; rec()
    l[0:0] = [1] * 100; rec()
    del l[::2]; rec()
    l[5:10] = []; rec()
    l[::3] = range(len(l[::3])); rec()
    del l[1:]; rec()
    l[:] = (); rec()
    l[3:] = [7, 8]; rec()
    l[::-1] = l; rec()
    del l[:]; rec()
    return r

@sc('list_imul')
def _():
    l = [1, 2, 3]; r = []
    for n in (5, 2, 1, 3, 0, 4):
        l *= n; r.append(sz(l)); r.append(len(l))
    return r

@sc('list_null_vs_zero')
def _():
    a = [1]; a.pop(); a.extend([1, 2, 3])
    b = [1]; del b[0]; b.extend([1, 2, 3])
    c = []; c.extend(range(5))
    d = [1]; d.pop(); d.extend(range(5))
    e = [1, 2]; e.clear(); e += (4, 5, 6)
    return [sz(a), sz(b), sz(c), sz(d), sz(e)]

@sc('list_copies')
def _():
    l = list(range(30))
    return [sz(l[::3]), sz(l[:]), sz(l.copy()), sz(l[5:9]), sz(l + l), sz(sorted(l)), sz(sorted(range(30))), sz(l[::-1])]

@sc('list_sort')
def _():
    l = [5, 3, 8, 1, 9, 2, 7, 3, 5, 0, -4, 11, 2]
    a = sorted(l); b = sorted(l, reverse=True)
    c = sorted([(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')], key=lambda t: t[0])
    d = sorted([(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')], key=lambda t: t[0], reverse=True)
    return [repr(a), repr(b), repr(c), repr(d)]

SET_INPUTS = [
    [10, 3, 7, 100, 2 ** 40],
    list(range(20, 0, -3)),
    [-1, -2, -3, 8, 16, 24, 32],
    [2 ** 61 - 1, 2 ** 61, 2 ** 62, -(2 ** 61), 5, 2 ** 53 + 1],
    list(range(0, 200, 9)),
    [1000, 2000, 4096, 8192, 33, 65, 97, 129, 161],
    [(1, 2), (2, 1), (0,), (), (3, 4, 5)],
    [1.5, 2.25, -0.5, 3.0, 1e20],
    [frozenset({1, 2}), frozenset(), frozenset({3})],
    list(range(100, 0, -1)),
]

@sc('set_reprs')
def _():
    return [repr(set(x)) for x in SET_INPUTS] + [repr(frozenset(x)) for x in SET_INPUTS[:3]]

@sc('set_sizes')
def _():
    r = [sz(set(range(n))) for n in range(0, 120, 7)]
    s = set()
    for i in range(60):
        s.add(i * 7); r.append(sz(s))
    return r

@sc('set_ops')
def _():
    a = set(range(0, 40, 3)); b = set(range(0, 40, 5)); c = {7, 100, 2 ** 40, -5}
    r = []
    for x, y in ((a, b), (b, a), (a, c), (c, a)):
        r += [repr(x | y), repr(x & y), repr(x - y), repr(x ^ y)]
    r += [repr(a.union(range(50, 60), [1000])), repr(a.intersection(range(10))), repr(a.difference(range(10), [21])),
          repr(a.symmetric_difference(range(5))), repr(a.issubset(range(100))), repr(a.issuperset([3, 6])),
          repr(a.isdisjoint(b)), repr(a.isdisjoint({1000})), repr(a < a | b), repr(a == set(a)), repr(a <= b)]
    d = set(a); d |= b; r.append(repr(d))
    d &= set(range(0, 40, 2)); r.append(repr(d))
    d -= {0, 6}; r.append(repr(d))
    d ^= {1, 2, 6}; r.append(repr(d))
    return r

@sc('set_del_readd')
def _():
    s = set(range(10)); r = []
    for i in range(0, 10, 2):
        s.remove(i)
    r.append(repr(s))
    for i in range(100, 140, 3):
        s.add(i)
    r.append(repr(s)); r.append(sz(s))
    s.discard(101); s.discard(103); s.add(35); r.append(repr(s))
    s.difference_update(range(100, 120)); r.append(repr(s)); r.append(sz(s))
    return r

@sc('set_pop')
def _():
    s = set(range(20, 0, -3))
    r = [s.pop() for _ in range(3)]
    s.add(99); r.append(s.pop()); r.append(repr(s))
    return r

@sc('hashes')
def _():
    ts = [(), (1, 2), (1, (2, 3)), (-1,), (2 ** 64,), (1.5, 2), (2 ** 61 - 1, -(2 ** 61)), ((), ((),)), (0.1, -2.5e-8, 1e300)]
    fs = [frozenset(), frozenset({1, 2, 3}), frozenset(range(50)), frozenset({(1, 2), 5}), frozenset({frozenset({1})})]
    # (hash(range(0)) involves hash(None), address-based in 3.12: not deterministic)
    return [str(hash(t)) for t in ts] + [str(hash(f)) for f in fs] + [str(hash(range(10))), str(hash(range(3, 50, 4)))]

@sc('dict_sizes')
def _():
    d = {}; r = []
    for i in range(50):
        d[i] = i; r.append(sz(d))
    r += [sz(d.copy()), sz(dict(d)), sz(dict.fromkeys(range(20))), sz(dict.fromkeys(d)), sz(dict(a=1, b=2)), sz(dict([(1, 2)]))]
    e = dict(d)
    for i in range(40):
        del e[i]
    r += [sz(e), sz(e.copy()), sz({**e})]
    u = {}; u.update(d); r.append(sz(u))
    return r

@sc('dict_misc')
def _():
    d = dict.fromkeys('abc', 0); d['z'] = 5
    r = [repr(d), repr(d.popitem()), repr(d)]
    d['q'] = 1; r.append(repr(list(reversed(d)))); r.append(repr(d.keys())); r.append(repr(d.items()))
    r.append(repr(d.keys() & {'a', 'q', 'x'} == {'a', 'q'}))
    r.append(repr(sorted(d.keys() | {'x'})))
    r.append(repr(d | {'a': 9})); r.append(repr({1: 2} == {1: 2}))
    return r

@sc('ranges')
def _():
    r = range(3, 50, 4)
    return [repr(r), len(r), r[5], repr(r[2:9:2]), repr(r[::-1]), 23 in r, 24 in r, r.index(23), r.count(7),
            repr(list(reversed(range(5)))), repr(range(10)[-3:]), repr(range(0, -10, -3)), len(range(0, -10, -3)),
            repr(list(range(0, -10, -3)))]

@sc('slices')
def _():
    return [repr(slice(1, 2, None)), repr(slice(5)), repr(slice(None, 10, 2).indices(5)), repr(slice(-3, None).indices(10)),
            repr(slice(10, -20, -3).indices(7)), repr(list(range(10))[slice(-3, None, -2)])]

@sc('dict_geometry')
def _():
    r = []
    for n in range(0, 8):
        d = {str(i) * 3: i for i in range(n)}
        a = sz(d)
        d[1] = 1
        r += [a, sz(d)]
    for n in (5, 6, 10, 11, 21, 22, 42, 43):
        d = dict.fromkeys(range(n))
        r += [sz(d), sz(dict.fromkeys(d)), sz(dict.fromkeys(set(range(n)))), sz(d.copy()), sz(dict(d))]
    return r

def err(f):
    try:
        f()
        return None
    except Exception as e:
        return f"{type(e).__name__}: {e}"

def _iter_mutate_dict():
    d = {1: 1}
    for k in d:
        d[2] = 2

def _iter_keys_changed():
    d = {1: 1}
    for k in d:
        del d[1]
        d[2] = 2

def _iter_mutate_set():
    s = {1}
    for k in s:
        s.add(2)

def _ext_assign():
    l = [1, 2, 3]
    l[::2] = [1]

def _setitem_oob():
    l = [1]
    l[5] = 0

@sc('errors')
def _():
    return [
        err(lambda: [].pop()), err(lambda: [1].pop(5)), err(lambda: [1][5]), err(_setitem_oob),
        err(lambda: [1]['a']), err(_ext_assign), err(lambda: [1].remove(2)), err(lambda: [1].index(2)),
        err(lambda: (1,).index(2)), err(lambda: (1,)[3]), err(lambda: [1] + (1,)), err(lambda: [1] * 1.5),
        err(lambda: {}['k']), err(lambda: {}.popitem()), err(lambda: {}.pop(1)), err(lambda: dict([1])),
        err(lambda: dict([(1, 2, 3)])), err(lambda: set().pop()), err(lambda: set().remove(1)), err(lambda: {1: 2}[[]]),
        err(lambda: range(1, 2, 0)), err(lambda: range(5)[10]), err(lambda: range(1.5)), err(lambda: slice(1, 2, 0).indices(5)),
        err(lambda: [1, 2][::0]), err(lambda: list(zip([1], [1, 2], strict=True))),
        err(lambda: list(zip([1, 2], [1], [1, 2], strict=True))), err(lambda: list(zip([1, 2], [1, 2], [1], strict=True))),
        err(lambda: sorted([1, 'a'])), err(_iter_mutate_dict), err(_iter_keys_changed), err(_iter_mutate_set),
        err(lambda: reversed(5)), err(lambda: map(len)), err(lambda: list(1)), err(lambda: [].sort(1)),
        err(lambda: [].append()), err(lambda: (1,) + [1]), err(lambda: set([[1]])), err(lambda: ().index(1, 'a')),
    ]

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, 'cpython-golden.json'), 'w') as f:
    json.dump(out, f, indent=0)
print('wrote', len(out), 'scenarios')
