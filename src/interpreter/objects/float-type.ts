/**
 * float behaviour (Objects/floatobject.c): repr (shortest round-trip, `float_repr_style`
 * 'short'), the numeric hash shared with int (`_Py_HashDouble`), arithmetic with CPython's
 * special cases and messages (float_rem, float_floor_div, float_divmod, float_pow — a negative
 * base to a fractional power gives a complex), exact comparison with ints (float_richcompare),
 * the constructor (strings, `__float__`, `__index__`), and the methods (is_integer,
 * as_integer_ratio, hex, fromhex, __round__ with correctly rounded decimal rounding, __trunc__,
 * __floor__, __ceil__ …).
 *
 * It also installs the number hooks of int-type.ts (int(str, base) parsing, `__trunc__`, truth,
 * allocation of int subclass instances) and int's missing methods (__round__, to_bytes …).
 */
import { PyObject, decref } from './object';
import { floatType, intType, boolType, strType, typeType } from './core-types';
import { PyFloat, newFloat, floatFreeMemory } from './float';
import { PyInt, IntValue, newInt, newBool, norm, toBig, True, False, isSafe } from './int';
import { PyStr, newStr } from './str';
import { NotImplemented, None } from './singletons';
import { NB, NB_COUNT, BinarySlot, PyType } from './typeobject';
import { typeError, valueError, zeroDivisionError, overflowError } from './errors';
import { registerTypeInit } from './bootstrap';
import {
  intToFloat, floatCompareHook, intParseHook, intTruncHook, truthHook, allocHook, bitLength, asIntValue, intHash,
  bigFloorDiv,
} from './int-type';
import { defineMethod, defineClassMethod, defineGetSet, parseArgs, noKwargs } from './descriptors';
import { newTuple } from './tuple';
import { isTrue, call, lookupSpecial, iterToArray, hashOf } from './abstract';
import { pointerHash } from './object-type';
import { allocObject } from './alloc';
import { gcTrack, PyGCObject } from './gcobject';
import { constFactories } from './const-factories';
import { floatRepr } from './text/float-repr';
import { getIntMaxStrDigits } from './text/int-text';

// ================================================================================================
// Local number/text helpers (the shared library in text/ was not available when this was
// written; these follow CPython's algorithms: dtoa-based repr, _Py_HashDouble, float.hex …)
// ================================================================================================

const MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159;

