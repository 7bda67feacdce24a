/**
 * Python float arithmetic helpers with CPython 3.12 semantics (Objects/floatobject.c,
 * Python/pyhash.c).
 *
 * Model: floats are JS numbers (same IEEE-754 binary64). Operations JS already does
 * identically (+ - * /, fmod via `%`, floor) are used directly; Python's sign rules
 * and special cases are layered on top exactly as CPython does it:
 *  - `floatMod`/`floatFloorDiv`/`floatDivmod` follow `_float_div_mod` (fmod, sign
 *    fix-up, quotient snapped to an integer).
 *  - `floatRound(x, n)` is `round(x, n)`: dtoa mode 3 (exact half-even on the
 *    binary value's decimal expansion), then correctly rounded back to a double.
 *    `floatRoundToInt(x)` is `round(x)`: half-even to an int.
 *  - `floatPow` follows float_pow's special-case ladder. For integral exponents the
 *    power is computed exactly with bigints and rounded once; otherwise a
 *    double-double pow (dd-pow.ts). Both match glibc's (correctly rounded in
 *    practice) pow, which V8's Math.pow does not.
 *  - `hashFloat`/`hashInt`: CPython's numeric hash — the exact rational value
 *    reduced modulo P = 2**61 - 1 (so hash(2.0) == hash(2)), -1 mapped to -2,
 *    ±inf → ±314159. NaN hashes by identity since 3.10: the caller passes the
 *    object's identity hash.
 * Errors are `FormatError`s with CPython's messages.
 */

import { fixedDigits, pow10 } from './dtoa';
import { FormatError, overflowError, valueError, zeroDivisionError } from './errors';
import { decompose, isNegative, ratioToDouble, scaledToDouble } from './float-bits';
import { powDD } from './dd-pow';

const copysign = (mag: number, sgn: number): number => (isNegative(sgn) ? -Math.abs(mag) : Math.abs(mag));

/** PyLong_FromDouble: truncate a float to an int (`int(x)`). */
export function floatToInt(x: number): bigint {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** `math.floor(x)` / `float.__floor__` as an int. */
export function floatFloorToInt(x: number): bigint {
  return floatToInt(Math.floor(x));
}

/** `math.ceil(x)` / `float.__ceil__` as an int. */
export function floatCeilToInt(x: number): bigint {
  return floatToInt(Math.ceil(x));
}

/** `round(x)`: nearest int, ties to even. */
export function floatRoundToInt(x: number): bigint {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
  const f = Math.floor(x);
  const diff = x - f; // exact
  let r = f;
  if (diff > 0.5) r = f + 1;
  else if (diff === 0.5) r = f % 2 === 0 ? f : f + 1;
  return BigInt(r);
}

const NDIGITS_MAX = Math.trunc((53 - -1021) * 0.30103); // 323
const NDIGITS_MIN = -Math.trunc((1024 + 1) * 0.30103); // -308

/** `round(x, ndigits)` for a float `x` (ndigits an int; huge values clip). */
export function floatRound(x: number, ndigits: number | bigint): number {
  let nd: number;
  if (typeof ndigits === 'bigint') {
    nd = ndigits > 100000n ? 100000 : ndigits < -100000n ? -100000 : Number(ndigits);
  } else nd = ndigits;
  if (!Number.isFinite(x)) return x;
  if (nd > NDIGITS_MAX) return x;
  if (nd < NDIGITS_MIN) return 0.0 * x;
  const neg = isNegative(x);
  const { digits, decpt } = fixedDigits(Math.abs(x), nd);
  let r: number;
  if (digits === '' || digits === '0') r = 0;
  else {
    const N = BigInt(digits);
    const e = decpt - digits.length;
    r = e >= 0 ? Number(N * pow10(e)) : ratioToDouble(N, pow10(-e));
  }
  if (r === Infinity) throw overflowError('rounded value too large to represent');
  return neg ? -r : r;
}

/** `a / b` for floats. */
export function floatTrueDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float division by zero');
  return a / b;
}

