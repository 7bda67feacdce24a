import sys, io, os
path = '_tmp_s4_print_test.txt'
print('a', 'b', sep='-', end='!\n')
print(*range(5), sep=', ')
print('no newline', end='')
print(' then newline')
print(file=sys.stdout)
print('err message', file=sys.stderr)
print(1, 2, sep='')
buf = io.StringIO()
print('to buffer', 42, file=buf)
print(repr(buf.getvalue()), buf.tell())
buf.seek(0); print(buf.read(2), buf.readline(), repr(buf.read()))
try:
    print('x', sep=5)
except TypeError as e:
    print(e)
try:
    print('x', end=None, flush=True, bogus=1)
except TypeError as e:
    print(e)
sys.stdout.write('written\n')
n = sys.stdout.write('abc\n')
print(n, sys.stdout.isatty() in (True, False), sys.stdout.encoding)
lines = io.StringIO('line1\nline2\n\nline4')
for i, line in enumerate(lines):
    print(i, repr(line))
print(list(io.StringIO('a\nb')), io.StringIO('x').readlines())
b = io.BytesIO(b'hello')
print(b.read(3), b.getvalue(), b.seek(0, 2), b.write(b'!'), b.getvalue())
print(repr(str(None)), str(b'bytes'), repr(print), print('nested') is None)
with open(path, 'w') as f:
    print('line a', file=f)
    f.write('line b\n')
    print(f.name, f.mode, f.closed)
print(f.closed, open(path).read().splitlines())
try:
    f.write('x')
except ValueError as e:
    print(e)
with open(path) as f:
    print([l.rstrip() for l in f], f.readline() == '')
try:
    open(path, 'rx')
except ValueError as e:
    print(e)
os.remove(path)
