/**
 * int ⇄ text and float ⇄ text conversions with CPython 3.12 semantics.
 *
 * Model:
 *  - `intToString(v, base)` is `_PyLong_Format`: digits with a leading '-'
 *    (optionally the `0b`/`0o`/`0x` prefix as `bin()`/`oct()`/`hex()` add). Base 10
 *    is subject to the int max str digits limit (PEP 651 / CVE-2020-10735): more
 *    than `getIntMaxStrDigits()` digits (sign excluded) raises ValueError.
 *  - `parseIntLiteral(s, base)` is `int(s, base)` for a str argument
 *    (PyLong_FromUnicodeObject): Unicode whitespace and decimal digits are first
 *    mapped to ASCII, then ASCII whitespace around an optional sign, an optional
 *    base prefix (base 0/2/8/16), digits with single underscores between them
 *    (one underscore may follow the prefix), base 0 rejecting non-zero leading-0
 *    literals. Non power-of-two bases count digits (leading zeros included, not
 *    underscores) against the same limit. Errors quote `%.200R` of the input.
 *  - `parseFloatLiteral(s)` is `float(s)` for a str: same Unicode mapping,
 *    underscores only between digits, ASCII whitespace stripped, then a decimal
 *    literal or inf/infinity/nan (any case, optional sign). Conversion is correctly
 *    rounded (the JS engine's string-to-double is); overflow gives ±inf.
 *
 * Both parsers also accept the text of a bytes/bytearray argument (`int(b'12')`,
 * `float(b'1.5')`) as a Latin-1 JS string with `opts.bytes`: no Unicode mapping
 * (the C parser sees raw bytes), and `opts.shown` is the text quoted in error
 * messages (CPython quotes the bytes object's repr there).
 *
 * The digit limit is process-wide state, like CPython's per-interpreter setting:
 * `setIntMaxStrDigits` mirrors `sys.set_int_max_str_digits` (0 = unlimited).
 */

import { FormatError, valueError } from './errors';
import { isAsciiSpaceCode, strRepr, strReprTruncated, transformDecimalAndSpaceToAscii } from './unicode';

export const INT_MAX_STR_DIGITS_DEFAULT = 4300;
export const INT_MAX_STR_DIGITS_THRESHOLD = 640;

let maxStrDigits = INT_MAX_STR_DIGITS_DEFAULT;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** `sys.set_int_max_str_digits(n)`. */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < INT_MAX_STR_DIGITS_THRESHOLD) {
    throw valueError(`maxdigits must be 0 or larger than ${INT_MAX_STR_DIGITS_THRESHOLD}`);
  }
  maxStrDigits = n;
}

