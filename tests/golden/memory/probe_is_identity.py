import sys
a = 256; b = 256
print('256', a is b)
a = 257; b = 257
print('257 same line consts', a is b)
def mk(n): return n + 1
print('computed 257', mk(256) is mk(256), 'computed 256', mk(255) is mk(255))
print('-5', mk(-6) is mk(-6), '-6', mk(-7) is mk(-7))
print('int("10")', int('10') is int('10'), int('1000') is int('1000'))
s1 = 'hello'; s2 = 'hello'
print('literal str', s1 is s2)
s3 = 'hello world'; s4 = 'hello world'
print('literal with space', s3 is s4)
print('runtime concat', ('hel' + mk.__name__[:0] + 'lo') is s1)
h = ''.join(['h', 'e', 'l', 'l', 'o'])
print('join', h is s1, h == s1, sys.intern(h) is s1)
print('single char', chr(97) is 'a', 'abc'[0] is 'a', str(1) is '1')
print('empty', '' is str(), ''.join([]) is '', 'abc'[3:] is '')
print('empty tuple', () is tuple(), tuple([]) is ())
print('frozenset', frozenset() is frozenset())
print('None True', None is type(None)(), bool(1) is True)
x = 'a_b_c'
y = 'a_b' + '_c'
print('const folded', x is y)
z = 'a b c'
w = 'a b' + ' c'
print('const folded space', z is w)
t1 = (1, 2, 3); t2 = (1, 2, 3)
print('tuple consts', t1 is t2)
l1 = [1]; l2 = [1]
print('lists', l1 is l2, l1 == l2)
print('float consts', 1.5 is 1.5)
f1 = 0.1 + 0.2
print('float computed', f1 is (0.1 + 0.2))
print('dict key intern', list({'key_' + 'x': 1})[0] is 'key_x')
def getname(o): return o.__name__
print('attr names', getname(mk) is 'mk')
print(sys.intern('dyn' + str(1)) is sys.intern('dyn1'))
