/**
 * `cmath`: complex math, written in Python on top of `math`. The formulas follow the
 * numerically careful ones of CPython's Modules/cmathmodule.c (sqrt via hypot of scaled parts,
 * log with log1p near |z| = 1, Kahan-style inverse functions built from two square roots), so
 * finite results agree with CPython to the last bit in the usual cases. CPython's full tables of
 * special values for infinities and NaNs are not reproduced; infinite results of finite input
 * raise OverflowError('math range error') and log(0) raises ValueError('math domain error') as
 * in CPython.
 */
import { registerPyModule } from './pymodule';

const SOURCE = `
import math as _m

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, _m.inf)
nanj = complex(0.0, _m.nan)

_DBL_MIN = 2.2250738585072014e-308
_LARGE = 1.7976931348623157e308 / 4.0
_SQRT_LARGE = 1.3407807929942596e154 / 4.0
_LOG_LARGE = 709.0895657128241
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046

def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(z)
    if hasattr(type(z), '__complex__') or hasattr(type(z), '__float__') or hasattr(type(z), '__index__'):
        return complex(z)
    raise TypeError(f"must be real number, not {type(z).__name__}")

def _check(z, r):
    if _m.isfinite(z.real) and _m.isfinite(z.imag):
        if not (_m.isfinite(r.real) and _m.isfinite(r.imag)):
            if _m.isnan(r.real) or _m.isnan(r.imag):
                raise ValueError("math domain error")
            raise OverflowError("math range error")
    return r

def _sqrt(x, y):
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    if _m.isinf(y):
        return complex(_m.inf, y)
    if _m.isnan(x) or _m.isnan(y):
        return complex(_m.nan, _m.nan)
    if _m.isinf(x):
        if x > 0:
            return complex(x, _m.copysign(0.0, y))
        return complex(0.0, _m.copysign(_m.inf, y))
    ax = abs(x)
    ay = abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))

def sqrt(z, /):
    z = _c(z)
    return _sqrt(z.real, z.imag)

def exp(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if _m.isfinite(x) and _m.isfinite(y):
        if x > _LOG_LARGE:
            l = _m.exp(x - 1.0)
            r = complex(l * _m.cos(y) * _m.e, l * _m.sin(y) * _m.e)
        else:
            l = _m.exp(x)
            r = complex(l * _m.cos(y), l * _m.sin(y))
        return _check(z, r)
    if _m.isinf(x) and _m.isfinite(y) and y != 0.0:
        l = 0.0 if x < 0 else _m.inf
        return complex(l * _m.cos(y), l * _m.sin(y))
    if _m.isinf(x) and y == 0.0:
        return complex(0.0 if x < 0 else _m.inf, y)
    return complex(_m.nan, _m.nan)

def _log(z):
    x, y = z.real, z.imag
    ax = abs(x)
    ay = abs(y)
    if _m.isinf(x) or _m.isinf(y):
        return complex(_m.inf, _m.atan2(y, x))
    if _m.isnan(x) or _m.isnan(y):
        return complex(_m.nan, _m.nan)
    if ax > _LARGE or ay > _LARGE:
        re = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            re = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise ValueError("math domain error")
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            re = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            re = _m.log(h)
    return complex(re, _m.atan2(y, x))

def log(z, base=None, /):
    r = _log(_c(z))
    if base is not None:
        b = _log(_c(base))
        r = r / b
    return r

def log10(z, /):
    r = _log(_c(z))
    return complex(r.real / _LN10, r.imag / _LN10)

def phase(z, /):
    z = _c(z)
    return _m.atan2(z.imag, z.real)

def polar(z, /):
    z = _c(z)
    return (abs(z), _m.atan2(z.imag, z.real))

def rect(r, phi, /):
    r = float(r)
    phi = float(phi)
    if _m.isfinite(r) and _m.isfinite(phi):
        if phi == 0.0:
            return complex(r, r * phi)
        return complex(r * _m.cos(phi), r * _m.sin(phi))
    if _m.isinf(r) and _m.isfinite(phi) and phi != 0.0:
        return complex(r * _m.cos(phi), r * _m.sin(phi))
    if _m.isinf(r) and phi == 0.0:
        return complex(r, phi)
    if _m.isfinite(r) and r == 0.0:
        return complex(0.0, 0.0)
    return complex(_m.nan, _m.nan)

def _cosh(x, y):
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        return complex(_m.cos(y) * _m.cosh(xm1) * _m.e, _m.sin(y) * _m.sinh(xm1) * _m.e)
    return complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))

def _sinh(x, y):
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        return complex(_m.cos(y) * _m.sinh(xm1) * _m.e, _m.sin(y) * _m.cosh(xm1) * _m.e)
    return complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))

def _tanh(x, y):
    if abs(x) > _SQRT_LARGE:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)

def cosh(z, /):
    z = _c(z)
    return _check(z, _cosh(z.real, z.imag))

def sinh(z, /):
    z = _c(z)
    return _check(z, _sinh(z.real, z.imag))

def tanh(z, /):
    z = _c(z)
    return _tanh(z.real, z.imag)

def cos(z, /):
    z = _c(z)
    return _check(z, _cosh(-z.imag, z.real))

def sin(z, /):
    z = _c(z)
    s = _sinh(-z.imag, z.real)
    return _check(z, complex(s.imag, -s.real))

def tan(z, /):
    z = _c(z)
    s = _tanh(-z.imag, z.real)
    return complex(s.imag, -s.real)

def _asinh(x, y):
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0:
            re = _m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, x)
        else:
            re = -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -x)
        return complex(re, _m.atan2(y, abs(x)))
    s1 = _sqrt(1.0 + y, -x)
    s2 = _sqrt(1.0 - y, x)
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))

def asinh(z, /):
    z = _c(z)
    return _asinh(z.real, z.imag)

def asin(z, /):
    z = _c(z)
    s = _asinh(-z.imag, z.real)
    return complex(s.imag, -s.real)

def acos(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        re = _m.atan2(abs(y), x)
        if x < 0:
            im = -_m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, y)
        else:
            im = _m.copysign(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, -y)
        return complex(re, im)
    s1 = _sqrt(1.0 - x, -y)
    s2 = _sqrt(1.0 + x, y)
    return complex(2.0 * _m.atan2(s1.real, s2.real), _m.asinh(s2.real * s1.imag - s2.imag * s1.real))

def acosh(z, /):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_m.hypot(x / 2.0, y / 2.0)) + _LN2 * 2.0, _m.atan2(y, x))
    s1 = _sqrt(x - 1.0, y)
    s2 = _sqrt(x + 1.0, y)
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _m.atan2(s1.imag, s2.real))

def _atanh(x, y):
    if x < 0.0:
        r = _atanh(-x, -y)
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(_m.pi / 2.0, -y))
    if x == 1.0 and ay < 1.4916681462400413e-154:
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    return complex(_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)

def atanh(z, /):
    z = _c(z)
    return _atanh(z.real, z.imag)

def atan(z, /):
    z = _c(z)
    s = _atanh(-z.imag, z.real)
    return complex(s.imag, -s.real)

def isfinite(z, /):
    z = _c(z)
    return _m.isfinite(z.real) and _m.isfinite(z.imag)

def isinf(z, /):
    z = _c(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)

def isnan(z, /):
    z = _c(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)

def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(b - a)
    return (diff <= abs(rel_tol * b)) or (diff <= abs(rel_tol * a)) or (diff <= abs_tol)

`;

registerPyModule('cmath', SOURCE);