/** repr(float): shortest round-trip digits; exponent form when decpt <= -4 or decpt > 16. */
export function floatReprLocal(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const e = Math.abs(x).toExponential(); // shortest digits "d.ddde±n"
  const [mant, expStr] = e.split('e');
  const digits = mant.replace('.', '');
  const exp = parseInt(expStr, 10);
  const decpt = exp + 1;
  if (decpt > -4 && decpt <= 16) {
    let s: string;
    if (decpt <= 0) s = '0.' + '0'.repeat(-decpt) + digits;
    else if (decpt >= digits.length) s = digits + '0'.repeat(decpt - digits.length) + '.0';
    else s = digits.slice(0, decpt) + '.' + digits.slice(decpt);
    return sign + s;
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const ee = decpt - 1;
  return sign + m + 'e' + (ee < 0 ? '-' : '+') + String(Math.abs(ee)).padStart(2, '0');
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Decompose a finite double: |x| = mant * 2**exp with integer mant (< 2**53). */
export function decompose(x: number): { mant: bigint; exp: number; neg: boolean } {
  f64[0] = x;
  const lo = u32[0];
  const hi = u32[1];
  const neg = (hi >>> 31) === 1;
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (bexp === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = bexp - 1075;
  }
  return { mant, exp, neg };
}

/** _Py_HashDouble as an exact bigint (NaN handled by the caller). */
export function hashDoubleExact(x: number): bigint {
  if (x === Infinity) return BigInt(HASH_INF);
  if (x === -Infinity) return BigInt(-HASH_INF);
  if (x === 0) return 0n;
  const { mant, exp, neg } = decompose(x);
  const e = ((exp % 61) + 61) % 61;
  let h = ((mant % MODULUS) << BigInt(e)) % MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return h;
}

export function hashDouble(o: PyObject, x: number): number {
  if (Number.isNaN(x)) return pointerHash(o);
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 53) return x === -1 ? -2 : x;
  return Number(hashDoubleExact(x));
}

/** m * 2**e without intermediate overflow/underflow (exact when the result is representable). */
export function ldexp(m: number, e: number): number {
  if (m === 0 || !Number.isFinite(m)) return m;
  while (e > 1000) {
    m *= 2 ** 1000;
    e -= 1000;
    if (!Number.isFinite(m)) return m;
  }
  while (e < -1000) {
    // keep precision: go down in one step only when the result stays normal
    if (e >= -1074 - 60) break;
    m *= 2 ** -1000;
    e += 1000;
    if (m === 0) return m;
  }
  if (e < -1022) {
    // scale into the subnormal range with one correctly rounded multiplication
    const { mant, exp, neg } = decompose(m);
    return bigScaledToDouble(mant, exp + e, neg);
  }
  return m * 2 ** e;
}

/** mant * 2**exp (mant ≥ 0 bigint) correctly rounded (half-even) to a double; ±inf on overflow. */
export function bigScaledToDouble(mant: bigint, exp: number, neg: boolean): number {
  if (mant === 0n) return neg ? -0 : 0;
  const bl = bitLength(mant);
  const top = bl - 1 + exp; // exponent of the leading bit
  if (top > 1023) return neg ? -Infinity : Infinity;
  let keep = 53;
  if (top < -1022) keep = 53 - (-1022 - top);
  let m = mant;
  let e = exp;
  const drop = bl - keep;
  if (drop > 0) {
    const dropB = BigInt(drop);
    const q = m >> dropB;
    const rem = m - (q << dropB);
    const half = 1n << (dropB - 1n);
    let r = q;
    if (rem > half || (rem === half && (q & 1n) === 1n)) r = q + 1n;
    m = r;
    e += drop;
  }
  if (m === 0n) return neg ? -0 : 0;
  // m has ≤ 54 bits now; an exact power-of-two scaling (done in safe steps)
  let v = Number(m);
  let ee = e;
  if (ee > 0) {
    while (ee > 1000) {
      v *= 2 ** 1000;
      ee -= 1000;
    }
    v *= 2 ** ee;
  } else {
    while (ee < -1000) {
      if (v >= 2 ** 1000) {
        v *= 2 ** -1000;
        ee += 1000;
      } else break;
    }
    // the remaining scaling is exact because rounding already happened at the right bit
    if (ee < -1022) {
      v *= 2 ** -1022;
      ee += 1022;
    }
    v *= 2 ** ee;
  }
  return neg ? -v : v;
}

export function isqrtBig(n: bigint): bigint {
  if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  // Newton from a float estimate (refine until stable)
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) {
      // make sure x = floor(sqrt(n))
      while (x * x > n) x -= 1n;
      while ((x + 1n) * (x + 1n) <= n) x += 1n;
      return x;
    }
    x = y;
  }
}

/** sqrt of an exact value T * 2**(2E) (T ≥ 0 bigint), correctly rounded. */
function sqrtScaled(t: bigint, e2: number): number {
  if (t === 0n) return 0;
  // want 60+ significant bits: scale T by 4**k
  const bl = bitLength(t);
  let k = Math.max(0, Math.ceil((130 - bl) / 2));
  let ee = e2;
  // keep the exponent even when scaling
  const scaled = t << BigInt(2 * k);
  const r = isqrtBig(scaled);
  const sticky = r * r !== scaled ? 1n : 0n;
  ee -= k;
  k = 0;
  return bigScaledToDouble((r << 1n) | sticky, ee - 1, false);
}

/** sqrt(sum of squares) of finite doubles, correctly rounded (vector_norm's intent). */
export function exactNorm(xs: number[]): number {
  let anyInf = false;
  let anyNan = false;
  for (const x of xs) {
    if (x === Infinity || x === -Infinity) anyInf = true;
    else if (Number.isNaN(x)) anyNan = true;
  }
  if (anyInf) return Infinity;
  if (anyNan) return NaN;
  const parts = xs.filter((x) => x !== 0).map((x) => decompose(x));
  if (parts.length === 0) return 0;
  let minE = Infinity;
  for (const p of parts) minE = Math.min(minE, p.exp);
  let s = 0n;
  for (const p of parts) s += (p.mant << BigInt(p.exp - minE)) ** 2n;
  // value = s * 2**(2·minE); sqrt = sqrt(s) * 2**minE
  return sqrtScaled(s, minE);
}

