import re, string
from collections import Counter
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness...
"Quoted" words-and hyphens; numbers 42 and 3.14!"""
words = re.findall(r"[a-z']+", text.lower())
print(len(words), Counter(words).most_common(3))
clean = text.translate(str.maketrans('', '', string.punctuation))
print(clean.split()[:8])
print(string.ascii_lowercase, string.digits, string.punctuation)
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f'{i:>3}: {line[:30]:<30} ({len(line.split())} words)')
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f'{w:<{width}} | {"#" * n} {n}')
print(re.sub(r'\s+', ' ', text)[:50], re.split(r'[,;.]\s*', 'a, b;c. d'), re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'kim@host'))
m = re.search(r'(?P<int>\d+)\.(?P<frac>\d+)', text)
print(m.group(), m.group('int'), m.groupdict(), m.span(), m.start(2))
print(re.findall(r'\b\w{5,}\b', text)[:4], bool(re.match(r'it', text)), re.fullmatch(r'\d+', '123'))
pal = lambda s: (t := ''.join(c for c in s.lower() if c.isalnum())) == t[::-1]
print(pal('A man, a plan, a canal: Panama'), pal('hello'))
vowels = sum(1 for c in text.lower() if c in 'aeiou')
print('vowels', vowels, 'caps', sum(c.isupper() for c in text))
print(' '.join(w.capitalize() for w in 'the quick brown fox'.split()), 'abc'[::-1], 'hello world'.title())
caesar = lambda s, k: ''.join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
print(caesar('hello, world', 3), caesar(caesar('hello', 3), -3))
print(string.Template('$who likes $what').substitute(who='kim', what='py'), string.capwords('hello   world'))
try:
    string.Template('$who').substitute({})
except KeyError as e:
    print('KeyError', e)
print(re.compile(r'\d+').findall('a1b22c333'), re.escape('a.b*c'), re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2'))
try:
    re.compile('(unclosed')
except re.error as e:
    print(e)
