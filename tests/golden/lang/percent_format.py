# printf-style % formatting.
print('%s and %s' % ('this', 'that'))
print('%d items, %5d|, %-5d|, %05d' % (3, 42, 42, 42))
print('%f %.2f %8.3f| %-8.1f| %+.1f' % (3.14159, 3.14159, 3.14159, 3.14159, 2.0))
print('%e %E %g %G' % (12345.678, 0.000123, 0.0001, 1e20))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%r %s %a' % ('q', 'q', 'é'))
print('%c%c' % (72, 'i'))
print('100%% sure, %s%%' % 50)
print('%(name)s is %(age)d' % {'name': 'Lee', 'age': 41})
print('%*d|%-*d|' % (6, 7, 6, 7))
print('%.3s|%10.2s|' % ('abcdef', 'xyz'))
print('%s' % [1, 2], '%s' % ((1, 2),), '%s' % None)
print('%d' % 3.99, '%i' % -2.5, '%s' % 3.99)
print('single %s' % 'value', 'tuple %s' % ('t',))
try:
    print('%d' % 'x')
except TypeError as e:
    print('TypeError:', e)
try:
    print('%s %s' % ('only one',))
except TypeError as e:
    print('TypeError:', e)
try:
    print('%s' % ('a', 'b'))
except TypeError as e:
    print('TypeError:', e)
print(b'%s %d' % (b'bytes', 5))