/** Round half even of a rational num/den (den > 0). */
function roundHalfEvenDiv(num: bigint, den: bigint): bigint {
  let q = num / den;
  let r = num % den;
  if (r < 0n) {
    q -= 1n;
    r += den;
  }
  const twice = 2n * r;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** round(x, ndigits) for floats (floatobject.c double_round, correctly rounded). */
export function doubleRound(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  const { mant, exp, neg } = decompose(x);
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (ndigits >= 0) num *= 10n ** BigInt(ndigits);
  else den *= 10n ** BigInt(-ndigits);
  const k = roundHalfEvenDiv(num, den);
  const r = parseFloat(`${neg ? '-' : ''}${k}e${-ndigits}`);
  if (!Number.isFinite(r)) throw overflowError('rounded value too large to represent');
  return r;
}

function floatToIntValue(f: number): IntValue {
  if (Number.isNaN(f)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(f)) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(f);
  return isSafe(t) ? (t === 0 ? 0 : t) : norm(BigInt(t));
}

/** Round-half-even of a float to an int value (round(x) with no ndigits). */
function roundToInt(x: number): IntValue {
  if (Number.isNaN(x)) throw valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw overflowError('cannot convert float infinity to integer');
  let r = Math.round(x);
  if (r - x === 0.5 && r % 2 !== 0) r -= 1; // tie: Math.round rounds up; want even
  return floatToIntValue(r);
}

/** float.hex() */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  f64[0] = x;
  const hi = u32[1];
  const lo = u32[0];
  const sign = hi >>> 31 ? '-' : '';
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = ((hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0'));
  if (bexp === 0) return `${sign}0x0.${frac}p-1022`;
  const e = bexp - 1023;
  return `${sign}0x1.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/** float.fromhex(s) value. */
export function floatFromHex(s: string): number {
  const bad = () => valueError('invalid hexadecimal floating-point string');
  const t = s.trim();
  let i = 0;
  let neg = false;
  if (t[i] === '+' || t[i] === '-') {
    neg = t[i] === '-';
    i++;
  }
  const rest = t.slice(i).toLowerCase();
  if (rest === 'inf' || rest === 'infinity') return neg ? -Infinity : Infinity;
  if (rest === 'nan') return NaN;
  const m = /^(0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(rest);
  if (m === null) throw bad();
  const ip = m[2] ?? '';
  const fp = m[3] ?? '';
  if (ip.length + fp.length === 0) throw bad();
  const digits = (ip + fp).replace(/^0+/, '');
  let e = m[4] !== undefined ? parseInt(m[4], 10) : 0;
  if (digits.length === 0) return neg ? -0 : 0;
  if (m[4] !== undefined && m[4].replace(/^[+-]?0*/, '').length > 8) {
    if (e < 0) return neg ? -0 : 0;
    throw overflowError('hexadecimal value too large to represent as a float');
  }
  e -= 4 * fp.length;
  const mant = BigInt('0x' + digits);
  const r = bigScaledToDouble(mant, e, neg);
  if (!Number.isFinite(r)) throw overflowError('hexadecimal value too large to represent as a float');
  return r;
}

/** Unicode decimal digits (Nd) → ASCII, as _PyUnicode_TransformDecimalAndSpaceToASCII. */
export function asciiDigits(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x7f && /\p{Nd}/u.test(ch)) {
      let n = 0;
      while (n < 9 && /\p{Nd}/u.test(String.fromCodePoint(cp - n - 1))) n++;
      // runs of decimal digits are blocks of ten ('0'..'9')
      let start = cp - n;
      let k = 0;
      while (k < 60 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) {
        start--;
        k++;
      }
      out += String((cp - start) % 10);
    } else if (/\s/u.test(ch) && cp > 0x7f) out += ' ';
    else out += ch;
  }
  return out;
}

/** float(str) parsing (PyOS_string_to_double + float_from_string rules). */
export function parseFloatText(text: string): number | null {
  const s = asciiDigits(text).trim();
  const m = /^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*|\d(?:_?\d)*\.)(?:[eE][+-]?\d(?:_?\d)*)?$/.exec(s);
  if (m !== null) {
    // reject "1_.5" style: underscores only between digits (the regex enforces that), and a
    // mantissa made of digits and at most one dot
    return Number(s.replace(/_/g, ''));
  }
  const low = s.toLowerCase();
  const mm = /^([+-]?)(inf|infinity|nan)$/.exec(low);
  if (mm !== null) {
    if (mm[2] === 'nan') return NaN;
    return mm[1] === '-' ? -Infinity : Infinity;
  }
  return null;
}

/** The 4300-digit limit of int <-> str conversion (sys.set_int_max_str_digits). */
export const intStrLimits = {
  get maxStrDigits(): number {
    return getIntMaxStrDigits();
  },
};

/** int(text, base) (PyLong_FromString); throws ValueError with CPython's message. */
export function parseIntText(text: string, base: number, reprOfArg: string): IntValue {
  if (base !== 0 && (base < 2 || base > 36)) throw valueError('int() base must be >= 2 and <= 36, or 0');
  const bad = () => valueError(`invalid literal for int() with base ${base}: ${reprOfArg}`);
  let s = asciiDigits(text).replace(/^[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g, '');
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let b = base;
  let prefixed = false;
  const p = s.slice(0, 2).toLowerCase();
  if (s.length >= 2 && s[0] === '0') {
    const pb = p === '0x' ? 16 : p === '0o' ? 8 : p === '0b' ? 2 : 0;
    if (pb !== 0 && (b === 0 || b === pb)) {
      b = pb;
      s = s.slice(2);
      prefixed = true;
    }
  }
  if (b === 0) {
    b = 10;
    // base 0: a decimal literal may not have leading zeros (except zero itself)
    if (/^0+(_?0)*$/.test(s)) return 0;
    if (s[0] === '0') throw bad();
  }
  if (s.length === 0) throw bad();
  // underscores: single, between digits (or right after a base prefix)
  if (prefixed && s[0] === '_') s = s.slice(1);
  if (s.length === 0 || s[0] === '_' || s[s.length - 1] === '_' || s.includes('__')) throw bad();
  const digits = s.replace(/_/g, '');
  const valid = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  for (const ch of digits.toLowerCase()) if (!valid.includes(ch)) throw bad();
  if ((b & (b - 1)) !== 0 && digits.length > intStrLimits.maxStrDigits && intStrLimits.maxStrDigits > 0) {
    throw valueError(
      `Exceeds the limit (${intStrLimits.maxStrDigits} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let v: bigint;
  if (b === 10) v = BigInt(digits);
  else if (b === 16) v = BigInt('0x' + digits);
  else if (b === 8) v = BigInt('0o' + digits);
  else if (b === 2) v = BigInt('0b' + digits);
  else {
    v = 0n;
    const bb = BigInt(b);
    for (const ch of digits.toLowerCase()) v = v * bb + BigInt(valid.indexOf(ch));
  }
  return norm(neg ? -v : v);
}

/** int → str with the 4300-digit limit (ValueError beyond it). */
export function intToDecimal(v: IntValue): string {
  const s = v.toString();
  if (typeof v === 'bigint' && intStrLimits.maxStrDigits > 0) {
    const n = s.length - (s[0] === '-' ? 1 : 0);
    if (n > intStrLimits.maxStrDigits) {
      throw valueError('Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit'.replace('4300', String(intStrLimits.maxStrDigits)));
    }
  }
  return s;
}

// ================================================================================================
// float
// ================================================================================================

/** float(x) value of an int or float operand, or null (NotImplemented). */
export function asDouble(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intToFloat(o.value);
  return null;
}

/** repr(float): the shared text library's dtoa-based floatRepr (floatReprLocal is the fallback). */
export const floatFormat = { repr: floatRepr };

/** Installed by complex.ts: complex power for a negative float base with a fractional exponent. */
export const complexPowHook = {
  fn: (_ar: number, _ai: number, _br: number, _bi: number): PyObject => {
    throw valueError('math domain error');
  },
};

const isOddInteger = (w: number): boolean => Number.isInteger(w) && Math.abs(w % 2) === 1;

/** pow(x, y) with C99/CPython semantics (float_pow). Returns a float or a complex object. */
export function floatPow(iv: number, iw: number): PyObject {
  if (iw === 0) return newFloat(1.0);
  if (Number.isNaN(iv)) return newFloat(iv);
  if (Number.isNaN(iw)) return newFloat(iv === 1.0 ? 1.0 : iw);
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return newFloat(1.0);
    if ((iw > 0) === (av > 1.0)) return newFloat(Math.abs(iw));
    return newFloat(0.0);
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return newFloat(odd ? iv : Math.abs(iv));
    return newFloat(odd ? (iv < 0 ? -0 : 0) : 0.0);
  }
  if (iv === 0) {
    const odd = isOddInteger(iw);
    if (iw < 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return newFloat(odd ? iv : 0.0);
  }
  let negate = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return complexPowHook.fn(iv, 0, iw, 0);
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1.0) return newFloat(negate ? -1.0 : 1.0);
  let ix = powExact(iv, iw);
  if (!Number.isFinite(ix)) throw overflowError("(34, 'Numerical result out of range')");
  if (negate) ix = -ix;
  return newFloat(ix);
}

/**
 * x**y for x > 0: correctly rounded for small integral exponents (glibc's pow is correctly
 * rounded in practice; V8's is not always), Math.pow otherwise.
 */
export function powExact(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) <= 64) {
    const { mant, exp } = decompose(x);
    const n = Math.abs(y);
    const m = mant ** BigInt(n);
    const e = exp * n;
    if (y > 0) return bigScaledToDouble(m, e, false);
    // 1 / (m * 2**e): divide with enough extra bits and a sticky bit
    const bl = bitLength(m);
    const shift = bl + 64;
    const q = (1n << BigInt(shift)) / m;
    const sticky = (1n << BigInt(shift)) % m !== 0n ? 1n : 0n;
    return bigScaledToDouble((q << 1n) | sticky, -shift - e - 1, false);
  }
  return Math.pow(x, y);
}

