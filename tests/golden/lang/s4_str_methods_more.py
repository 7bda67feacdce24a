s = "Hello, World"
print(s.partition(', '), s.rpartition('o'), s.partition('zz'))
print('Straße'.casefold(), 'ǅ'.lower(), 'ß'.upper())
t = str.maketrans('abc', 'xyz', 'd')
print(t)
print('abcdabc'.translate(t))
print('a\tbc\tdef'.expandtabs(4), repr('x\ty'.expandtabs()))
print('-42'.zfill(6), '+7'.zfill(4), 'abc'.zfill(5))
print('hi'.center(7, '*'), 'hi'.center(6), '|' + 'x'.ljust(3) + '|' + 'x'.rjust(3, '.') + '|')
print('a\nb\r\nc\rd\n'.splitlines(), 'a\nb\n'.splitlines(True))
print('{name} is {age}'.format_map({'name': 'Kim', 'age': 30}))
class D(dict):
    def __missing__(self, k):
        return '?' + k
print('{a}-{b}'.format_map(D(a=1)))
print('  x  '.strip(), 'xxhixx'.strip('x'), 'www.example.com'.lstrip('w.'), 'abc.py'.removesuffix('.py'), 'test_x'.removeprefix('test_'))
print('one two  three'.split(), 'a,b,,c'.split(','), 'a b c'.split(None, 1), 'a b c'.rsplit(' ', 1))
print('Hello'.swapcase(), 'hello world'.title(), "they're bill's".title(), 'hello'.capitalize())
print('abc'.isalpha(), '123'.isdigit(), '½'.isnumeric(), '½'.isdigit(), 'abc123'.isalnum(), ' '.isspace(), 'Ab'.istitle(), 'var_1'.isidentifier())
print('banana'.count('a'), 'banana'.find('na'), 'banana'.rfind('na'), 'banana'.index('n'))
try:
    'banana'.index('z')
except ValueError as e:
    print(e)
print('-'.join(['a', 'b']), ''.join(reversed('abc')))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print(e)
print('%s has %d items costing %.2f' % ('cart', 3, 9.5), '%5s|%-5s|' % ('a', 'b'), '%x %o %e' % (255, 8, 12345.678))
print('abc'.startswith(('x', 'a')), 'abc'.endswith('bc', 0, 3))
print('Ünïcödé'.encode('utf-8'), 'abc'.encode('ascii'), 'é'.encode('latin-1'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
print(repr('tab\there'), ascii('한글'), 'x'.join('abc'))
