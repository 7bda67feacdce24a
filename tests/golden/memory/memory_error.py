# MemoryError where CPython raises it: requests no machine can satisfy fail before any work.
import sys
def attempt(label, make):
    try:
        r = make()
    except MemoryError as e:
        print(label, 'MemoryError', repr(e))
    except OverflowError as e:
        print(label, 'OverflowError', e)
    else:
        print(label, 'ok', len(r))
attempt('[0] * 10**12', lambda: [0] * 10 ** 12)
attempt('[None] * 2**40', lambda: [None] * 2 ** 40)
attempt('[1, 2] * 10**11', lambda: [1, 2] * 10 ** 11)
attempt("'x' * 10**11", lambda: 'x' * 10 ** 11)
attempt("'ab' * 10**11", lambda: 'ab' * 10 ** 11)
attempt("'가' * 10**11", lambda: '가' * 10 ** 11)
attempt("b'x' * 10**11", lambda: b'x' * 10 ** 11)
attempt('bytearray(10**12)', lambda: bytearray(10 ** 12))
attempt('bytes(10**12)', lambda: bytes(10 ** 12))
attempt('(0,) * 10**12', lambda: (0,) * 10 ** 12)
attempt("'x' * 2**62", lambda: 'x' * 2 ** 62)
attempt('[0] * 2**62', lambda: [0] * 2 ** 62)
attempt('[0] * 2**63', lambda: [0] * 2 ** 63)
attempt('bytearray(2**62)', lambda: bytearray(2 ** 62))
attempt('small list still fine', lambda: [0] * 10 ** 6)
attempt("small str still fine", lambda: 'x' * 10 ** 6)
lst = [0] * 1000
try:
    lst *= 10 ** 12
except MemoryError as e:
    print('list *= 10**12', type(e).__name__, len(lst))
s = 'abc'
try:
    s *= 10 ** 12
except MemoryError as e:
    print('str *= 10**12', type(e).__name__, len(s))
ba = bytearray(b'xy')
try:
    ba *= 10 ** 12
except MemoryError as e:
    print('bytearray *= 10**12', type(e).__name__, len(ba))
try:
    ' '.join(['x' * 10 ** 6] * 10 ** 6)
except MemoryError as e:
    print('join of 10**12 chars', type(e).__name__)
print('after the errors the interpreter still works:', sum(range(10)), len([0] * 100))
