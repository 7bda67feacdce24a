# References from function arguments, locals, and the call machinery.
import sys
data = [1, 2]
print('module level:', sys.getrefcount(data))
def one_arg(x):
    return sys.getrefcount(x)
print('as an argument:', one_arg(data))
def arg_and_local(x):
    y = x
    return sys.getrefcount(x)
print('argument plus local alias:', arg_and_local(data))
def nested_call(x):
    return one_arg(x)
print('passed down two calls:', nested_call(data))
def star_args(*args):
    return sys.getrefcount(args[0])
print('inside *args:', star_args(data))
def kw_args(**kw):
    return sys.getrefcount(kw['k'])
print('inside **kwargs:', kw_args(k=data))
def returns_new():
    return [0]
print('returned new object:', sys.getrefcount(returns_new()))
def returns_arg(x):
    return x
print('returned argument:', sys.getrefcount(returns_arg(data)))
def after_return():
    local = [1]
    return local
r = after_return()
print('local kept after return:', sys.getrefcount(r))
def local_then_del(x):
    a = x
    b = x
    before = sys.getrefcount(x)
    del a, b
    return before, sys.getrefcount(x)
print('locals then del:', local_then_del(data))
print('method call on self:')
class C:
    def m(self):
        return sys.getrefcount(self)
c = C()
print('  in a method:', c.m())
print('  via the class:', C.m(c))
def recursive(x, depth):
    if depth == 0:
        return sys.getrefcount(x)
    return recursive(x, depth - 1)
print('through 3 recursive frames:', recursive(data, 3))
gen_arg = (lambda v: sys.getrefcount(v))
print('lambda:', gen_arg(data))
print('still at module level:', sys.getrefcount(data))
