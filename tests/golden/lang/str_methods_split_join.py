# str: split, join, strip, replace, find, count, startswith and friends.
s = '  Hello, World!  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')))
print('a,b,,c'.split(','), 'a b  c'.split(), '  a  b  '.split(), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print(''.split(), ''.split(','), 'abc'.split('abc'), 'one'.split('x'), 'a\tb\nc d'.split())
print('a--b--c'.split('--'), 'a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2))
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
print('-'.join(['a', 'b', 'c']), ''.join('xyz'), ', '.join(str(i) for i in range(4)), '|'.join([]))
try:
    ','.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
print('hello world'.replace('o', '0'), 'aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('x', 'y'))
h = 'hello world, hello python'
print(h.find('hello'), h.find('hello', 1), h.rfind('hello'), h.find('xyz'), h.index('world'), h.rindex('o'))
try:
    h.index('xyz')
except ValueError as e:
    print('ValueError:', e)
print(h.count('hello'), h.count('l'), h.count(''), 'aaaa'.count('aa'), h.count('o', 0, 10))
print(h.startswith('hello'), h.startswith(('x', 'hel')), h.endswith('python'), h.startswith('world', 6), h.endswith(''))
print('abc'.removeprefix('ab'), 'abc'.removesuffix('bc'), 'abc'.removeprefix('x'))
print('a\nb\r\nc\rd'.splitlines(), 'a\nb\n'.splitlines(keepends=True), ''.splitlines(), 'x\n\ny'.splitlines())
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='), 'none'.partition('='), 'none'.rpartition('='))
print('a\tb\tc'.expandtabs(4), repr('1\t22\t333'.expandtabs()), 'ab'.expandtabs())
words = 'the quick brown fox jumps over the lazy dog'.split()
print(len(words), sorted(words), max(words, key=len), [w for w in words if w.startswith('t')])
csv = 'name,age\nKim,30\nLee,25\n'
rows = [line.split(',') for line in csv.strip().split('\n')]
print(rows)
print(' '.join(reversed('one two three'.split())), '/'.join('path/to/file'.split('/')[::-1]))
print('Mississippi'.replace('ss', 'SS').lower().count('ss'), 'banana'.find('na', 3), 'banana'.rfind('na', 0, 4))
