# Closures and cells.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
print(c1.__closure__[0].cell_contents, len(c1.__closure__), c1.__code__.co_freevars, make_counter.__code__.co_cellvars)
def make_multiplier(n):
    return lambda x: x * n
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.__closure__[0].cell_contents)
adders = []
for i in range(3):
    adders.append(lambda x: x + i)
print([a(10) for a in adders])
adders = [(lambda x, i=i: x + i) for i in range(3)]
print([a(10) for a in adders])
def outer():
    x = 'enclosing'
    def middle():
        def inner():
            return x
        return inner
    return middle()
print(outer()())
def shared_cell():
    value = []
    def add(v):
        value.append(v)
    def get():
        return value
    return add, get
add, get = shared_cell()
add(1); add(2)
print(get(), add.__closure__[0] is get.__closure__[0])
def late():
    fs = []
    for k in range(3):
        def f():
            return k
        fs.append(f)
    k = 'changed'
    return fs
print([f() for f in late()])
def counter_object():
    state = {'n': 0}
    def inc():
        state['n'] += 1
        return state['n']
    return inc
co = counter_object()
co(); co()
print(co())
print(make_counter().__closure__ is not None, (lambda: 1).__closure__)
def cell_before_assignment():
    def show():
        return z
    try:
        show()
    except NameError as e:
        print('NameError:', e)
    z = 1
    return show()
print(cell_before_assignment())
def averager():
    series = []
    def avg(v):
        series.append(v)
        return sum(series) / len(series)
    return avg
av = averager()
print(av(10), av(11), av(12))
