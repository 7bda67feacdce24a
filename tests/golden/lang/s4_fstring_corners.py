name = 'Kim'; score = 93.456; n = 1234567; items = ['a', 'b']
print(f'{name=}', f'{score = :.1f}', f'{n=:,}', f'{items=!s}', f'{name!a}', f'{"é"!a}')
width, prec = 10, 2
print(f'[{score:{width}.{prec}f}]', f'[{name:^{width}}]', f'[{name:*>{width}}]', f'[{n:_x}]', f'[{n:#o}]')
print(f'{3.14159:.3}', f'{1e-7:g}', f'{123456789:e}', f'{0.5:%}', f'{0.256:.1%}', f'{-5:+d}', f'{5: d}', f'{42:08.3f}')
print(f'{"text":10}|', f'{42:<6}|', f'{True}', f'{True:>6}', f'{None!r}', f'{3+4j}', f'{[1,2]}')
d = {'k': 'v'}
print(f"{d['k']}", f'{d["k"]}', f"{'nested ' + f'{name}'}", f'{{literal}}', f'{ {1: 2} }')
print(f'{"\n".join(items)}')
print(f'{name:{"<" if True else ">"}10}|')
from datetime import date
print(f'{255:b} {255:X} {65:c} {1234.5:,.2f} {-0.0:.1f} {1e100:.2e}')
val = 12
print(f'{val:>{width}d}', f'{val!r:>5}', f'{"abc"!r:>8}', f'{3:{"0"}{4}}')
print(f'{n:,d}'.replace(',', ' '), f'{1_000_000:_}', f'{12.0:g}', f'{12.5:g}', f'{0.00001234:g}', f'{1234567.0:g}')
try:
    f'{name:d}'
except ValueError as e:
    print(e)
try:
    f'{score:x}'
except ValueError as e:
    print(e)
try:
    format(3, '.2s')
except ValueError as e:
    print(e)
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        return f'${self.v:{spec or ".2f"}}'
    def __repr__(self): return 'Money()'
    def __str__(self): return 'money'
m = Money(3.5)
print(f'{m}', f'{m:.0f}', f'{m!r}', f'{m!s:>8}', format(m, '10.3f'))
print(f'{"x" if val > 10 else "y"}', f'{val * 2 = }', f'{(lambda x: x * 2)(3)}', f'{val:{"^"}{9}}')
print('{:>{w}}|{:.{p}f}'.format('r', 2.0, w=4, p=3), '{0}{1}{0}'.format('a', 'b'), '{0[0]} {0[k]} {1.real}'.format({'k': 1, 0: 'z'}, 5))
try:
    '{} {}'.format(1)
except IndexError as e:
    print(e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print(e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print(repr(e))
