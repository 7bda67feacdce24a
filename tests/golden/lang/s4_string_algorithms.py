def is_anagram(a, b):
    norm = lambda s: sorted(s.replace(' ', '').lower())
    return norm(a) == norm(b)
print(is_anagram('Listen', 'Silent'), is_anagram('abc', 'abd'))
def compress(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f'{s[i]}{j - i}')
        i = j
    return ''.join(out)
print(compress('aaabccdddd'), compress(''))
def longest_common_prefix(words):
    if not words:
        return ''
    prefix = words[0]
    for w in words[1:]:
        while not w.startswith(prefix):
            prefix = prefix[:-1]
    return prefix
print(repr(longest_common_prefix(['flower', 'flow', 'flight'])), repr(longest_common_prefix(['a', 'b'])))
def first_unique(s):
    from collections import Counter
    c = Counter(s)
    return next((ch for ch in s if c[ch] == 1), None)
print(first_unique('swiss'), first_unique('aabb'))
def to_snake(name):
    import re
    return re.sub(r'(?<!^)(?=[A-Z])', '_', name).lower()
def to_camel(name):
    first, *rest = name.split('_')
    return first + ''.join(w.title() for w in rest)
print(to_snake('HelloWorldFooBar'), to_camel('hello_world_foo'))
vowels = set('aeiou')
print(''.join(c for c in 'programming is fun' if c not in vowels), sum(c in vowels for c in 'education'))
print('racecar' == 'racecar'[::-1], 'Hello World'.swapcase(), ' '.join(reversed('one two three'.split())))
words = 'the cat and the hat and the bat'.split()
print({w: words.count(w) for w in sorted(set(words))}, max(set(words), key=words.count), len(max(words, key=len)))
s = 'Python'
print(s[0], s[-1], s[1:4], s[::2], s[::-1], s * 2, s + '!', s.lower().count('o'), s.find('th'), s.replace('P', 'J'))
print(ord('a') - ord('A'), chr(ord('a') + 25), [chr(c) for c in range(97, 102)], ''.join(map(chr, [72, 105])))
print(f"{'abc':*<7}", 'x'.rjust(4, '0'), str(12).zfill(5), '3.14'.isdecimal(), '-5'.lstrip('-').isdigit())
print(sorted('Banana', key=str.lower), sorted(['b', 'A', 'c']), 'a' < 'B', 'apple' < 'apples', 'Z' < 'a')
text = 'one,two;three four'
import re
print(re.split(r'[,; ]', text), text.split(','), text.replace(';', ',').split(','))
try:
    'abc'.index('d')
except ValueError as e:
    print(e)
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[0] = 'J'
except TypeError as e:
    print(e)
print(s.encode(), len('한국어'), len('한국어'.encode()), '한국어'[1], '🎉'.encode('utf-8'), len('🎉'))