/** Exact comparison of a double with an int value: -1, 0, 1, or NaN (unordered). */
export function compareDoubleInt(x: number, n: IntValue): number {
  if (Number.isNaN(x)) return NaN;
  if (typeof n === 'number') return x < n ? -1 : x > n ? 1 : 0;
  if (x === Infinity) return 1;
  if (x === -Infinity) return -1;
  const fx = Math.floor(x);
  const bx = BigInt(fx);
  if (bx < n) return -1;
  if (bx > n) return 1;
  return x === fx ? 0 : 1;
}

function cmpResult(c: number, op: number): boolean {
  if (Number.isNaN(c)) return op === 3;
  return op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0;
}

function floatRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  let x: number;
  let c: number;
  if (a instanceof PyFloat) {
    x = a.value;
    if (b instanceof PyFloat) {
      const y = b.value;
      c = x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
    } else if (b instanceof PyInt) c = compareDoubleInt(x, b.value);
    else return NotImplemented;
  } else if (a instanceof PyInt && b instanceof PyFloat) {
    c = -compareDoubleInt(b.value, a.value);
  } else return NotImplemented;
  return newBool(cmpResult(c, op));
}

/** float_divmod's core: [floordiv, mod]. */
function floatDivMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

function floatBinary(op: number): BinarySlot {
  return (a, b) => {
    const x = asDouble(a);
    if (x === null) return NotImplemented;
    const y = asDouble(b);
    if (y === null) return NotImplemented;
    switch (op) {
      case NB.ADD:
        return newFloat(x + y);
      case NB.SUBTRACT:
        return newFloat(x - y);
      case NB.MULTIPLY:
        return newFloat(x * y);
      case NB.TRUE_DIVIDE:
        if (y === 0) throw zeroDivisionError('float division by zero');
        return newFloat(x / y);
      case NB.FLOOR_DIVIDE:
        if (y === 0) throw zeroDivisionError('float floor division by zero');
        return newFloat(floatDivMod(x, y)[0]);
      case NB.REMAINDER: {
        if (y === 0) throw zeroDivisionError('float modulo');
        let mod = x % y;
        if (mod !== 0) {
          if ((y < 0) !== (mod < 0)) mod += y;
        } else mod = y < 0 ? -0 : 0;
        return newFloat(mod);
      }
      case NB.DIVMOD: {
        if (y === 0) throw zeroDivisionError('float divmod()');
        const [d, m] = floatDivMod(x, y);
        return newTuple([newFloat(d), newFloat(m)]);
      }
      case NB.POWER:
        return floatPow(x, y);
    }
    return NotImplemented;
  };
}

