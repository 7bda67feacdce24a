# keyword arguments that built-in functions and methods reject, as a learner meets them
calls = [
    lambda: sorted([3, 1], reversed=True),
    lambda: [3, 1].sort(key=None, reversed=True),
    lambda: print('x', seperator='-'),
    lambda: int('10', bas=2),
    lambda: round(3.14159, digits=2),
    lambda: 'a,b'.split(',', max=1),
    lambda: enumerate('ab', begin=1),
    lambda: max([1, 2], keys=abs),
    lambda: sum([1, 2], begin=10),
    lambda: {}.get('k', default=0),
    lambda: {}.pop('k', default=0),
    lambda: {}.setdefault('k', default=0),
    lambda: [1].index(1, start=0),
    lambda: [1].insert(index=0, obj=2),
    lambda: [1].pop(index=0),
    lambda: dict.fromkeys('ab', value=0),
    lambda: zip('ab', 'cd', fillvalue=None),
    lambda: range(stop=3),
    lambda: len(obj=[1]),
    lambda: isinstance(obj=1, class_or_tuple=int),
    lambda: 'x'.center(10, fill='*'),
    lambda: 'abc'.startswith(prefix='a'),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except TypeError as e:
        print(i, e)
print(sorted([3, 1, 2], key=lambda v: -v, reverse=True), int('ff', base=16), round(2.5, ndigits=0), 'a b c'.split(maxsplit=1))
print(enumerate('ab', start=5).__next__(), max([1, -3], key=abs), sum([1, 2], start=10), 'x'.encode(encoding='ascii', errors='strict'))
