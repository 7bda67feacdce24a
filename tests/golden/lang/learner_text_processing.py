text = """The quick brown fox jumps over the lazy dog.
The dog sleeps. The fox runs!
Python makes text processing easy, doesn't it?"""
lines = text.splitlines()
print(len(lines), [len(l) for l in lines])
words = [w.strip(".,!?").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, n in top:
    print(f"{word:<8}{n:>3} {'#' * n}")
print(max(words, key=len), sum(map(len, words)) / len(words))
vowels = sum(1 for ch in text.lower() if ch in "aeiou")
print("vowels:", vowels, "caps:", sum(ch.isupper() for ch in text))
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
print("racecar" == "racecar"[::-1], [w for w in ["level", "hello", "noon"] if w == w[::-1]])
import re
print(re.findall(r"\b[Tt]he\b", text), re.sub(r"\s+", " ", "a   b \n c"), re.split(r"[.!?]\s*", lines[1]))
m = re.search(r"(\w+) (\w+)", "hello world")
print(m.group(0), m.group(1), m.groups(), m.span(), re.match(r"\d+", "123abc").group())
table = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("watermelon", 1, 12.25)]
for name, qty, price in table:
    if isinstance(qty, str):
        print(f"{name:<12}|{qty:^5}|{price:>8}")
    else:
        print(f"{name:<12}|{qty:^5}|{price:>8.2f}")
print("=" * 27)
print("한글 텍스트".split(), len("한글"), "한글".encode("utf-8"), "naïve".encode("ascii", "replace"), "résumé".upper())
print(" | ".join(f"{i}:{c}" for i, c in enumerate("héllo")), "abc".encode().hex(), bytes.fromhex("414243").decode())
