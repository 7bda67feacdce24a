/**
 * Binary → decimal digit generation, the three modes of David Gay's `_Py_dg_dtoa`
 * that CPython uses, plus a port of `PyOS_double_to_string` / `format_float_short`
 * (Python/pystrtod.c) which turns digits into text.
 *
 * Model: a digit result is `{ digits, decpt }` meaning the value
 * `0.<digits> * 10**decpt`, with trailing zeros removed (like dtoa):
 *  - mode 0 (`shortestDigits`): the shortest string that round-trips. ECMAScript's
 *    Number-to-string algorithm specifies exactly the same digits (shortest, then
 *    closest, then even), so we read them from `toExponential()`.
 *  - mode 2 (`precisionDigits`): `n` significant digits, correctly rounded,
 *    half-to-even on the exact binary value.
 *  - mode 3 (`fixedDigits`): digits up to 10**-n (n may be negative), correctly
 *    rounded half-to-even. A result that rounds to zero has `digits === ''` and
 *    `decpt === -n`, as in dtoa.
 * Modes 2 and 3 are computed with exact bigint arithmetic on `m * 2**e`, so any
 * precision is exact (`format(0.1, '.60f')`), unlike `toFixed`/`toPrecision`
 * (limited to 100 digits and rounding ties away from zero).
 * Zero always yields `{ digits: '0', decpt: 1 }`.
 */

import { bitLength, decompose, isNegative } from './float-bits';

export interface Digits {
  digits: string;
  decpt: number;
}

const POW10_CACHE: bigint[] = [];
export function pow10(k: number): bigint {
  if (k < 0) throw new RangeError('negative power');
  if (k < 400) {
    let v = POW10_CACHE[k];
    if (v === undefined) {
      v = 10n ** BigInt(k);
      POW10_CACHE[k] = v;
    }
    return v;
  }
  return 10n ** BigInt(k);
}

function stripZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Mode 0: shortest round-trip digits of |x| (x finite). */
export function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const s = Math.abs(x).toExponential();
  const ePos = s.indexOf('e');
  const mant = s.slice(0, ePos);
  const exp = Number(s.slice(ePos + 1));
  const digits = mant.length === 1 ? mant : mant[0] + mant.slice(2);
  return { digits: stripZeros(digits), decpt: exp + 1 };
}

/** round-half-even(A / B) for positive bigints. */
function roundDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r2 = (a - q * b) * 2n;
  if (r2 > b || (r2 === b && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** |x| * 10**p as an exact fraction num/den (den a power of two or of ten). */
function scaled(m: bigint, e: number, p: number): [bigint, bigint] {
  let num = m;
  let den = 1n;
  if (p >= 0) num *= pow10(p);
  else den = pow10(-p);
  if (e >= 0) num <<= BigInt(e);
  else den <<= BigInt(-e);
  return [num, den];
}

/** Mode 3: |x| rounded to `n` digits after the decimal point (n may be < 0). */
export function fixedDigits(x: number, n: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const { m, e } = decompose(x);
  // Quick reject: |x| < 10**(-n) / 2 rounds to nothing. |x| < 2**(bitlen(m)+e).
  const top = bitLength(m) + e; // |x| < 2**top
  if (top * 0.30103 < -n - 1) return { digits: '', decpt: -n };
  const [num, den] = scaled(m, e, n);
  const N = roundDiv(num, den);
  if (N === 0n) return { digits: '', decpt: -n };
  const s = N.toString();
  return { digits: stripZeros(s), decpt: s.length - n };
}

/** Mode 2: |x| rounded to `n >= 1` significant digits. */
export function precisionDigits(x: number, n: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const { m, e } = decompose(x);
  // Estimate k = floor(log10|x|), then fix it exactly.
  let k = Math.floor(Math.log10(Math.abs(x)));
  const lo = pow10(n - 1);
  const hi = lo * 10n;
  for (;;) {
    const [num, den] = scaled(m, e, n - 1 - k);
    const q = num / den;
    if (q < lo) {
      k--;
      continue;
    }
    if (q >= hi) {
      k++;
      continue;
    }
    const r2 = (num - q * den) * 2n;
    let N = q;
    if (r2 > den || (r2 === den && (q & 1n) === 1n)) N = q + 1n;
    if (N === hi) return { digits: '1', decpt: k + 2 };
    return { digits: stripZeros(N.toString()), decpt: k + 1 };
  }
}

export interface DoubleToStringFlags {
  /** Py_DTSF_SIGN: always add a sign. */
  sign?: boolean;
  /** Py_DTSF_ADD_DOT_0: integers get '.0' (repr / format type ''). */
  addDot0?: boolean;
  /** Py_DTSF_ALT: '#' alternate form. */
  alt?: boolean;
  /** Py_DTSF_NO_NEG_0: 'z' — a value that rounds to zero loses its '-'. */
  noNeg0?: boolean;
}

/**
 * PyOS_double_to_string(val, format_code, precision, flags).
 * format_code: 'e' 'E' 'f' 'F' 'g' 'G' or 'r' (repr; precision must be 0).
 */
export function doubleToString(
  val: number,
  formatCode: 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r',
  precision: number,
  flags: DoubleToStringFlags = {},
): string {
  const upper = formatCode === 'E' || formatCode === 'F' || formatCode === 'G';
  let code: 'e' | 'f' | 'g' | 'r';
  let mode: 0 | 2 | 3;
  switch (formatCode) {
    case 'E':
    case 'e':
      code = 'e';
      mode = 2;
      precision++;
      break;
    case 'F':
    case 'f':
      code = 'f';
      mode = 3;
      break;
    case 'G':
    case 'g':
      code = 'g';
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    default:
      code = 'r';
      mode = 0;
      break;
  }
  return formatFloatShort(val, code, mode, precision, flags, upper);
}

function formatFloatShort(
  d: number,
  code: 'e' | 'f' | 'g' | 'r',
  mode: 0 | 2 | 3,
  precision: number,
  flags: DoubleToStringFlags,
  upper: boolean,
): string {
  if (d !== d) return upper ? 'NAN' : 'nan'; // never a sign for nan
  let neg = isNegative(d);
  if (d === Infinity || d === -Infinity) {
    return (neg ? '-' : flags.sign ? '+' : '') + (upper ? 'INF' : 'inf');
  }
  const r = mode === 0 ? shortestDigits(d) : mode === 2 ? precisionDigits(d, precision) : fixedDigits(d, precision);
  const digits = r.digits;
  let decpt = r.decpt;
  const digitsLen = digits.length;
  if (flags.noNeg0 && neg && (digitsLen === 0 || (digitsLen === 1 && digits === '0'))) neg = false;

  const addDot0 = !!flags.addDot0;
  const alt = !!flags.alt;
  let vdigitsEnd = digitsLen;
  let useExp = false;
  let exp = 0;
  switch (code) {
    case 'e':
      useExp = true;
      vdigitsEnd = precision;
      break;
    case 'f':
      vdigitsEnd = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vdigitsEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = neg ? '-' : flags.sign ? '+' : '';
  if (decpt <= 0) out += '0'.repeat(decpt - vdigitsStart) + '.' + '0'.repeat(-decpt);
  else out += '0'.repeat(-vdigitsStart);
  if (0 < decpt && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  if (digitsLen < decpt) out += '0'.repeat(decpt - digitsLen) + '.' + '0'.repeat(vdigitsEnd - decpt);
  else out += '0'.repeat(vdigitsEnd - digitsLen);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  if (useExp) {
    const a = exp < 0 ? -exp : exp;
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
  }
  return out;
}