/** A new instance of a subclass of a builtin number type (int, float, complex). */
class GCTemplate extends PyGCObject {}

/**
 * A new instance of a subclass of a builtin number type (int, float, complex): such instances
 * are GC objects with an instance dict, so the JS object gets PyGCObject's fields (copied from
 * a template, whatever they are) before being allocated and tracked.
 */
export function initSubclassInstance(o: PyObject, type: PyType, nbytes: number): void {
  const tmpl = new GCTemplate(type) as unknown as Record<string, unknown>;
  const target = o as unknown as Record<string, unknown>;
  for (const k of Object.keys(tmpl)) {
    if (k === 'rc' || k === 'addr' || k === 'type' || k in target) continue;
    target[k] = tmpl[k];
  }
  const g = o as unknown as PyGCObject;
  if (type.nslots > 0) g.slotValues = new Array(type.nslots).fill(null);
  allocObject(o, nbytes);
  gcTrack(g);
}

function floatValueOf(x: PyObject): number {
  if (x.type === floatType) return (x as PyFloat).value;
  if (x instanceof PyStr) {
    const v = parseFloatText(x.value);
    if (v === null) throw valueError(`could not convert string to float: ${reprOf(x)}`);
    return v;
  }
  const bytesLike = x.type.name === 'bytes' || x.type.name === 'bytearray';
  if (bytesLike) {
    const arr = iterToArray(x);
    const text = arr.map((b) => String.fromCharCode(Number((b as PyInt).value))).join('');
    for (const b of arr) decref(b);
    const v = parseFloatText(text);
    if (v === null) throw valueError(`could not convert string to float: ${reprOf(x)}`);
    return v;
  }
  const f = x.type.slots.float;
  if (f !== undefined) {
    const r = f(x);
    if (!(r instanceof PyFloat)) {
      const n = r.type.name;
      decref(r);
      throw typeError(`${x.type.name}.__float__ returned non-float (type ${n})`);
    }
    const v = r.value;
    decref(r);
    return v;
  }
  if (x.type.slots.index !== undefined) {
    const r = x.type.slots.index(x);
    const v = intToFloat((r as PyInt).value);
    decref(r);
    return v;
  }
  throw typeError(`float() argument must be a string or a real number, not '${x.type.name}'`);
}

