# str: case conversion, padding and alignment, predicates.
s = 'hello World FOO bar'
print(s.upper(), '|', s.lower(), '|', s.title(), '|', s.capitalize(), '|', s.swapcase())
print("they're bill's friends".title(), 'ß'.upper(), 'ß'.casefold(), 'ǅ'.lower(), 'İ'.lower() == 'i̇')
print(repr('hi'.center(10)), repr('hi'.center(9, '*')), repr('hi'.center(1)), repr('abc'.center(6, '-')))
print(repr('hi'.ljust(6)), repr('hi'.rjust(6, '.')), repr('toolong'.ljust(3)))
print('42'.zfill(6), '-42'.zfill(6), '+3.5'.zfill(7), 'abc'.zfill(5), '12345'.zfill(3))
tests = ['123', '12.3', '', 'abc', 'abc123', 'ABC', 'Abc', 'a b', '   ', '½', '²', '٣', '한글', 'Title Case', 'snake_case', '_x1']
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(),
          t.isupper(), t.islower(), t.isspace(), t.istitle(), t.isidentifier(), t.isascii(), t.isprintable())
print('\n'.isprintable(), 'class'.isidentifier(), '1x'.isidentifier())
table = str.maketrans('abc', 'xyz', 'd')
print('aabbccdd'.translate(table), 'hello'.translate({ord('l'): 'L', ord('o'): None}))
print(str.maketrans({'a': '1'}) == {97: '1'})
print('Hello'.upper().lower().capitalize(), 'x'.join('abc').upper())
print('{:*^20}'.format(' menu '), 'menu'.center(20, '='))
for n in (1, 10, 100):
    print(str(n).rjust(5), str(n).ljust(5) + '|', str(n).center(5, '.'))
