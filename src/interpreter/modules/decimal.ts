/**
 * `decimal`: Decimal and Context after the General Decimal Arithmetic specification that
 * CPython's _decimal (libmpdec) implements — a sign, an integer coefficient and a power-of-ten
 * exponent; results rounded to the context precision (28 digits, ROUND_HALF_EVEN by default);
 * exact quotients reduced towards the ideal exponent; to-scientific-string for str/repr
 * (`Decimal('0.1')`, `1E+3`, `0E-7`); hashes equal to those of equal ints/floats; traps raising
 * InvalidOperation / DivisionByZero with libmpdec's `[<class 'decimal.…'>]` messages;
 * quantize, rounding modes, localcontext, sqrt, format specs. Written in Python; CPython's is C,
 * so its frames stay out of tracebacks.
 */
import { registerPyModule } from './pymodule';

registerPyModule(
  'decimal',
  String.raw`
import math as _math
import numbers as _numbers
import re as _re_mod

_NUMBER = _re_mod.compile(
    r'(?P<sign>[-+])?(?:(?:(?P<int>\d[\d_]*)?(?:\.(?P<frac>\d[\d_]*)?)?(?<=\d|\.)(?:[eE](?P<exp>[-+]?\d[\d_]*))?)'
    r'|(?P<inf>inf(?:inity)?)|(?P<nan>s?nan)(?P<diag>\d*))', _re_mod.I)
import sys as _sys
from _simlib import c_layout as _c_layout

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
           'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext',
           'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
           'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    __module__ = 'decimal'
class Clamped(DecimalException):
    __module__ = 'decimal'
class InvalidOperation(DecimalException):
    __module__ = 'decimal'
class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'
class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'
class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'
class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'
class Inexact(DecimalException):
    __module__ = 'decimal'
class InvalidContext(InvalidOperation):
    __module__ = 'decimal'
class Rounded(DecimalException):
    __module__ = 'decimal'
class Subnormal(DecimalException):
    __module__ = 'decimal'
class Overflow(Inexact, Rounded):
    __module__ = 'decimal'
class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'
class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'

_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow, InvalidOperation,
            Subnormal, FloatOperation]
# libmpdec lists signals in the order of its condition bits
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow]
# a condition is recorded (and trapped) as the signal it belongs to
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (k.__name__, v) for k, v in self.items()) + '}'


class Context(object):
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        if traps is None:
            traps = [s for s in _SIGNALS if dc.traps[s]] if dc else [InvalidOperation, DivisionByZero, Overflow]
        if flags is None:
            flags = []
        if not isinstance(traps, dict):
            traps = {s: int(s in traps) for s in _SIGNALS}
        if not isinstance(flags, dict):
            flags = {s: int(s in flags) for s in _SIGNALS}
        self.traps = _SignalDict(traps)
        self.flags = _SignalDict(flags)

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ', '.join(s.__name__ for s in _REPR_ORDER if self.flags[s]),
                   ', '.join(s.__name__ for s in _REPR_ORDER if self.traps[s])))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = 0

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = 0

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition):
        sig = _SIGNAL_OF.get(condition, condition)
        self.flags[sig] = 1
        if self.traps[sig]:
            raise condition([condition])

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def abs(self, a):
        return _conv(a, True).__abs__(context=self)

    def add(self, a, b):
        return _conv(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _conv(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _conv(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _conv(a, True).__truediv__(b, context=self)

    def sqrt(self, a):
        return _conv(a, True).sqrt(context=self)

    def power(self, a, b, modulo=None):
        return _conv(a, True).__pow__(b, modulo, context=self)

    def quantize(self, a, b):
        return _conv(a, True).quantize(b, context=self)


def _conv(other, raiseit=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if raiseit:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


import collections as _collections
DecimalTuple = _collections.namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


def _round_digits(sign, coeff, drop, rounding):
    # remove the last drop digits of coeff; return the rounded coefficient
    if drop <= 0:
        return coeff
    div = 10 ** drop
    q, r = divmod(coeff, div)
    if r == 0:
        return q
    half = div // 2
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q % 2 == 1)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    return q + 1 if up else q


class Decimal(object):
    __slots__ = ('_sign', '_int', '_exp', '_special')
    __module__ = 'decimal'

    def __sizeof__(self):
        # _decimal's dec_sizeof: the C object is 104 bytes with room for 4 coefficient words
        # (19 decimal digits each); a longer coefficient has its own block of one word per 19
        # digits, added to the size (a C type without GC: no header is added; _c_layout below)
        words = (len(str(self._int)) + 18) // 19 if not self._special else 1
        return 104 if words <= 4 else 104 + 8 * words

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = ''
        if isinstance(value, str):
            m = _NUMBER.fullmatch(value.strip())
            if (m is None or '__' in value or value.strip()[:1] == '_' or value.strip()[-1:] == '_'
                    or not (m.group('int') or m.group('frac') or m.group('inf') or m.group('nan'))):
                ctx = context or getcontext()
                ctx._raise(ConversionSyntax)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
                return self
            sign = int(m.group('sign') == '-')
            if m.group('inf'):
                self._sign, self._int, self._exp, self._special = sign, 0, 0, 'F'
                return self
            if m.group('nan'):
                self._sign, self._int, self._exp = sign, int(m.group('diag') or '0'), 0
                self._special = 'N' if m.group('nan').lower() == 'snan' else 'n'
                return self
            intpart = (m.group('int') or '').replace('_', '')
            frac = (m.group('frac') or '').replace('_', '')
            self._sign = sign
            self._int = int(intpart + frac)
            self._exp = int((m.group('exp') or '0').replace('_', '')) - len(frac)
            return self
        if isinstance(value, int):
            self._sign = int(value < 0)
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, float):
            ctx = context or getcontext()
            ctx.flags[FloatOperation] = 1
            if ctx.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            self._sign = sign
            if exp == 'F':
                self._int, self._exp, self._special = 0, 0, 'F'
            else:
                self._int = int(''.join(str(d) for d in digits) or '0')
                self._exp = exp
                if exp in ('n', 'N'):
                    self._exp, self._special = 0, exp
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        d = object.__new__(cls)
        d._special = ''
        if _math.isinf(f) or _math.isnan(f):
            d._sign = int(_math.copysign(1.0, f) < 0)
            d._int, d._exp, d._special = 0, 0, 'n' if _math.isnan(f) else 'F'
            return d
        d._sign = int(_math.copysign(1.0, f) < 0)
        n, den = abs(f).as_integer_ratio()
        k = den.bit_length() - 1
        d._int = n * 5 ** k
        d._exp = -k
        return d

    # ---------------------------------------------------------------- helpers
    def _new(self, sign, coeff, exp, special=''):
        d = object.__new__(Decimal)
        d._sign, d._int, d._exp, d._special = sign, coeff, exp, special
        return d

    def _ndigits(self):
        return len(str(self._int)) if self._int else 1

    def _fix(self, context):
        if self._special:
            return self
        prec = context.prec
        n = self._ndigits()
        coeff, exp = self._int, self._exp
        if n > prec:
            drop = n - prec
            rounded = _round_digits(self._sign, coeff, drop, context.rounding)
            exp += drop
            if rounded != coeff // 10 ** drop or coeff % 10 ** drop:
                context.flags[Inexact] = 1
                if context.traps[Inexact]:
                    raise Inexact([Inexact])
            context.flags[Rounded] = 1
            coeff = rounded
            if len(str(coeff)) > prec:
                coeff //= 10
                exp += 1
        if coeff and exp + len(str(coeff)) - 1 > context.Emax:
            context._raise(Overflow)
            return self._new(self._sign, 0, 0, 'F')
        return self._new(self._sign, coeff, exp)

    def _check_nans(self, other=None):
        for x in (self, other):
            if x is not None and x._special in ('n', 'N'):
                return x._new(x._sign, x._int, 0, 'n')
        return None

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_snan(self):
        return self._special == 'N'

    def is_qnan(self):
        return self._special == 'n'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        return not self._special and self._int != 0

    def adjusted(self):
        return self._exp + self._ndigits() - 1 if not self._special else 0

    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            return DecimalTuple(self._sign, tuple(map(int, str(self._int))) if self._int else (), self._special)
        return DecimalTuple(self._sign, tuple(map(int, str(self._int))), self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        n, d = self._int, 1
        if self._exp >= 0:
            n *= 10 ** self._exp
        else:
            d = 10 ** -self._exp
        g = _math.gcd(n, d)
        n, d = n // g, d // g
        return (-n if self._sign else n), d

    def copy_abs(self):
        return self._new(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return self._new(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other):
        return self._new(_conv(other, True)._sign, self._int, self._exp, self._special)

    # ---------------------------------------------------------------- strings
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + (str(self._int) if self._int else '')
        coeff = str(self._int)
        leftdigits = self._exp + len(coeff)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + coeff
        elif dotplace >= len(coeff):
            intpart = coeff + '0' * (dotplace - len(coeff))
            fracpart = ''
        else:
            intpart = coeff[:dotplace]
            fracpart = '.' + coeff[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            exp = ('E' if (context or getcontext()).capitals else 'e') + '%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # ---------------------------------------------------------------- comparison & hash
    def _cmp(self, other):
        # -1, 0, 1 (NaNs are handled by the callers)
        if self._special == 'F' or other._special == 'F':
            a = 0 if self._special != 'F' else (-1 if self._sign else 1)
            b = 0 if other._special != 'F' else (-1 if other._sign else 1)
            if a == b and a != 0:
                return 0
            if a or b:
                return (a > b) - (a < b)
        x = self._int * (-1 if self._sign else 1)
        y = other._int * (-1 if other._sign else 1)
        e = min(self._exp, other._exp)
        x *= 10 ** (self._exp - e)
        y *= 10 ** (other._exp - e)
        return (x > y) - (x < y)

    def _compare_other(self, other):
        if isinstance(other, float):
            ctx = getcontext()
            ctx.flags[FloatOperation] = 1
            return Decimal.from_float(other)
        if isinstance(other, _numbers.Rational) and not isinstance(other, int):
            return None
        return _conv(other)

    def __eq__(self, other):
        o = self._compare_other(other)
        if o is NotImplemented or o is None:
            if o is None:
                n, d = self.as_integer_ratio() if not self._special else (None, None)
                return n is not None and n * other.denominator == other.numerator * d
            return o
        if self.is_nan() or o.is_nan():
            return False
        return self._cmp(o) == 0

    def _order(self, other, op):
        o = self._compare_other(other)
        if o is NotImplemented or o is None:
            return NotImplemented
        if self.is_nan() or o.is_nan():
            getcontext()._raise(InvalidOperation)
            return False
        return op(self._cmp(o))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        o = _conv(other, True)
        nan = self._check_nans(o)
        if nan is not None:
            return nan
        return Decimal(self._cmp(o))

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._special == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = 2305843009213693951
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(2075258708292324556, -self._exp, modulus)
        h = self._int * exp_hash % modulus
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def __bool__(self):
        return bool(self._special) or self._int != 0

    # ---------------------------------------------------------------- conversions
    def __float__(self):
        if self._special:
            if self.is_nan():
                if self._special == 'N':
                    raise ValueError("cannot convert signaling NaN to float")
                return float('-nan' if self._sign else 'nan')
            return float('-inf' if self._sign else 'inf')
        return float(str(self))

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __floor__(self):
        return int(self.to_integral_value(rounding=ROUND_FLOOR))

    def __ceil__(self):
        return int(self.to_integral_value(rounding=ROUND_CEILING))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    # ---------------------------------------------------------------- arithmetic
    def __neg__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self.copy_negate()
        sign = 1 - self._sign if self._int else (1 if ctx.rounding == ROUND_FLOOR and False else 0)
        return self._new(sign, self._int, self._exp)._fix(ctx)

    def __pos__(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self
        sign = self._sign if self._int else 0
        return self._new(sign, self._int, self._exp)._fix(ctx)

    def __abs__(self, round=True, context=None):
        ctx = context or getcontext()
        if self._special:
            return self.copy_abs()
        return self._new(0, self._int, self._exp)._fix(ctx)

    def __add__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._check_nans(other)
        if nan is not None:
            return nan
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F' and self._sign != other._sign:
                ctx._raise(InvalidOperation)
                return self._new(0, 0, 0, 'n')
            return self if self._special == 'F' else other
        e = min(self._exp, other._exp)
        x = self._int * 10 ** (self._exp - e) * (-1 if self._sign else 1)
        y = other._int * 10 ** (other._exp - e) * (-1 if other._sign else 1)
        s = x + y
        if s == 0:
            sign = 1 if (self._sign and other._sign) or (ctx.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = int(s < 0)
        return self._new(sign, abs(s), e)._fix(ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._check_nans(other)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if not self or not other or (self._special != 'F' and self._int == 0) or (other._special != 'F' and other._int == 0):
                ctx._raise(InvalidOperation)
                return self._new(0, 0, 0, 'n')
            return self._new(sign, 0, 0, 'F')
        return self._new(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        nan = self._check_nans(other)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if self._special == 'F' and other._special == 'F':
                ctx._raise(InvalidOperation)
                return self._new(0, 0, 0, 'n')
            if self._special == 'F':
                return self._new(sign, 0, 0, 'F')
            return self._new(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                ctx._raise(DivisionUndefined)
                return self._new(0, 0, 0, 'n')
            ctx._raise(DivisionByZero)
            return self._new(sign, 0, 0, 'F')
        if self._int == 0:
            return self._new(sign, 0, self._exp - other._exp)._fix(ctx)
        prec = ctx.prec
        shift = len(str(other._int)) - len(str(self._int)) + prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            # a sticky digit so that rounding sees the discarded non-zero remainder
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal = self._exp - other._exp
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return self._new(sign, coeff, exp)._fix(ctx)

    def __rtruediv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divmod(self, other, ctx):
        sign = self._sign ^ other._sign
        if other._int == 0 and not other._special:
            if self._int == 0 and not self._special:
                ctx._raise(DivisionUndefined)
            else:
                ctx._raise(DivisionByZero)
            nan = self._new(0, 0, 0, 'n')
            return nan, nan
        e = min(self._exp, other._exp)
        x = self._int * 10 ** (self._exp - e)
        y = other._int * 10 ** (other._exp - e)
        q, r = divmod(x, y)
        if len(str(q)) > ctx.prec:
            ctx._raise(DivisionImpossible)
            nan = self._new(0, 0, 0, 'n')
            return nan, nan
        quotient = self._new(sign, q, 0)
        remainder = self._new(self._sign, r, e)._fix(ctx)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext())[0]

    def __rfloordiv__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext())[1]

    def __rmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, context or getcontext())

    def __rdivmod__(self, other, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        ctx = context or getcontext()
        if modulo is not None:
            m = int(_conv(modulo, True))
            return Decimal(pow(int(self), int(other), m))
        nan = self._check_nans(other)
        if nan is not None:
            return nan
        if other._special or self._special:
            return Decimal(float(self) ** float(other))
        if other._exp >= 0 or other._int % 10 ** -other._exp == 0:
            n = int(other)
            if n >= 0:
                r = self._new(self._sign if n % 2 else 0, self._int ** n, self._exp * n)
                return r._fix(ctx)
            if self._int == 0:
                ctx._raise(DivisionByZero)
                return self._new(self._sign if n % 2 else 0, 0, 0, 'F')
            return Decimal(1).__truediv__(self._new(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n), context=ctx)
        # non-integral power: through exp/ln at extra precision
        if self._sign:
            ctx._raise(InvalidOperation)
            return self._new(0, 0, 0, 'n')
        p = ctx.prec + 15
        lnx = self._ln_guarded(p)
        with localcontext(ctx) as c:
            c.prec = p
            c.traps[Inexact] = 0
            r = (other * lnx).exp(context=c)
        with localcontext(ctx) as c:
            c.rounding = ROUND_HALF_EVEN
            return r._fix(c)

    def __rpow__(self, other, modulo=None, context=None):
        other = _conv(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=context)

    def sqrt(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self.is_nan():
                return self
            if self._sign:
                ctx._raise(InvalidOperation)
                return self._new(0, 0, 0, 'n')
            return self
        if self._int == 0:
            return self._new(self._sign, 0, self._exp // 2)
        if self._sign:
            ctx._raise(InvalidOperation)
            return self._new(0, 0, 0, 'n')
        prec = ctx.prec
        # coefficient c * 10**e with e even, enough digits for prec + 1 result digits
        e = self._exp
        c = self._int
        if e % 2:
            c *= 10
            e -= 1
        shift = max(0, prec + 1 - (len(str(c)) + 1) // 2)
        c *= 100 ** shift
        e -= 2 * shift
        r = _math.isqrt(c)
        exact = r * r == c
        exp = e // 2
        if exact:
            ideal = self._exp // 2
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        elif r % 5 == 0:
            r += 1
        with localcontext(ctx) as c2:
            c2.rounding = ROUND_HALF_EVEN
            return self._new(0, r, exp)._fix(c2)

    def exp(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self.is_nan():
                return self
            return self._new(0, 0, 0) if self._sign else self
        if not self._int:
            return Decimal(1)
        # halve the argument below 0.1, sum the Taylor series, square back; guard digits
        # cover the error the squarings multiply
        k = max(0, self.adjusted() + 5) * 10 // 3
        p = ctx.prec + 12 + k * 3 // 10 + 1
        with localcontext(ctx) as c:
            c.prec = p
            c.rounding = ROUND_HALF_EVEN
            c.traps[Inexact] = 0
            c.traps[Overflow] = 0
            x = self
            halvings = 0
            tenth = Decimal('0.1')
            while abs(x) > tenth:
                x = x / 2
                halvings += 1
            total = Decimal(1)
            term = Decimal(1)
            n = 1
            eps = self._new(0, 1, -(p + 2))
            while True:
                term = term * x / n
                if abs(term) < eps:
                    break
                total = total + term
                n += 1
            for _ in range(halvings):
                total = total * total
        with localcontext(ctx) as c:
            c.rounding = ROUND_HALF_EVEN
            return total._fix(c)

    def _ln_guarded(self, p):
        # natural log at precision p (self finite, > 0): ln(c) + a*ln(10) by Newton on exp
        with localcontext() as c:
            c.prec = p
            c.rounding = ROUND_HALF_EVEN
            c.traps[Inexact] = 0
            a = self.adjusted()
            m = self._new(0, self._int, self._exp - a)
            parts = [(m, 1)] if a == 0 else [(m, 1), (Decimal(10), a)]
            total = Decimal(0)
            eps = self._new(0, 1, -(p - 2))
            for v, mult in parts:
                y = Decimal(repr(_math.log(float(v))))
                for _ in range(12):
                    e = y.exp()
                    step = 2 * (v - e) / (v + e)
                    y = y + step
                    if abs(step) < eps:
                        break
                total = total + y * mult
            return total

    def ln(self, context=None):
        ctx = context or getcontext()
        if self._special:
            if self.is_nan():
                return self
            if self._sign:
                ctx._raise(InvalidOperation)
                return self._new(0, 0, 0, 'n')
            return self
        if not self._int:
            return self._new(1, 0, 0, 'F')
        if self._sign:
            ctx._raise(InvalidOperation)
            return self._new(0, 0, 0, 'n')
        if self._int * 10 ** max(self._exp, 0) == 1 and self._exp >= 0 and self._int == 1:
            return Decimal(0)
        r = self._ln_guarded(ctx.prec + 12)
        with localcontext(ctx) as c:
            c.rounding = ROUND_HALF_EVEN
            return r._fix(c)

    def log10(self, context=None):
        ctx = context or getcontext()
        if not self._special and self._int and len(str(self._int).rstrip('0')) == 1 and str(self._int)[0] == '1':
            return Decimal(self.adjusted())
        if self._special or self._sign or not self._int:
            return self.ln(context=ctx)
        p = ctx.prec + 12
        num = self._ln_guarded(p)
        den = Decimal(10)._ln_guarded(p)
        with localcontext(ctx) as c:
            c.prec = p
            c.traps[Inexact] = 0
            r = num / den
        with localcontext(ctx) as c:
            c.rounding = ROUND_HALF_EVEN
            return r._fix(c)

    def quantize(self, exp, rounding=None, context=None):
        exp = _conv(exp, True)
        ctx = context or getcontext()
        rounding = rounding or ctx.rounding
        nan = self._check_nans(exp)
        if nan is not None:
            return nan
        if self._special or exp._special:
            if self._special == 'F' and exp._special == 'F':
                return self
            ctx._raise(InvalidOperation)
            return self._new(0, 0, 0, 'n')
        target = exp._exp
        if self._exp >= target:
            coeff = self._int * 10 ** (self._exp - target)
        else:
            coeff = _round_digits(self._sign, self._int, target - self._exp, rounding)
            if coeff * 10 ** (target - self._exp) != self._int:
                ctx.flags[Inexact] = 1
            ctx.flags[Rounded] = 1
        if len(str(coeff)) > ctx.prec:
            ctx._raise(InvalidOperation)
            return self._new(0, 0, 0, 'n')
        return self._new(self._sign, coeff, target)

    def same_quantum(self, other, context=None):
        other = _conv(other, True)
        if self._special or other._special:
            return self.is_nan() and other.is_nan() or self.is_infinite() and other.is_infinite()
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        ctx = context or getcontext()
        coeff = _round_digits(self._sign, self._int, -self._exp, rounding or ctx.rounding)
        return self._new(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        ctx = context or getcontext()
        if self._special:
            return self
        d = self._fix(ctx)
        if d._special:
            return d
        if d._int == 0:
            return self._new(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return self._new(d._sign, coeff, exp)

    def max(self, other, context=None):
        other = _conv(other, True)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _conv(other, True)
        return self if self._cmp(other) <= 0 else other

    def fma(self, other, third, context=None):
        return self * _conv(other, True) + _conv(third, True)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(self._new(0, 1, -n))
        if self._special:
            if self.is_nan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self.to_integral_value(rounding=ROUND_HALF_EVEN))

    def __format__(self, spec, _localeconv=None):
        import re as _re
        m = _re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?', spec)
        if m is None:
            raise ValueError("invalid format string")
        fill, align, sign, _z, _alt, zero, width, grouping, precision, typ = m.groups()
        if zero and not align:
            fill, align = '0', '='
        fill = fill or ' '
        align = align or '>'
        precision = int(precision) if precision is not None else None
        d = self
        if d._special:
            body = 'Infinity' if d._special == 'F' else 'NaN'
        else:
            rounding = getcontext().rounding
            if typ == '%':
                d = d._new(d._sign, d._int, d._exp + 2)
            if typ in ('f', 'F', '%') and precision is not None:
                d = d.quantize(d._new(0, 1, -precision), rounding=rounding)
            if typ in ('e', 'E'):
                if precision is not None:
                    n = d._ndigits()
                    if n > precision + 1:
                        d = d._new(d._sign, _round_digits(d._sign, d._int, n - precision - 1, rounding), d._exp + n - precision - 1)
                        if d._ndigits() > precision + 1:
                            d = d._new(d._sign, d._int // 10, d._exp + 1)
                    elif n < precision + 1:
                        d = d._new(d._sign, d._int * 10 ** (precision + 1 - n), d._exp - (precision + 1 - n))
                coeff = str(d._int)
                exp = d._exp + len(coeff) - 1
                body = coeff[0] + ('.' + coeff[1:] if len(coeff) > 1 else '') + ('e' if typ == 'e' else 'E') + '%+03d' % exp if False else coeff[0] + ('.' + coeff[1:] if len(coeff) > 1 else '') + ('e' if typ == 'e' else 'E') + '%+d' % exp
            elif typ in ('f', 'F', '%') or (typ is None and precision is None and False):
                coeff = str(d._int)
                if d._exp >= 0:
                    body = coeff + '0' * d._exp if d._int else '0'
                else:
                    coeff = coeff.rjust(-d._exp + 1, '0')
                    body = coeff[:d._exp] + '.' + coeff[d._exp:]
            elif typ in ('g', 'G', None) and precision is not None:
                p = precision or 1
                n = d._ndigits()
                if n > p:
                    d = d._new(d._sign, _round_digits(d._sign, d._int, n - p, rounding), d._exp + n - p)
                body = str(abs(d)) if False else d.copy_abs().__str__()
            else:
                body = d.copy_abs().__str__()
            if typ == '%':
                body += '%'
            if grouping:
                intpart, dot, rest = body.partition('.')
                if intpart.isdigit():
                    groups = []
                    while len(intpart) > 3:
                        groups.insert(0, intpart[-3:])
                        intpart = intpart[:-3]
                    groups.insert(0, intpart)
                    body = grouping.join(groups) + dot + rest
        neg = d._sign and not (d._int == 0 and not d._special and _z)
        prefix = '-' if neg else ('+' if sign == '+' else (' ' if sign == ' ' else ''))
        width = int(width) if width else 0
        pad = width - len(prefix) - len(body)
        if pad <= 0:
            return prefix + body
        if align == '<':
            return prefix + body + fill * pad
        if align == '^':
            return fill * (pad // 2) + prefix + body + fill * (pad - pad // 2)
        if align == '=':
            return prefix + fill * pad + body
        return fill * pad + prefix + body

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_c_layout(Decimal, 104)  # C (_decimal): not a GC type

_numbers.Number.register(Decimal)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[DivisionByZero, Overflow, InvalidOperation], flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
_default_ready = True

_current_context = None


def getcontext():
    global _current_context
    if _current_context is None:
        _current_context = DefaultContext.copy()
    return _current_context


def setcontext(context):
    global _current_context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current_context = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    ctx_manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if not hasattr(ctx_manager.new_context, key) or key in ('flags', 'traps') and False:
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(ctx_manager.new_context, key, value)
    return ctx_manager
`,
  undefined,
  { native: true }, // _decimal is C in CPython
);
