# Identity of constants in one compiled file, the small-int cache, string interning.
x = 257
y = 257
print(x is y, x == y)
def f():
    return 257
print(f() is x, f() is f())
a = 1000
b = 999 + 1
print(a == b, a is b)
n = int('257')
m = int('257')
print(n is m, n == m)
s = int('100')
t = int('100')
print(s is t)
lo, hi, over = -5, 256, 257
print(lo is int('-5'), hi is int('256'), over is int('257'), int('-6') is int('-6'))
c = 255
c += 1
d = 256
print(c is d)
c += 1
print(c is x, c == x)
w1 = 'hello'
w2 = 'hello'
print(w1 is w2)
w3 = ''.join(['hel', 'lo'])
print(w3 == w1, w3 is w1)
import sys
print(sys.intern(w3) is w1)
p1 = 'hello world!'
p2 = 'hello world!'
print(p1 is p2)
q = 'hello world'
r = 'hello ' + 'world'
print(q is r)
empty = ''
e1 = ()
e2 = tuple()
print(e1 is e2, empty is str(), None is None, True is (1 == 1))
t1 = (1, 2, 3)
t2 = (1, 2, 3)
print(t1 is t2)
l1 = [1, 2]
l2 = [1, 2]
print(l1 is l2, l1 == l2)
f1 = 1.5
f2 = 1.5
print(f1 is f2)
def g():
    return (1, 2, 3)
print(g() is g(), g() is t1)
single = 'x'
ab = 'ab'
letter_a = 'a'
print(single is chr(120), single == chr(120), ab[0] is ab[0], ab[0] is letter_a)
big1 = 10 ** 10
big2 = 10 ** 10
print(big1 is big2, big1 == big2)
def h():
    return 'hello'
print(h() is w1, h() is h())
i1 = 7 * 6
i2 = 42
print(i1 is i2)
