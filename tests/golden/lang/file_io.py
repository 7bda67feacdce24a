# open(): write, read, readline(s), iteration, append, binary mode, with; scratch files are removed.
import os
path = '_tmp_file_io.txt'
with open(path, 'w') as f:
    print(type(f).__name__, f.mode, f.name, f.closed)
    n = f.write('first line\n')
    f.write('second line\n')
    f.writelines(['third\n', 'fourth'])
    print('write returned', n)
print(f.closed)
with open(path) as f:
    content = f.read()
print(repr(content), len(content))
with open(path, 'r') as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.read()), repr(f.read()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line), repr(line.rstrip('\n')))
with open(path, 'a') as f:
    f.write('\nappended')
with open(path) as f:
    lines = f.read().splitlines()
print(lines, len(lines))
print([line.upper() for line in open(path) if 'i' in line])
with open(path, 'rb') as f:
    data = f.read()
print(type(data).__name__, data[:10], len(data))
with open(path, 'wb') as f:
    f.write('한글 bytes\n'.encode('utf-8'))
with open(path, encoding='utf-8') as f:
    print(repr(f.read()))
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'w') as f:
    pass
with open(path) as f:
    print(repr(f.read()))
with open(path, 'w+') as f:
    f.write('read after write')
    f.seek(0)
    print(f.read(), f.tell())
print(os.path.exists(path), os.path.basename(path), os.path.splitext(path))
os.remove(path)
print(os.path.exists(path))
try:
    open('_tmp_does_not_exist.txt')
except FileNotFoundError as e:
    print('FileNotFoundError:', e, e.errno, e.filename)
f = open(path, 'w')
f.write('closed explicitly')
f.close()
try:
    f.write('more')
except ValueError as e:
    print('ValueError:', e)
print(open(path).read())
os.remove(path)
