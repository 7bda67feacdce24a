# f-strings: expressions, conversions, specs (nested too), '=' debugging, quotes (3.12).
name = 'World'
n = 42
pi = 3.14159265
items = ['a', 'b']
print(f'Hello, {name}!')
print(f'{n} {n + 1} {n * 2:5d}|{n:<5}|{n:^7}|{n:>4}|')
print(f'{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e} {pi:.3g} {pi:%}')
print(f'{name!r} {name!s} {"é"!a} {items!r}')
print(f'{n=} {pi=:.2f} {name=!r} {n + 1 = }')
print(f'{ n = }')
w, p = 10, 3
print(f'[{pi:{w}.{p}f}] [{pi:>{w}}] [{name:{"*"}^{w}}]')
print(f'{{literal braces}} {{{n}}}')
print(f'{items[0]} {items[-1]!r} {len(items)}')
d = {'key': 'value'}
print(f"{d['key']} {d["key"]}")
print(f'{"nested " + f"{n:03d}"}')
print(f'{1000000:,} {1234567.891:,.2f} {1000000:_} {255:#X} {255:08b} {255:o} {255:X}')
print(f'{-5:+} {5:+} {5: } {-5: } {3.5:+.1f}')
print(f'{"left":<10}|{"right":>10}|{"mid":^9}|')
print(f'{0.5:.0%} {0.125:.1%} {12:>6.1%}')
x = 7
print(f'{x if x > 5 else 0} {[i * i for i in range(4)]} {(lambda y: y + 1)(x)}')
print(f'''multi
line {x}''')
print(f'{x!r:>5}|{"ab"!r:>6}|')
print(f'{3.0} {1e16} {0.1 + 0.2} {1 / 3}')
print(f'{True} {None} {b"b"}')
width = 8
for v in (1, 22, 333):
    print(f'|{v:>{width}}|{v:<{width}}|{v:^{width}}|')
print(f'{"한글":>6}|{"한글":*<6}|')
print(f'{12345:>10,}|{-12345:010,}|{1234.5:010.2f}|')
print(f"{'quote'}" f'{"mix"}' 'plain')
