# print(): sep, end, file, flush; sys.stdout.write; stdout and stderr are separate streams.
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='-')
print('a', 'b', sep='')
print('no newline', end='')
print(' <- continued', end='!\n')
print()
print('x', 'y', sep='\n')
print(1, 2.5, None, True, [1], (2,), {3: 4}, 'str', b'bytes')
print('to stderr', file=sys.stderr)
print('error line 2', 42, sep=': ', file=sys.stderr)
print('back on stdout', flush=True)
n = sys.stdout.write('written directly\n')
print('write returned', n)
sys.stderr.write('stderr write\n')
print(*range(5))
print(*'abc', sep=', ')
print(*[], sep='unused')
print('', end='')
print('multi\nline\nstring')
print('tab\there', 'cr\rover')
print(sep='never', end='only end\n')
print(None, end=None)
print('sep None', 'ok', sep=None)
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', file='not a file')
except AttributeError as e:
    print('AttributeError:', e)
class Shout:
    def __str__(self):
        return 'SHOUT'
print(Shout(), [Shout()][0])
for i in range(3):
    print(i, end=' ')
print()
print('한글', '출력', sep='·')
print('final line without newline', end='')