/** `_float_div_mod`: [floordiv, mod] (b != 0). */
function floatDivModRaw(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = copysign(0.0, wx);
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign(0.0, vx / wx);
  }
  return [floordiv, mod];
}

/** `a % b` for floats. */
export function floatMod(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float modulo');
  let mod = a % b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) mod += b;
  } else mod = copysign(0.0, b);
  return mod;
}

/** `a // b` for floats. */
export function floatFloorDiv(a: number, b: number): number {
  if (b === 0) throw zeroDivisionError('float floor division by zero');
  return floatDivModRaw(a, b)[0];
}

/** `divmod(a, b)` for floats. */
export function floatDivmod(a: number, b: number): [number, number] {
  if (b === 0) throw zeroDivisionError('float divmod()');
  return floatDivModRaw(a, b);
}

function isOddInteger(x: number): boolean {
  return Number.isInteger(x) && Math.abs(x) < 9007199254740992 && Math.abs(x % 2) === 1;
}

/** Largest number of bits we are willing to build for an exact power. */
const EXACT_POW_BITS = 8192;

function exactIntegerPow(iv: number, iw: number): number | undefined {
  // iv finite positive, iw integral nonzero.
  if (Math.abs(iw) > 1e6) return undefined;
  const { m, e } = decompose(iv);
  const n = Math.abs(iw);
  const mbits = m.toString(2).length;
  if (mbits * n > EXACT_POW_BITS) return undefined;
  const mn = m ** BigInt(n);
  if (iw > 0) return scaledToDouble(mn, e * n);
  return ratioToDouble(1n, mn, -e * n);
}

const rangeError = (): FormatError =>
  new FormatError('OverflowError', "(34, 'Numerical result out of range')", [34, 'Numerical result out of range']);

/**
 * `a ** b` for floats (float_pow). Returns `null` when the result is complex
 * (negative base, non-integral exponent): the caller must then compute
 * `complex(a) ** complex(b)`, as CPython delegates to complex pow.
 * Overflow raises OverflowError with args (34, 'Numerical result out of range').
 */
export function floatPow(iv: number, iw: number): number | null {
  let negateResult = false;
  if (iw === 0) return 1.0;
  if (iv !== iv) return iv;
  if (iw !== iw) return iv === 1.0 ? 1.0 : iw;
  if (iw === Infinity || iw === -Infinity) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if (iw > 0.0 === a > 1.0) return Math.abs(iw);
    return 0.0;
  }
  if (iv === Infinity || iv === -Infinity) {
    const odd = isOddInteger(iw);
    if (iw > 0.0) return odd ? iv : Math.abs(iv);
    return odd ? copysign(0.0, iv) : 0.0;
  }
  if (iv === 0.0) {
    const odd = isOddInteger(iw);
    if (iw < 0.0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return odd ? iv : 0.0;
  }
  if (iv < 0.0) {
    if (iw !== Math.floor(iw)) return null;
    iv = -iv;
    negateResult = isOddInteger(iw);
  }
  if (iv === 1.0) return negateResult ? -1.0 : 1.0;
  let ix: number | undefined;
  if (Number.isInteger(iw)) ix = exactIntegerPow(iv, iw);
  // sqrt is correctly rounded, as is (in practice) glibc's pow(x, 0.5).
  if (ix === undefined) ix = iw === 0.5 ? Math.sqrt(iv) : powDD(iv, iw);
  if (negateResult) ix = -ix;
  if (ix === Infinity || ix === -Infinity) throw rangeError();
  return ix;
}

/** `float.is_integer()` */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** `float.as_integer_ratio()` → [numerator, denominator] in lowest terms. */
export function floatAsIntegerRatio(x: number): [bigint, bigint] {
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert Infinity to integer ratio');
  if (x !== x) throw valueError('cannot convert NaN to integer ratio');
  if (x === 0) return [0n, 1n];
  const { m, e, neg } = decompose(x);
  const n = neg ? -m : m;
  return e >= 0 ? [n << BigInt(e), 1n] : [n, 1n << BigInt(-e)];
}

const hexView = new DataView(new ArrayBuffer(8));

