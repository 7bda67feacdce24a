# str: indexing, slicing, concatenation, repetition, membership, encode/decode, ord/chr, unicode.
s = 'Python'
print(s[0], s[-1], s[1:4], s[:2], s[2:], s[::-1], s[::2], s[-3:], s[1:-1], s[10:], s[-100:2])
print(s + '!', s * 2, 'th' in s, 'TH' in s, len(s), s.upper()[::-2])
try:
    s[0] = 'J'
except TypeError as e:
    print('TypeError:', e)
try:
    s[10]
except IndexError as e:
    print('IndexError:', e)
print(ord('A'), ord('a'), ord('가'), ord('🐍'), chr(65), chr(0xAC00), chr(128013))
print('café'.encode('utf-8'), 'café'.encode('latin-1'), '한'.encode(), len('한글'.encode('utf-8')))
print(b'caf\xc3\xa9'.decode('utf-8'), b'\xed\x95\x9c'.decode(), 'abc'.encode('ascii'))
try:
    'café'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print('café'.encode('ascii', 'replace'), 'café'.encode('ascii', 'ignore'), b'\xff'.decode('utf-8', 'replace'))
k = '안녕하세요 파이썬'
print(len(k), k[0], k[-3:], k[::-1], k.split(), k.replace('파이썬', 'Python'), k.find('파'))
print(str(123), str(1.5), str(None), str([1, 'a']), str((1,)), str({'k': 1}), str(b'x'))
print(repr('a'), repr("a'b"), repr('a"b'), repr('a\'b"c'), repr('\\'))
print(min('hello'), max('hello'), sorted('hello'), list('abc'), tuple('ab'), set('aaa'))
print('abc' < 'abd', 'a' * 3 + 'b' * 2, ''.join(sorted('python')), 'x'.join(['1', '2']))
print(''.join(chr(ord(c) + 1) for c in 'HAL'), 'abc'.index('c'), 'a-b-c'.split('-')[1])
t = 'The rain in Spain'
print(sum(1 for c in t if c in 'aeiou'), [w[0] for w in t.split()], t.lower().count('ain'))
print(str.upper('x'), str.join(',', 'ab'), 'x'.__len__(), 'ab'.__add__('c'), 'ab'.__contains__('a'))
r = ''
for ch in 'abc':
    r += ch * 2
print(r, f'{r!r}', len(r))
