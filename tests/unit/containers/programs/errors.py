def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: [].pop())
show(lambda: {}['k'])
show(lambda: set().pop())
show(lambda: [1, 2, 3].__setitem__(slice(None, None, 2), [1]))
show(lambda: list(zip([1, 2], [1], strict=True)))
show(lambda: sorted([1, 'a']))
d = {1: 1}
try:
    for k in d:
        d[2] = 2
except RuntimeError as e:
    print(e)
show(lambda: range(1, 2, 0))
show(lambda: dict([(1, 2, 3)]))
