# list over-allocation (list_resize) and tuple sizes by every way of building them.
import sys
S = sys.getsizeof
lst = []
seen = [S(lst)]
for i in range(100):
    lst.append(i)
    if S(lst) != seen[-1]:
        seen.append(S(lst))
print('append steps', seen)
lst = []
steps = []
for n in [1, 2, 3, 5, 10, 17, 30]:
    lst.extend(range(n))
    steps.append(S(lst))
print('extend range', steps)
lst = []
steps = []
for n in [1, 2, 3, 5, 10, 17, 30]:
    lst.extend([0] * n)
    steps.append(S(lst))
print('extend list', steps)
lst = []
for i in range(10):
    lst.insert(0, i)
print('insert', S(lst))
print('comprehension', [S([i for i in range(n)]) for n in range(12)])
print('list(range)', [S(list(range(n))) for n in range(12)])
print('list(tuple)', [S(list(tuple(range(n)))) for n in range(12)])
print('list(gen)', [S(list(i for i in range(n))) for n in range(12)])
print('literal', S([]), S([1]), S([1, 2]), S([1, 2, 3, 4, 5, 6, 7]))
print('repeat', [S([0] * n) for n in range(12)], S([1, 2] * 5))
base = list(range(20))
print('slice', S(base[:]), S(base[:5]), S(base[::3]), S(base[5:0:-1]))
print('concat', S(base + base), S(base[:3] + [1]))
s = sorted(range(15, 0, -1))
print('sorted', S(s), S(sorted(base)), S(list(reversed(base))))
c = base.copy()
c.sort()
print('copy/sort', S(c), S(base.copy()))
lst = list(range(100))
while len(lst) > 3:
    lst.pop()
print('after pops', S(lst))
lst = list(range(100))
del lst[10:]
print('after del slice', S(lst))
lst.clear()
print('after clear', S(lst))
lst = [1, 2, 3]
lst *= 5
print('*= 5', S(lst))
lst = [1, 2, 3]
lst += [4, 5]
print('+=', S(lst))
lst[1:2] = range(10)
print('slice assign', S(lst))
print('tuple', [S(tuple(range(n))) for n in range(6)], S(()), S((1,)), S(tuple([1, 2, 3])), S(tuple(i for i in range(7))))
print('tuple ops', S((1, 2) + (3,)), S((1, 2) * 4), S(tuple(base)[2:5]), S(divmod(7, 2)))
print('__sizeof__', [].__sizeof__(), [1, 2, 3].__sizeof__(), ().__sizeof__(), (1, 2).__sizeof__())
