print({10, 3, 7, 100, 2**40})
print(set(range(20, 0, -3)))
s = set(range(10))
for i in range(0, 10, 2):
    s.remove(i)
for i in range(100, 140, 3):
    s.add(i)
print(s)
print(frozenset({(1, 2), (3,), ()}), hash(frozenset({1, 2, 3})))
print({1, 2} | {2**61 - 1, -3}, {5, 6, 7} ^ {6, 100})
x = {3, 1, 2}
print(x.pop(), x.pop(), x)
