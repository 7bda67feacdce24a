import sys
samples = ['', 'a', 'ab', 'hello', 'hello world', 'x' * 100, 'é', 'café', 'ÿ', 'naïve' * 3, '한', '한글', '안녕하세요',
           '🐍', 'a🐍', '😀' * 5, 'Ā', '€', 'a€', '\x00', '\x7f', '\x80', '\u00ff\u0100', '\U0010ffff', 'abc\n', 'ß', 'Ω']
for s in samples:
    print(repr(s), len(s), sys.getsizeof(s))
print('join', sys.getsizeof(''.join(['a'] * 50)))
print('concat', sys.getsizeof('abc' + 'def'))
print('mult', sys.getsizeof('ab' * 10))
print('upper', sys.getsizeof('hello'.upper()))
print('str(int)', sys.getsizeof(str(12345)))
print('str(float)', sys.getsizeof(str(1.5)))
print('f-string', sys.getsizeof(f'{1}-{2}'))
print('korean+ascii', sys.getsizeof('a' + '한'))
print('emoji+korean', sys.getsizeof('한🐍'))
print('slice of korean', sys.getsizeof('한글abc'[2:]))
print('encode utf8', sys.getsizeof('한글'.encode()), sys.getsizeof('abc'.encode()))
print('decode', sys.getsizeof(b'abc'.decode()), sys.getsizeof('한'.encode().decode()))
print('repr', sys.getsizeof(repr('x')))
s = 'é' * 10
print('latin1 x10', sys.getsizeof(s))
print('split', [sys.getsizeof(w) for w in 'a bb ccc 한 é'.split()])
