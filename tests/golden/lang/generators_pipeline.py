# Generator pipelines: lazy evaluation order, chaining, infinite sources.
def source(n):
    for i in range(n):
        print(f'  source yields {i}')
        yield i
def square(it):
    for v in it:
        print(f'  square {v}')
        yield v * v
def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v
pipeline = evens(square(source(4)))
print('pipeline built, nothing ran yet')
for value in pipeline:
    print('consumer got', value)
import itertools
def naturals():
    n = 1
    while True:
        yield n
        n += 1
print(list(itertools.islice((n * n for n in naturals() if n % 3 == 0), 5)))
def take(n, it):
    for _, v in zip(range(n), it):
        yield v
print(list(take(3, naturals())))
def running_total(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_total([1, 2, 3, 4])))
words = (w.strip().lower() for w in [' Apple', 'banana ', ' CHERRY '])
lengths = ((w, len(w)) for w in words)
print(dict(lengths))
def chain(*its):
    for it in its:
        yield from it
print(list(chain('ab', [1, 2], range(2))))
def tree_walk(node):
    yield node['name']
    for child in node.get('children', []):
        yield from tree_walk(child)
tree = {'name': 'root', 'children': [{'name': 'a', 'children': [{'name': 'a1'}]}, {'name': 'b'}]}
print(list(tree_walk(tree)))
g = (x for x in range(3))
h = (y * 10 for y in g)
print(next(h), list(g), list(h))
def window(seq, n):
    it = iter(seq)
    win = tuple(itertools.islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win
print(list(window([1, 2, 3, 4, 5], 3)))
print(sum(x for x in range(1000000) if x % 7 == 0))
