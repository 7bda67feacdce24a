x = "global"
def outer():
    x = "enclosing"
    def inner():
        nonlocal x
        x = "modified"
        return x
    print(inner(), x)
outer()
print(x)
def use_global():
    global x
    x = "changed globally"
use_global()
print(x)
def bad_local():
    print(total)
    total = 5
try:
    bad_local()
except UnboundLocalError as e:
    print(type(e).__name__, e)
counter = 0
def incr():
    global counter
    counter += 1
for _ in range(3):
    incr()
print(counter)
def make_multipliers():
    return [lambda v, k=k: v * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])
def outer2():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = outer2()
add(1); add(2)
print(items, add.__code__.co_freevars, add.__closure__[0].cell_contents is items)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
class K:
    v = 1
    vals = [v * i for i in range(3)] if False else None
    def m(self):
        return v
print(K.v, K.vals)
try:
    K().m()
except NameError as e:
    print(e)
import builtins
print(builtins.len is len, type(builtins).__name__, "print" in dir(builtins))
def f():
    return undefined_name_here
f()
