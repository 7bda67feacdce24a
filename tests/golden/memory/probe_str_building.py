import sys, tracemalloc
s = ''
sizes = []
for i in range(20):
    s += 'ab'
    sizes.append(sys.getsizeof(s))
print(sizes)
k = ''
for ch in '한국어 텍스트':
    k += ch
print(len(k), sys.getsizeof(k))
mixed = 'abc' + '한' + '🐍'
print(sys.getsizeof(mixed), sys.getsizeof(mixed[:3]), sys.getsizeof(mixed[3:4]), sys.getsizeof(mixed[4:]))
tracemalloc.start()
b = tracemalloc.get_traced_memory()[0]
parts = []
for i in range(1000):
    parts.append('line %d\n' % i)
text = ''.join(parts)
a = tracemalloc.get_traced_memory()[0]
print('join approach', a - b, len(text), sys.getsizeof(text))
del parts, text
b = tracemalloc.get_traced_memory()[0]
text = ''
for i in range(1000):
    text += 'line %d\n' % i
a, p = tracemalloc.get_traced_memory()
print('concat approach', a - b, sys.getsizeof(text))
b = tracemalloc.get_traced_memory()[0]
u = text.upper()
low = u.lower()
print('upper+lower', tracemalloc.get_traced_memory()[0] - b)
b = tracemalloc.get_traced_memory()[0]
words = text.split()
print('split', tracemalloc.get_traced_memory()[0] - b, len(words))
b = tracemalloc.get_traced_memory()[0]
lines = text.splitlines()
print('splitlines', tracemalloc.get_traced_memory()[0] - b, len(lines))
b = tracemalloc.get_traced_memory()[0]
r = text.replace('line', 'LINE')
print('replace', tracemalloc.get_traced_memory()[0] - b)
b = tracemalloc.get_traced_memory()[0]
e = text.encode()
print('encode', tracemalloc.get_traced_memory()[0] - b)
tracemalloc.stop()