/** `float.hex()` */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  hexView.setFloat64(0, x);
  const hi = hexView.getUint32(0);
  const lo = hexView.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  const lead = bexp === 0 ? '0' : '1';
  const e = bexp === 0 ? -1022 : bexp - 1023;
  return (x < 0 ? '-' : '') + '0x' + lead + '.' + frac + 'p' + (e < 0 ? '-' : '+') + Math.abs(e);
}

function hexDigit(c: string | undefined): number {
  if (c === undefined) return -1;
  const k = c.charCodeAt(0);
  if (k >= 48 && k <= 57) return k - 48;
  if (k >= 97 && k <= 102) return k - 87;
  if (k >= 65 && k <= 70) return k - 55;
  return -1;
}

const INF_NAN_PREFIX = /^[+-]?(?:inf(?:inity)?|nan)/i;

/** `float.fromhex(s)` */
export function floatFromHex(s: string): number {
  const parseError = (): FormatError => valueError('invalid hexadecimal floating-point string');
  const isSp = (c: string | undefined): boolean => c === ' ' || (c !== undefined && c >= '\t' && c <= '\r');
  let i = 0;
  const n = s.length;
  while (i < n && isSp(s[i])) i++;
  let x: number;
  let negate = false;
  const m = INF_NAN_PREFIX.exec(s.slice(i, i + 9));
  if (m) {
    const t = m[0].toLowerCase();
    const neg = t[0] === '-';
    x = t.includes('inf') ? (neg ? -Infinity : Infinity) : NaN;
    i += m[0].length;
  } else {
    if (s[i] === '-') {
      i++;
      negate = true;
    } else if (s[i] === '+') i++;
    if (s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) i += 2;
    const intStart = i;
    while (hexDigit(s[i]) >= 0) i++;
    let digits = s.slice(intStart, i);
    let fdigits = 0;
    if (s[i] === '.') {
      i++;
      const fs = i;
      while (hexDigit(s[i]) >= 0) i++;
      digits += s.slice(fs, i);
      fdigits = i - fs;
    }
    if (digits.length === 0) throw parseError();
    let exp = 0n;
    if (s[i] === 'p' || s[i] === 'P') {
      i++;
      const es = i;
      if (s[i] === '-' || s[i] === '+') i++;
      if (!(s[i]! >= '0' && s[i]! <= '9')) throw parseError();
      while (s[i]! >= '0' && s[i]! <= '9') i++;
      exp = BigInt(s.slice(es, i));
    }
    const H = BigInt('0x' + digits);
    if (H === 0n) x = 0;
    else {
      const e2 = exp - BigInt(4 * fdigits);
      const top = e2 + BigInt(H.toString(2).length);
      if (top > 1025n) x = Infinity;
      else if (top < -1080n) x = 0;
      else x = scaledToDouble(H, Number(e2));
      if (x === Infinity) {
        // Trailing garbage is still a parse error only if reached first in C;
        // CPython reports overflow before checking the rest of the string.
        throw overflowError('hexadecimal value too large to represent as a float');
      }
    }
  }
  while (i < n && isSp(s[i])) i++;
  if (i !== n) throw parseError();
  return negate ? -x : x;
}

const HASH_MODULUS = (1n << 61n) - 1n;
export const HASH_INF = 314159n;
/** CPython >= 3.10 hashes NaN by object identity. */
export const FLOAT_NAN_HASH_IS_IDENTITY = true;

/**
 * `hash(x)` for a float. For NaN CPython uses the object's identity hash
 * (_Py_HashPointer); pass it as `identityHash` (default 0n).
 */
export function hashFloat(x: number, identityHash = 0n): bigint {
  if (x !== x) return identityHash;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (x === 0) return 0n;
  const { m, e, neg } = decompose(x);
  let ee = e % 61;
  if (ee < 0) ee += 61;
  let h = (m << BigInt(ee)) % HASH_MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

/** `hash(v)` for an int. */
export function hashInt(v: bigint): bigint {
  let h = (v < 0n ? -v : v) % HASH_MODULUS;
  if (v < 0n) h = -h;
  return h === -1n ? -2n : h;
}
