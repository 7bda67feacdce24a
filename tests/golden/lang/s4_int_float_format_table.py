rows = [('Widget', 4, 3.5), ('Gadget', 12, 10.0), ('Doohickey', 1, 199.999), ('Thingamajig', 100, 0.05)]
header = f"{'Item':<12}|{'Qty':>5}|{'Price':>10}|{'Total':>12}"
print(header)
print('-' * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f'{name:<12.12}|{qty:>5d}|{price:>10,.2f}|{total:>12,.2f}')
print('=' * len(header))
print(f"{'TOTAL':<12}|{'':>5}|{'':>10}|{grand:>12,.2f}")
print('%-10s|%5d|%8.3f|%+.1e' % ('pct', 42, 3.14159, 12345.678))
print('{:^20}'.format('centered'), '{:=^20}'.format(' title '), '{:010.4f}'.format(-3.14159), '{:+,}'.format(10**7))
for v in (0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 1e21, 1.23456789e-8, 123456789.123, float('inf'), float('nan')):
    print(repr(v), str(v), f'{v:g}', f'{v:.3}', f'{v:e}' if v == v else 'nan', round(v) if v == v and abs(v) != float('inf') else '-')
for n in (0, 7, 255, -42, 2**31, 10**18):
    print(f'{n:d} {n:b} {n:o} {n:x} {n:#X} {n:,} {n:_} {n:>+12}')
print(format(0.1, '.20f'), format(2/3, '.17g'), format(1/3, 'r') if False else repr(1/3), 3.0 * 1.1, 0.1 * 3, 1.1 + 2.2)
print(int('  -12  '), float(' 3.5e2 '), float('1_000.5'), int(float('1e3')), float('-inf'), complex('1+2j'))
for bad in ('12a', '', '1.5', '0x10'):
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    float('abc')
except ValueError as e:
    print(e)
print(round(3.14159, 3), round(-1.005, 2), round(1e15 + 0.5), round(0.125, 2), round(0.375, 2), round(5, -1), round(15, -1), round(25, -1))
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.0 // 2, 2 ** 10, 2 ** 0.5, 10 / 4, 9 ** 0.5, (-2) ** 2, -2 ** 2)
print(1_000_000 * 1_000_000, 10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, (10**30).bit_length(), int('9' * 30) + 1)
