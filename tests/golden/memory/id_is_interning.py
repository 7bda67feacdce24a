# `is` and id(): caches, interning, constants, singletons and address reuse.
import sys
def show(label, *values):
    print(f'{label}:', *values)
# small-int cache: -5..256 are preallocated
a = 256; b = int('256')
show('256 cached', a is b)
a = 257; b = int('257')
show('257 from int() is a new object', a is b)
m5 = -5
show('-5 cached', int('-5') is m5)
show('-6 new', int('-6') is int('-6'))
x = 1000
y = x + 0
show('x + 0 makes a new int', x is y)
show('x * 1 makes a new int', x is x * 1)
h = 100
n200 = 200
show('sum of small ints is cached', h + h is n200)
# constants in one code object are shared
p = 1000; q = 1000
show('equal int constants in one code object', p is q)
def f():
    return 1000
show('constant of another code object', f() is p)
fl = (lambda: (2.5, 2.5))()
show('float constants shared', fl[0] is fl[1])
t1 = (1, 2, 3); t2 = (1, 2, 3)
show('constant tuples shared', t1 is t2)
et = ()
show('empty tuple singleton', tuple() is et, tuple([]) is et)
es = ''
show('empty str singleton', str() is es, ''.join([]) is es, 'abc'[3:] is es)
eb = b''
show('empty bytes singleton', bytes() is eb, b'x'[1:] is eb)
show('empty frozenset', frozenset() is frozenset())
show('empty list not shared', [] is [])
# strings: identifiers and identifier-like constants are interned
s1 = 'hello'; s2 = 'hel' + 'lo'
show('folded constant interned', s1 is s2)
s3 = ''.join(['hel', 'lo'])
show('built at runtime not interned', s1 is s3)
show('sys.intern returns the interned one', sys.intern(s3) is s1)
s4 = 'hello world'; s5 = 'hello world'
show('non-identifier constants in one code object', s4 is s5)
show('non-identifier constant vs runtime', s4 is ' '.join(['hello', 'world']))
ca, c7, ce, src = 'a', '7', 'é', 'abc'
show('single chars are cached', chr(97) is ca, src[0] is ca, str(7) is c7)
show('latin-1 single chars cached', chr(233) is ce, ce[0] is chr(233))
show('non-latin-1 single char not cached', chr(0xAC00) is chr(0xAC00))
show('str() of str is identity', str(s1) is s1)
show('slicing whole string is identity', s1[:] is s1)
cabc = 'ABC'
show('upper of upper-case constant', cabc.upper() is cabc)
name = 'attr_name'
class K:
    attr_name = 1
show('attribute names interned', [k for k in K.__dict__ if k == name][0] is name)
d = {'key': 1}
ckey = 'key'
show('dict key constant shared', list(d)[0] is ckey)
# singletons
show('None/True/False', type(None)() is None, bool(1) is True, (1 == 2) is False)
show('NotImplemented/Ellipsis', type(NotImplemented)() is NotImplemented, type(...)() is ...)
# id reuse
def addr_of_new():
    return id(object())
show('object freed right after id(): same address next time', addr_of_new() == addr_of_new())
show('id(a) == id(b) for temporaries', id([1]) == id([2]))
la = [1, 2]
old = id(la)
del la
lb = [3, 4]
show('list freed then a new list reuses the address', id(lb) == old)
fa = 1.5 * x
old = id(fa)
del fa
fb = 2.5 * x
show('float freed then reused', id(fb) == old)
ta = (x, x)
old = id(ta)
del ta
tb = (x, x, x)
show('tuple of another size: different free list', id(tb) == old)
class P:
    pass
o1, o2 = P(), P()
show('live objects distinct', id(o1) != id(o2))
