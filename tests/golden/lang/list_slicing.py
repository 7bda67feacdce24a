# Slicing: steps, negative indices, slice assignment and deletion, slice objects.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::3], a[1::2], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[5:2], a[100:], a[-100:2], a[3:3], a[::-3], a[9:0:-3], a[2:8][::2])
b = a[:]
b[2:5] = ['x']
print(b, len(b))
b = a[:]
b[2:3] = ['p', 'q', 'r']
print(b)
b = a[:]
b[::2] = 'ABCDE'
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
b = a[:]
b[:0] = [-2, -1]
b[len(b):] = [10, 11]
print(b)
b = a[:]
del b[::2]
print(b)
b = a[:]
del b[2:5]
print(b)
b = a[:]
del b[-2:]
del b[0]
print(b)
b = a[:]
b[1:9] = []
print(b)
s = slice(1, 8, 3)
print(s, s.start, s.stop, s.step, a[s], s.indices(5), slice(None).indices(4), slice(-2, None).indices(10))
print('hello'[s], (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)[s], range(10)[s])
print('abcdef'[::-1], 'abcdef'[-2::-2], b'bytes'[1:3], (1, 2, 3)[::-1])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1] for row in m], m[1][::-1], [r[::-1] for r in m[::-1]], list(zip(*m)))
c = [1, 2, 3, 4, 5]
c[1:4] = c[1:4][::-1]
print(c)
c[:] = []
print(c)
t = list(range(20))
print(t[::5], t[-1::-5], t[3:-3:4], t[19:0:-7])
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1], sh[1:2], sh[::3], sh[1:2, 3], sh[...], sh[:, None])
