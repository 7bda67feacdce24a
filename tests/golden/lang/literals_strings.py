# String literals: quotes, escapes, raw strings, triple quotes, implicit concatenation.
a = 'single'
b = "double"
c = '''triple
single'''
d = """triple "double" with 'quotes'"""
print(a, b)
print(c)
print(d)
print(repr(c))
print('it\'s', "say \"hi\"")
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print('tab:\t|', 'newline escaped:\\n', 'bell repr:', repr('\a\b\f\v\0'))
print('\x41\x42\x43', '\101\102', '\u00e9', '\u20ac', '\U0001F40D', '\N{GREEK SMALL LETTER ALPHA}')
print(len('\U0001F40D'), len('\N{LATIN SMALL LETTER E WITH ACUTE}'))
print(r'raw \n stays', R'C:\temp\new', rb'\x00 bytes raw')
print(repr(r'\d+\.\d+'), len(r'\n'))
print('con' 'cat' "enated", ('multi'
                           'line'))
print('한글 문자열', len('한글'), '한글'[1])
print(repr(''), repr(""), repr(''''''), len(''))
print("backslash at end \\")
print('line one\
 continued')
s = """first
    indented
last"""
print(s.splitlines())
print(repr('\r\n'), repr('\x7f'), repr('\x1b[0m'), repr('\u200b'), repr('é'), repr('\U0001F40D'))
print(ascii('café 한글 🐍'))
print(b'bytes', B'BYTES', b'\xff\x00', bytes('abc', 'ascii'))
print(repr(b"it's"), repr(b'say "x"'), repr(b'\t\n\r\\'))
print(type('x').__name__, type(b'x').__name__)
print('a' 'b' == 'ab', 'abc' * 0 == '', 'ab' * 3)