function reprOf(o: PyObject): string {
  const r = o.type.slots.repr!(o) as PyStr;
  const s = r.value;
  decref(r);
  return s;
}

/** PyFloat_AsDouble-like conversion for native functions (math module …). */
export function toDouble(o: PyObject): number {
  if (o instanceof PyFloat) return o.value;
  if (o instanceof PyInt) return intToFloat(o.value);
  const f = o.type.slots.float;
  if (f !== undefined) {
    const r = f(o);
    if (!(r instanceof PyFloat)) {
      const n = r.type.name;
      decref(r);
      throw typeError(`${o.type.name}.__float__ returned non-float (type ${n})`);
    }
    const v = r.value;
    decref(r);
    return v;
  }
  if (o.type.slots.index !== undefined) {
    const r = o.type.slots.index(o);
    const v = intToFloat((r as PyInt).value);
    decref(r);
    return v;
  }
  throw typeError(`must be real number, not ${o.type.name}`);
}

function asFloatSelf(o: PyObject): number {
  return (o as PyFloat).value;
}

function asIntegerRatio(x: number): [IntValue, IntValue] {
  if (Number.isNaN(x)) throw valueError('cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) throw overflowError('cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  const { mant, exp, neg } = decompose(x);
  let m = mant;
  let e = exp;
  while ((m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  if (neg) m = -m;
  if (e >= 0) return [norm(m << BigInt(e)), 1];
  return [norm(m), norm(1n << BigInt(-e))];
}

// ================================================================================================
// int additions
// ================================================================================================

/** int.__round__(ndigits) value (round half to even at 10**-ndigits). */
export function intRound(v: IntValue, ndigits: IntValue): IntValue {
  if (ndigits >= 0) return v;
  const p = 10n ** toBig(-toBig(ndigits));
  const x = toBig(v);
  const q = bigFloorDiv(x, p);
  const r = x - q * p;
  let qq = q;
  if (2n * r > p || (2n * r === p && (q & 1n) === 1n)) qq = q + 1n;
  return norm(qq * p);
}

/** pow(base, exp, mod) for ints (long_pow with a modulus). */
export function intPowMod(a: IntValue, b: IntValue, c: IntValue): IntValue {
  let m = toBig(c);
  if (m === 0n) throw valueError('pow() 3rd argument cannot be 0');
  const negOut = m < 0n;
  if (negOut) m = -m;
  let base = toBig(a);
  let e = toBig(b);
  if (e < 0n) {
    base = modInverse(((base % m) + m) % m, m);
    e = -e;
  }
  let r = 1n % m;
  base = ((base % m) + m) % m;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % m;
    base = (base * base) % m;
    e >>= 1n;
  }
  if (negOut && r !== 0n) r -= m;
  return norm(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n && !(m === 1n)) throw valueError('base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

function byteorderArg(o: PyObject | null, fname: string): boolean {
  if (o === null) return false;
  if (!(o instanceof PyStr)) throw typeError(`${fname}() argument 'byteorder' must be str, not ${o.type.name}`);
  if (o.value === 'little') return true;
  if (o.value === 'big') return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

function intToBytes(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [lenArg, orderArg, signedArg] = parseArgs('to_bytes', args, kw, ['length', 'byteorder', 'signed'], 0, 2);
  const length = lenArg === null ? 1 : Number(asIntValue(lenArg));
  if (length < 0) throw valueError('length argument must be non-negative');
  const little = byteorderArg(orderArg, 'to_bytes');
  const signed = signedArg !== null && isTrue(signedArg);
  let v = toBig((self as PyInt).value);
  if (v < 0n && !signed) throw overflowError("can't convert negative int to unsigned");
  const bits = BigInt(8 * length);
  if (signed) {
    const lim = length === 0 ? 0n : 1n << (bits - 1n);
    if (v >= lim || v < -lim) throw overflowError('int too big to convert');
    if (v < 0n) v += 1n << bits;
  } else if (v >= 1n << bits) throw overflowError('int too big to convert');
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return constFactories.bytes(out);
}

function intFromBytes(cls: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [bytesArg, orderArg, signedArg] = parseArgs('from_bytes', args, kw, ['bytes', 'byteorder', 'signed'], 1, 2);
  const little = byteorderArg(orderArg, 'from_bytes');
  const signed = signedArg !== null && isTrue(signedArg);
  if (bytesArg!.type === strType) throw typeError('cannot convert \'str\' object to bytes');
  const items = iterToArray(bytesArg!);
  const bytes: number[] = [];
  try {
    for (const it of items) {
      const b = Number(asIntValue(it));
      if (b < 0 || b > 255) throw valueError('bytes must be in range(0, 256)');
      bytes.push(b);
    }
  } finally {
    for (const it of items) decref(it);
  }
  if (little) bytes.reverse();
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  if (signed && bytes.length > 0 && bytes[0] >= 128) v -= 1n << BigInt(8 * bytes.length);
  const r = newInt(norm(v));
  if (cls === intType) return r;
  const o = call(cls, [r]);
  decref(r);
  return o;
}

// ================================================================================================
// registration
// ================================================================================================

registerTypeInit(() => {
  const s = floatType.slots;
  s.repr = (o) => newStr(floatFormat.repr((o as PyFloat).value));
  s.hash = (o) => hashDouble(o, (o as PyFloat).value);
  s.richcompare = floatRichCompare;
  floatCompareHook.fn = floatRichCompare;
  const slots: BinarySlot[] = [];
  for (let i = 0; i < NB_COUNT; i++) slots.push(floatBinary(i));
  s.nbLeft = slots;
  s.nbRight = slots;
  s.negative = (o) => newFloat(-(o as PyFloat).value);
  s.positive = (o) => (o.type === floatType ? (o.rc++, o) : newFloat((o as PyFloat).value));
  s.absolute = (o) => newFloat(Math.abs((o as PyFloat).value));
  s.bool = (o) => (o as PyFloat).value !== 0;
  s.float = (o) => (o.type === floatType ? (o.rc++, o) : newFloat((o as PyFloat).value));
  s.int = (o) => newInt(floatToIntValue((o as PyFloat).value));
  s.new = (type, args, kw) => {
    noKwargs('float', kw);
    if (args.length > 1) throw typeError(`float expected at most 1 argument, got ${args.length}`);
    let v = 0;
    if (args.length === 1) {
      const x = args[0];
      if (x.type === floatType && type === floatType) {
        x.rc++;
        return x;
      }
      v = floatValueOf(x);
    }
    if (type === floatType) return newFloat(v);
    const o = new PyFloat(v, type);
    type.rc++;
    initSubclassInstance(o, type, type.basicsize);
    return o;
  };
  floatType.freeMemory = floatFreeMemory;

  defineMethod(floatType, 'is_integer', (self, a, k) => {
    noArgs('is_integer', a, k);
    const x = asFloatSelf(self);
    return newBool(Number.isFinite(x) && Math.floor(x) === x);
  });
  defineMethod(floatType, 'as_integer_ratio', (self, a, k) => {
    noArgs('as_integer_ratio', a, k);
    const [n, d] = asIntegerRatio(asFloatSelf(self));
    return newTuple([newInt(n), newInt(d)]);
  });
  defineMethod(floatType, 'hex', (self, a, k) => {
    noArgs('hex', a, k);
    return newStr(floatHex(asFloatSelf(self)));
  });
  defineClassMethod(floatType, 'fromhex', (cls, a, k) => {
    noKwargs('fromhex', k);
    if (a.length !== 1) throw typeError(`float.fromhex() takes exactly one argument (${a.length} given)`);
    if (!(a[0] instanceof PyStr)) throw typeError(`fromhex() argument must be str, not ${a[0].type.name}`);
    const r = newFloat(floatFromHex(a[0].value));
    if (cls === floatType) return r;
    const o = call(cls, [r]);
    decref(r);
    return o;
  });
  defineMethod(floatType, 'conjugate', (self, a, k) => {
    noArgs('conjugate', a, k);
    return s.float!(self);
  });
  defineGetSet(floatType, 'real', (o) => s.float!(o));
  defineGetSet(floatType, 'imag', () => newFloat(0.0));
  defineMethod(floatType, '__trunc__', (self, a, k) => {
    noArgs('__trunc__', a, k);
    return newInt(floatToIntValue(asFloatSelf(self)));
  });
  defineMethod(floatType, '__floor__', (self, a, k) => {
    noArgs('__floor__', a, k);
    return newInt(floatToIntValue(Math.floor(asFloatSelf(self))));
  });
  defineMethod(floatType, '__ceil__', (self, a, k) => {
    noArgs('__ceil__', a, k);
    return newInt(floatToIntValue(Math.ceil(asFloatSelf(self))));
  });
  defineMethod(floatType, '__round__', (self, a, k) => {
    const [nd] = parseArgs('__round__', a, k, ['ndigits'], 0, 1, 1);
    const x = asFloatSelf(self);
    if (nd === null || nd === None) return newInt(roundToInt(x));
    return newFloat(doubleRound(x, Number(asIntValue(nd))));
  });
  defineMethod(floatType, '__sizeof__', (_self, a, k) => {
    noArgs('__sizeof__', a, k);
    return newInt(24);
  });
  defineMethod(floatType, '__getnewargs__', (self, a, k) => {
    noArgs('__getnewargs__', a, k);
    return newTuple([newFloat(asFloatSelf(self))]);
  });
  defineClassMethod(floatType, '__getformat__', (_cls, a) => {
    const t = a[0] instanceof PyStr ? a[0].value : '';
    if (t !== 'double' && t !== 'float') throw valueError("__getformat__() argument 1 must be 'double' or 'float'");
    return newStr('IEEE, little-endian');
  });

  // ---------------------------------------------------------------- int additions and hooks
  intParseHook.parse = (x, base) => {
    let text: string;
    if (x instanceof PyStr) text = x.value;
    else {
      const arr = iterToArray(x);
      text = arr.map((b) => String.fromCharCode(Number((b as PyInt).value))).join('');
      for (const b of arr) decref(b);
    }
    return parseIntText(text, base, reprOf(x));
  };
  intTruncHook.fn = (x) => {
    const t = lookupSpecial(x, '__trunc__');
    if (t === null) throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${x.type.name}'`);
    const r = call(t, []);
    decref(t);
    if (r instanceof PyInt) {
      if (r.type === intType) return r;
      const v = newInt(r.value);
      decref(r);
      return v;
    }
    // __trunc__ returned a non-int: use its __index__
    const idx = r.type.slots.index;
    if (idx === undefined) {
      const n = r.type.name;
      decref(r);
      throw typeError(`__trunc__ returned non-Integral (type ${n})`);
    }
    const v = idx(r);
    decref(r);
    return v;
  };
  truthHook.fn = isTrue;
  allocHook.alloc = (o) => {
    const v = (o as PyInt).value;
    const n = Math.max(1, ndigitsOf(v));
    initSubclassInstance(o, o.type, (o.type.basicsize + 4 * n + 7) & ~7);
  };
  const is = intType.slots;
  is.repr = (o) => newStr(intToDecimal((o as PyInt).value));
  const intPowOrig = is.nbLeft![NB.POWER]!;
  is.nbLeft![NB.POWER] = (a, b) => {
    if (a instanceof PyInt && b instanceof PyInt && b.value < 0) {
      return floatPow(intToFloat(a.value), intToFloat(b.value));
    }
    return intPowOrig(a, b);
  };
  if (is.nbRight !== is.nbLeft) is.nbRight![NB.POWER] = is.nbLeft![NB.POWER];
  // long_long: an exact int is returned itself (+x, int(x), abs(x ≥ 0), x.real, round(x) …)
  const sameInt = (o: PyObject): PyObject => {
    if (o.type === intType) {
      o.rc++;
      return o;
    }
    return newInt((o as PyInt).value);
  };
  is.positive = sameInt;
  is.int = sameInt;
  is.index = sameInt;
  const intAbs = is.absolute!;
  is.absolute = (o) => ((o as PyInt).value >= 0 ? sameInt(o) : intAbs(o));
  const intNew = is.new!;
  is.new = (type, args, kw) => {
    if (type === intType && args.length === 1 && (kw === null || kw.length === 0) && args[0].type === intType) {
      args[0].rc++;
      return args[0];
    }
    return intNew(type, args, kw);
  };
  defineMethod(intType, '__round__', (self, a, k) => {
    const [nd] = parseArgs('__round__', a, k, ['ndigits'], 0, 1, 1);
    const v = (self as PyInt).value;
    if (nd === null || nd === None) return sameInt(self);
    const r = intRound(v, asIntValue(nd));
    return r === v ? sameInt(self) : newInt(r);
  });
  for (const name of ['__trunc__', '__floor__', '__ceil__', 'conjugate']) {
    defineMethod(intType, name, (self, a, k) => {
      noArgs(name, a, k);
      return sameInt(self);
    });
  }
  defineGetSet(intType, 'real', sameInt);
  defineGetSet(intType, 'numerator', sameInt);
  defineMethod(intType, '__getnewargs__', (self) => newTuple([newInt((self as PyInt).value)]));
  defineMethod(intType, 'to_bytes', intToBytes);
  defineClassMethod(intType, 'from_bytes', intFromBytes);
  void boolType;
  void typeType;
  void True;
  void False;
  void intHash;
  void hashOf;
});

function ndigitsOf(v: IntValue): number {
  let a = typeof v === 'bigint' ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
  let n = 0;
  while (a > 0n) {
    a >>= 30n;
    n++;
  }
  return n;
}

function noArgs(name: string, args: PyObject[], kw: string[] | null): void {
  noKwargs(name, kw);
  if (args.length !== 0) throw typeError(`${name}() takes no arguments (${args.length} given)`);
}
