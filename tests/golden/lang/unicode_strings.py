# Unicode text: Korean, combining characters, emoji, case, widths, encodings.
s = '파이썬 메모리 연구실'
print(s, len(s), s[0], s[-3:], s.split(), s.replace('메모리', 'memory'), s.find('연'))
print(s.encode('utf-8')[:6], len(s.encode('utf-8')), len(s.encode('utf-16-le')), s.encode('utf-8').decode('utf-8') == s)
print([hex(ord(c))[2:] for c in '가힣'], chr(0xAC00 + 1), '가' < '각' < '나')
print('é' == 'e\u0301', len('e\u0301'), len('é'), 'café'.upper(), 'STRASSE'.lower(), 'ß'.upper())
import unicodedata
print(unicodedata.name('가'), unicodedata.name('🐍'), unicodedata.normalize('NFC', 'e\u0301') == 'é', unicodedata.category('한'))
print(len('🐍'), '🐍'.encode('utf-8'), len('👍🏽'), len('🇰🇷'), '🇰🇷'[0] == '\U0001f1f0')
print('ǆ'.title(), 'ﬁ'.upper(), 'İ'.lower().encode(), 'Σ'.lower(), 'ΌΣΟΣ'.lower())
print('한글'.isalpha(), '한글1'.isalnum(), '２'.isdigit(), int('２３'), '٣'.isdecimal(), 'Ⅻ'.isnumeric())
print(f'[{"한글":^8}] [{"abc":^8}]', '한'.center(5, '*'), '가나다'.ljust(5, '.') + '|')
print(sorted(['나', '가', 'a', 'B', '다']), max('가나다'), min('abc가'))
print(repr('\u00a0'), repr('\u3000'), '\u3000'.isspace(), 'a\u2028b'.splitlines(), ' \t\n'.isspace())
print('가'.encode('euc-kr'), b'\xb0\xa1'.decode('euc-kr'), '한'.encode('utf-16'), '한'.encode('utf-32-be'))
print(str(b'\xea\xb0\x80', 'utf-8'), bytes('가', 'utf-8'), '가'.encode('ascii', 'backslashreplace'), '가'.encode('ascii', 'xmlcharrefreplace'))
print(ascii('한'), repr('한'), '\uac00', '\N{HANGUL SYLLABLE GA}')
print('Ａ'.lower(), 'ﾊﾝ'.upper(), '①'.isdigit(), '½'.isnumeric(), '\t'.isprintable(), 'ab\u200b'.isprintable())
