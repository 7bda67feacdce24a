import unicodedata as ud
for ch in 'A a 1 가 힣 ㄱ ᄀ 한 ß é ① ½ Ⅻ € ¥ → ✓ 🐍 😀 ！ ｱ 　 \u0301 \u200b 中 文'.split(' ') + [' ', '\t']:
    print(repr(ch), ud.name(ch, '?'), ud.category(ch), ud.east_asian_width(ch), ud.numeric(ch, None), ud.decimal(ch, None), ud.digit(ch, None), ud.mirrored(ch), ud.combining(ch))
print(ud.lookup('HANGUL SYLLABLE HAN'), ud.lookup('snake'), ud.lookup('LATIN SMALL LETTER E WITH ACUTE'), ud.lookup('CJK UNIFIED IDEOGRAPH-4E2D'))
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['한글', 'e\u0301', 'ﬁ', '①', 'Å', '\u1112\u1161\u11ab']:
        r = ud.normalize(form, s)
        print(form, ascii(s), ascii(r), len(r), ud.is_normalized(form, s))
print(ud.unidata_version)
try: ud.lookup('NO SUCH THING')
except KeyError as e: print('KeyError', e)
try: ud.name('ab')
except TypeError as e: print('TypeError', e)
try: ud.normalize('NFX', 'a')
except ValueError as e: print('ValueError', e)
def width(s):
    return sum(2 if ud.east_asian_width(c) in 'WF' else 1 for c in s)
for w in ['파이썬', 'Python', '메모리 관리']:
    print(w + ' ' * (12 - width(w)) + '|')
print('가'.encode('cp949'), '똠'.encode('euc-kr'), b'\xa4\xd4\xa4\xa8\xa4\xd1\xa4\xb1'.decode('euc-kr'), b'\xc7\xd1\xb1\xdb'.decode('euc-kr'), '한국어 텍스트'.encode('euc-kr').decode('euc-kr'))
try: '똠'.encode('euc-kr')
except UnicodeEncodeError as e: print(e)
try: b'\xff\xfe'.decode('euc-kr')
except UnicodeDecodeError as e: print(e)
print(b'\xb0'.decode('euc-kr', 'replace'), 'é가'.encode('euc-kr', 'replace'))
