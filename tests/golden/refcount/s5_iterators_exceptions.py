import sys
def show(label, obj):
    print(f"{label}: {sys.getrefcount(obj) - 1}")
data = [1, 2, 3]
show("data", data)
alias = data
show("after alias", data)
container = {"a": data}
show("in dict", data)
lst = [data] * 5
show("list *5", data)
lst2 = [data for _ in range(3)]
show("comprehension", data)
gen = (d for d in [data])
show("genexpr not started", data)
next(gen)
show("genexpr advanced", data)
del gen
show("genexpr deleted", data)
it = iter([data, data])
show("iterator", data)
next(it)
show("iterator advanced", data)
del it
z = zip([data], [data])
show("zip", data)
del z
m = map(id, [data])
show("map", data)
del m
e = enumerate([data])
show("enumerate", data)
del e
del lst, lst2, container, alias
show("all gone", data)
try:
    raise ValueError(data)
except ValueError as exc:
    show("exception arg", data)
    show("exc", exc)
show("after except", data)
try:
    raise KeyError(data)
except KeyError:
    err = sys.exc_info()
show("exc_info held", data)
del err
show("exc_info dropped", data)
