import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a, a]
print(sys.getrefcount(a))
d = {'k': a, 'j': a}
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
d.clear()
print(sys.getrefcount(a))
def f(x):
    print("in f", sys.getrefcount(x))
    def g(y):
        print("in g", sys.getrefcount(y))
    g(x)
f(a)
print(sys.getrefcount(a))
t = (a,)
print(sys.getrefcount(a))
s = "hello world, this is a string"
print(sys.getrefcount(s))
n = 10**20
print(sys.getrefcount(n))
print(sys.getrefcount(1), sys.getrefcount(None), sys.getrefcount(True))
print(sys.getrefcount("x"), sys.getrefcount(()))
x = 1000
print(sys.getrefcount(x))
y = 1000
print(sys.getrefcount(x), x is y)
f2 = 3.14
print(sys.getrefcount(f2))
lst = [1000, 1000]
print(sys.getrefcount(lst[0]))
