import os, os.path
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/x', '/y'), os.path.basename('/a/b/c.txt'), os.path.dirname('/a/b/c.txt'))
print(os.path.splitext('arch.tar.gz'), os.path.splitext('.bashrc'), os.path.split('a/b/'), os.path.normpath('a//b/../c/.'))
with open('data.txt', 'w') as f:
    f.write('12345')
print(os.path.exists('data.txt'), os.path.isfile('data.txt'), os.path.isdir('data.txt'), os.path.getsize('data.txt'))
print(os.path.exists('nope.txt'), 'data.txt' in os.listdir('.'), os.path.isdir('.'))
print(os.stat('data.txt').st_size)
os.remove('data.txt')
print(os.path.exists('data.txt'))
try:
    os.remove('data.txt')
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
print(type(os.getpid()), os.sep, os.linesep == '\n', os.name)
print(os.environ.get('NOPE', 'dflt'), os.getenv('NOPE'))
print(os.path.relpath('/a/b/c', '/a'), os.path.commonprefix(['abc', 'abd']))
