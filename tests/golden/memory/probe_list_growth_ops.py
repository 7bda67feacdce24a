import sys
def show(tag, l):
    print(tag, len(l), sys.getsizeof(l))
l = []
sizes = []
for i in range(70):
    l.append(i)
    s = sys.getsizeof(l)
    if not sizes or sizes[-1][1] != s:
        sizes.append((len(l), s))
print('append steps:', sizes)
show('extend 10 on empty', [].__class__() or (lambda x: (x.extend(range(10)), x)[1])([]))
a = []; a.extend(range(5)); show('extend 5', a)
a.extend(range(5)); show('extend +5', a)
a.extend([1]); show('extend +1', a)
a += [0] * 20; show('+= 20', a)
show('comprehension 10', [i for i in range(10)])
show('comprehension 100', [i for i in range(100)])
show('list(range(10))', list(range(10)))
show('list(range(100))', list(range(100)))
show('[0]*10', [0] * 10)
show('[0]*100', [0] * 100)
show('list(gen 10)', list(i for i in range(10)))
show('list(map 10)', list(map(int, range(10))))
show('sorted 10', sorted(range(10)))
show('copy', a.copy())
show('slice', a[:])
show('a*2', a * 2)
show('a+a', a + a)
b = list(range(100))
for n in (90, 60, 40, 20, 10, 3, 0):
    while len(b) > n:
        b.pop()
    show('pop to', b)
b = list(range(100)); b.clear(); show('clear', b)
b = list(range(100)); del b[10:]; show('del b[10:]', b)
b = list(range(100)); b[:] = []; show('b[:] = []', b)
c = []; c.insert(0, 1); show('insert', c)
for i in range(20):
    c.insert(0, i)
show('insert 21', c)
d = list(range(10)); d.remove(5); show('remove', d)
e = [1, 2, 3]; e.reverse(); e.sort(); show('sort', e)
