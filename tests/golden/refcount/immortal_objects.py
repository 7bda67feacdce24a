# PEP 683: immortal objects report a fixed reference count (4294967295 on 64-bit 3.12).
import sys
print('None', sys.getrefcount(None))
print('True', sys.getrefcount(True), 'False', sys.getrefcount(False))
print('Ellipsis', sys.getrefcount(...), 'NotImplemented', sys.getrefcount(NotImplemented))
for n in (-5, -1, 0, 1, 42, 255, 256):
    print('small int', n, sys.getrefcount(n))
print('int 257 (not cached):', sys.getrefcount(int('257')))
print('int -6 (not cached):', sys.getrefcount(int('-6')))
print('empty str', sys.getrefcount(''), 'empty tuple', sys.getrefcount(()))
print('empty bytes', sys.getrefcount(b''), 'one-char str', sys.getrefcount('a'), sys.getrefcount(chr(200)))
print('one-byte bytes', sys.getrefcount(b'a'))
print('identifier-like constant', sys.getrefcount('hello'))
print('interned name', sys.getrefcount('append'), sys.getrefcount('__init__'))
print('non-identifier constant', sys.getrefcount('hello world!') != 4294967295)
dynamic = ''.join(['dyn', 'amic'])
print('runtime string', sys.getrefcount(dynamic))
interned = sys.intern(dynamic)
print('sys.intern of a runtime string (immortal in 3.12)', sys.getrefcount(interned))
for t in (int, str, list, dict, type, object, bool, float, tuple, type(None)):
    print('builtin type', t.__name__, sys.getrefcount(t))
print('builtin function', sys.getrefcount(len) > 1, sys.getrefcount(print) > 1)
class User:
    pass
print('user class is mortal', sys.getrefcount(User) < 100)
x = None
y = None
print('more names do not change it', sys.getrefcount(None))
lst = [None] * 1000
print('nor do containers', sys.getrefcount(None), sys.getrefcount(0))
