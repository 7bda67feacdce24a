data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
first, *middle, last = data
print(first, middle, last)
head, *tail = "hello"
print(head, tail)
*init, end = range(5)
print(init, end)
a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
x, y = y, x = 1, 2
print(x, y)
values = []
while (chunk := data[len(values):len(values) + 2]):
    values.append(sum(chunk))
print(values)
print([y for x in data if (y := x * 2) > 7])
def f(*args, **kwargs):
    return args, kwargs
print(f(*data[:2], *"ab", k=1, **{"z": 2}))
print(*range(3), sep="-")
merged = [*data, *"xy", *{1: 2}]
print(merged, {*data, 100}, (*data,))
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
matrix = [[1, 2], [3, 4]]
for (p, q), r in zip(matrix, "st"):
    print(p, q, r)
def kw_only(a, /, b, *, c=3):
    return a + b + c
print(kw_only(1, 2), kw_only(1, b=2, c=10))
try:
    kw_only(a=1, b=2)
except TypeError as e:
    print("TypeError:", e)
try:
    kw_only(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    first, second = 1
except TypeError as e:
    print("TypeError:", e)
