import string, textwrap, re
from collections import Counter
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness."""
words = re.findall(r"[a-z']+", text.lower())
freq = Counter(words)
print(f"{'word':<12}{'count':>6}{'share':>9}")
print("=" * 27)
for w, c in freq.most_common(6):
    print(f"{w:<12}{c:>6}{c / len(words):>9.1%}")
print(f"{'total':<12}{len(words):>6}{1:>9.0%}")
table = str.maketrans("", "", string.punctuation)
clean = text.translate(table)
print(textwrap.fill(clean, 50, initial_indent="> ", subsequent_indent="> "))
print(textwrap.shorten(clean, 40, placeholder="…"))
caps = " ".join(w.capitalize() for w in clean.split()[:6])
print(caps, caps.swapcase(), string.capwords("it was THE best"))
print(re.sub(r"\bit was\b", "IT WAS", text, count=2, flags=re.I).splitlines()[0])
print([m.start() for m in re.finditer("was", text)][:5], re.subn("times", "T", text)[1])
tmpl = string.Template("Total words: $n, unique: ${u}")
print(tmpl.substitute(n=len(words), u=len(freq)))
longest = max(words, key=lambda w: (len(w), w))
print(longest, len(longest), sorted(set(words), key=lambda w: (len(w), w))[-3:], sum(1 for w in words if w.startswith("w")))
print("|".join(f"{c:^5}" for c in "abc"), "{:>8.3}".format("abcdef"), "%-6s|%6.2f" % ("x", 3.14159))
print(text.count("it was"), text.find("age"), text.rfind("age"), text.partition(",")[0], len(text.splitlines()))
lines = text.splitlines()
for i, line in enumerate(lines, 1):
    print(f"{i:02d}: {line[:30]!r}{'...' if len(line) > 30 else ''}")
print(textwrap.dedent("""
    def f():
        return 1
""").strip())
print(freq["nothing"], freq.get("nothing"), freq["was"])
print(words[100])