function toStrLimitError(): FormatError {
  return valueError(
    `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

function toIntLimitError(digits: number): FormatError {
  return valueError(
    `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 10: '', 16: '0x' };

/** Decimal digits of |v| (limit-checked). */
export function intToDecimal(v: bigint): string {
  const s = v.toString();
  if (maxStrDigits > 0) {
    const n = s.length - (v < 0n ? 1 : 0);
    if (n > maxStrDigits) throw toStrLimitError();
  }
  return s;
}

/**
 * `str(v)` for base 10; for 2/8/16 the lower-case digits, and with `prefix` the
 * `bin()`/`oct()`/`hex()` form (`-0x1f`).
 */
export function intToString(v: bigint, base: 2 | 8 | 10 | 16 = 10, prefix = false): string {
  if (base === 10) return intToDecimal(v);
  const neg = v < 0n;
  const digits = (neg ? -v : v).toString(base);
  return (neg ? '-' : '') + (prefix ? PREFIX[base] : '') + digits;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 37;
}

/** Convert a validated digit string (no underscores) in `base` to a bigint. */
function digitsToBigint(d: string, base: number): bigint {
  switch (base) {
    case 10:
      return BigInt(d);
    case 16:
      return BigInt('0x' + d);
    case 8:
      return BigInt('0o' + d);
    case 2:
      return BigInt('0b' + d);
  }
  if (base === 4 || base === 32) {
    const bits = base === 4 ? 2 : 5;
    let b = '';
    for (let i = 0; i < d.length; i++) b += digitValue(d.charCodeAt(i)).toString(2).padStart(bits, '0');
    return BigInt('0b' + b);
  }
  return convertChunked(d, base);
}

function convertChunked(d: string, base: number): bigint {
  // Divide and conquer keeps big conversions sub-quadratic-ish.
  if (d.length <= 10) return BigInt(parseInt(d, base));
  const half = d.length >> 1;
  const hi = convertChunked(d.slice(0, d.length - half), base);
  const lo = convertChunked(d.slice(d.length - half), base);
  return hi * BigInt(base) ** BigInt(half) + lo;
}

/** How a bytes argument is parsed: see the module comment. */
export interface LiteralOptions {
  /** The text is a bytes object's content (Latin-1): no Unicode mapping. */
  bytes?: boolean;
  /** What error messages quote instead of the str repr of the text. */
  shown?: string;
}

/** `int(s, base)` for a str `s`. `base` is 0 or 2..36. */
export function parseIntLiteral(s: string, base: number | bigint = 10, opts?: LiteralOptions): bigint {
  if (typeof base === 'bigint') {
    if (base > 36n || base < -1n) base = 99;
    else base = Number(base);
  }
  if ((base !== 0 && base < 2) || base > 36) {
    throw valueError('int() base must be >= 2 and <= 36, or 0');
  }
  const origBase = base;
  const invalid = (): FormatError =>
    valueError(`invalid literal for int() with base ${origBase}: ${opts?.shown ?? strReprTruncated(s)}`);
  let t = opts?.bytes ? s : transformDecimalAndSpaceToAscii(s);
  // The C parser sees a NUL-terminated buffer and must consume all of it.
  const nul = t.indexOf('\0');
  const hasNul = nul >= 0;
  if (hasNul) t = t.slice(0, nul);

  let i = 0;
  const n = t.length;
  while (i < n && isAsciiSpaceCode(t.charCodeAt(i))) i++;
  let neg = false;
  if (t[i] === '+') i++;
  else if (t[i] === '-') {
    neg = true;
    i++;
  }
  let errorIfNonzero = false;
  const c1 = t[i + 1];
  if (base === 0) {
    if (t[i] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else {
      errorIfNonzero = true;
      base = 10;
    }
  }
  if (
    t[i] === '0' &&
    ((base === 16 && (c1 === 'x' || c1 === 'X')) ||
      (base === 8 && (c1 === 'o' || c1 === 'O')) ||
      (base === 2 && (c1 === 'b' || c1 === 'B')))
  ) {
    i += 2;
    if (t[i] === '_') i++;
  }
  // long_from_string_base
  const start = i;
  if (t[i] === '_') throw invalid();
  let prev = '';
  let digits = 0;
  let hasUnderscore = false;
  while (i < n) {
    const ch = t[i]!;
    if (ch === '_') {
      if (prev === '_') throw invalid();
      hasUnderscore = true;
    } else if (digitValue(ch.charCodeAt(0)) < base) digits++;
    else break;
    prev = ch;
    i++;
  }
  if (prev === '_') throw invalid();
  const end = i;
  if (start === end) throw invalid();
  while (i < n && isAsciiSpaceCode(t.charCodeAt(i))) i++;
  if (i !== n) throw invalid();
  const isBinaryBase = (base & (base - 1)) === 0;
  if (!isBinaryBase && digits > INT_MAX_STR_DIGITS_THRESHOLD && maxStrDigits > 0 && digits > maxStrDigits) {
    throw toIntLimitError(digits);
  }
  let body = t.slice(start, end);
  if (hasUnderscore) body = body.replace(/_/g, '');
  const v = digitsToBigint(body, base);
  if (errorIfNonzero && v !== 0n) throw invalid();
  if (hasNul) throw invalid();
  return neg ? -v : v;
}

const FLOAT_RE = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const INF_NAN_RE = /^([+-]?)(?:(inf(?:inity)?)|nan)$/i;

/** `float(s)` for a str `s`. */
export function parseFloatLiteral(s: string, opts?: LiteralOptions): number {
  const x = tryParseFloatLiteral(s, opts?.bytes);
  if (x === null) throw valueError(`could not convert string to float: ${opts?.shown ?? strRepr(s)}`);
  return x;
}

/** `parseFloatLiteral` that returns null instead of raising (complex() parses parts with it). */
export function tryParseFloatLiteral(s: string, bytes = false): number | null {
  let t = bytes ? s : transformDecimalAndSpaceToAscii(s);
  if (t.includes('\0')) return null;
  if (t.includes('_')) {
    // _Py_string_to_number_with_underscores
    let prev = '';
    let out = '';
    for (let i = 0; i < t.length; i++) {
      const ch = t[i]!;
      if (ch === '_') {
        if (!(prev >= '0' && prev <= '9' && prev.length === 1)) return null;
      } else {
        out += ch;
        if (prev === '_' && !(ch >= '0' && ch <= '9')) return null;
      }
      prev = ch;
    }
    if (prev === '_') return null;
    t = out;
  }
  let a = 0;
  let b = t.length;
  while (a < b && isAsciiSpaceCode(t.charCodeAt(a))) a++;
  if (a === b) return null;
  while (b - 1 > a && isAsciiSpaceCode(t.charCodeAt(b - 1))) b--;
  const body = t.slice(a, b);
  if (FLOAT_RE.test(body)) return Number(body);
  const m = INF_NAN_RE.exec(body);
  if (m) {
    if (m[2]) return m[1] === '-' ? -Infinity : Infinity;
    return NaN;
  }
  return null;
}
