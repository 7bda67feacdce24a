import textwrap
import string
poem = """\
    Beautiful is better than ugly.
    Explicit is better than implicit.
      Simple is better than complex.
    """
print(textwrap.dedent(poem))
para = ("Python's memory manager uses reference counting together with a cyclic "
        "garbage collector; small objects come from pymalloc's arenas, pools and blocks.")
for w in (20, 35, 50):
    print(f"--- width {w}")
    print(textwrap.fill(para, width=w))
print(textwrap.wrap(para, width=25, max_lines=3, placeholder=" ..."))
print(textwrap.fill(para, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello   world, this is a test", width=15))
print(textwrap.shorten("Hello world", width=20))
print(textwrap.indent("one\n\ntwo\n", "+ "))
print(textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True))
print(textwrap.wrap("a-very-long-hyphenated-word-that-goes-on and on", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious", width=8))
print(textwrap.wrap("tabs\tand  spaces", width=40), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
w = textwrap.TextWrapper(width=18, break_long_words=False)
print(w.wrap("short words and averyveryverylongword here"))
t = string.Template("$who likes ${what}; $$5 cost")
print(t.substitute(who="Tim", what="kung pao"), t.safe_substitute(who="Ann"))
print(string.ascii_uppercase, string.hexdigits, len(string.printable), repr(string.whitespace))
print(string.capwords("  hello   world  "), string.capwords("a-b c-d", "-"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.Formatter().format("{0}-{x}", 1, x=2))
print(textwrap.dedent("  x") + 5)
