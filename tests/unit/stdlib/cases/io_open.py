f = open('x.txt', 'w')
print(repr(f), f.mode, f.encoding, f.name, f.closed)
print(f.write('hello\n'), f.write('세계\r\nline3'))
f.writelines(['a\n', 'b\n'])
print(f.tell())
f.close()
print(f.closed, repr(f))
with open('x.txt', encoding='utf-8') as g:
    print(repr(g))
    print(repr(g.readline()))
    print(repr(g.read(3)))
    print(g.readlines())
    print(g.tell())
    print(repr(g.read()))
with open('x.txt') as g:
    for line in g:
        print(repr(line))
with open('x.txt', 'rb') as g:
    print(g, g.mode, g.read(4), g.tell(), g.readline(), g.read())
with open('x.txt', 'a') as g:
    g.write('tail\n')
print(open('x.txt').read().splitlines()[-1])
try:
    open('nope.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    g.read()
except ValueError as e:
    print(e)
f = open('y.bin', 'wb'); print(f.write(b'\x00\x01abc'), f); f.close()
f = open('y.bin', 'r+b'); f.seek(2); print(f.read(2), f.tell(), f); f.seek(-1, 2); print(f.read()); f.close()
try:
    open('x.txt', 'z')
except ValueError as e:
    print(e)
try:
    open('x.txt', 'x')
except FileExistsError as e:
    print(e.errno, e.strerror)
w = open('x.txt', 'w')
try:
    w.read()
except Exception as e:
    print(type(e).__name__, e)
try:
    w.write(5)
except TypeError as e:
    print(e)
w.close()
import io
s = io.StringIO('ab\ncd')
print(s.readline(), s.read(), s.getvalue())
b = io.BytesIO(); b.write(b'xy'); print(b.getvalue())
