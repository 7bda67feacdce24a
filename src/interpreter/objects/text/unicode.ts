/**
 * Unicode helpers shared by the text modules.
 *
 * Model: Python `str` is a sequence of code points; JS strings are UTF-16. All
 * lengths, widths, precisions and indices the formatting code reasons about are
 * counted in code points (a lone surrogate counts as one code point, as in
 * Python). Character classes follow CPython's definitions:
 *  - `isPySpace`: `str.isspace()` (Py_UNICODE_ISSPACE).
 *  - `isPyPrintable`: `str.isprintable()` — not in Cc/Cf/Cs/Co/Cn/Zl/Zp/Zs, except ' '.
 *  - `decimalValue`: Py_UNICODE_TODECIMAL — the value of a `Nd` character. Unicode
 *    guarantees Nd characters come in contiguous runs of ten starting at 0, so the
 *    value is the position inside the maximal run, modulo 10.
 * The character database is the JS engine's (ICU), which may be a newer Unicode
 * version than CPython 3.12's 15.0; only newly assigned characters differ.
 */

const SURROGATE_RE = /[\uD800-\uDFFF]/;

/** True when the string has no surrogates, so `.length` is the code point count. */
export function isBmpOnly(s: string): boolean {
  return !SURROGATE_RE.test(s);
}

/** Split into code points (lone surrogates are kept as single elements). */
export function codePoints(s: string): string[] {
  if (isBmpOnly(s)) return s.split('');
  return Array.from(s);
}

/** Number of code points. */
export function cpLength(s: string): number {
  if (isBmpOnly(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** First `n` code points of `s`. */
export function cpSlice(s: string, n: number): string {
  if (isBmpOnly(s)) return s.slice(0, n);
  return Array.from(s).slice(0, n).join('');
}

export function isPySpaceCode(c: number): boolean {
  if (c < 128) return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Py_ISSPACE: the ASCII-only whitespace test used by the C-level parsers. */
export function isAsciiSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

const NON_PRINTABLE_RE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;
const ND_RE = /^\p{Nd}$/u;

export function isPyPrintable(ch: string): boolean {
  if (ch === ' ') return true;
  const c = ch.codePointAt(0)!;
  if (c < 0x7f) return c >= 0x20;
  return !NON_PRINTABLE_RE.test(ch);
}

/** Py_UNICODE_TODECIMAL for one code point: 0..9, or -1 when not a decimal digit. */
export function decimalValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c < 0x80) return -1;
  if (!ND_RE.test(String.fromCodePoint(c))) return -1;
  let n = 0;
  let p = c - 1;
  while (n < 200 && p >= 0 && ND_RE.test(String.fromCodePoint(p))) {
    n++;
    p--;
  }
  return n % 10;
}

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, '0');
}

/** `repr(s)` for a Python str, exactly as CPython's unicode_repr. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + hex(c, 2);
    else if (c < 0x7f) out += ch;
    else if (isPyPrintable(ch)) out += ch;
    else if (c <= 0xff) out += '\\x' + hex(c, 2);
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out + quote;
}

/** Replace every non-ASCII code point by a backslash escape (backslashreplace). */
export function asciiEscape(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c <= 0xff) out += '\\x' + hex(c, 2);
    else if (c <= 0xffff) out += '\\u' + hex(c, 4);
    else out += '\\U' + hex(c, 8);
  }
  return out;
}

/** `ascii(s)` for a Python str. */
export function strAscii(s: string): string {
  return asciiEscape(strRepr(s));
}

/** CPython's `%.200R` of a str: the repr truncated to 200 code points. */
export function strReprTruncated(s: string, max = 200): string {
  return cpSlice(strRepr(s), max);
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII (< 127) is kept, Unicode
 * whitespace becomes ' ', decimal digits become ASCII digits; any other character
 * becomes '?' and truncates the result there.
 */
export function transformDecimalAndSpaceToAscii(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7e]*$/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 127) out += ch;
    else if (isPySpaceCode(c)) out += ' ';
    else {
      const d = decimalValue(c);
      if (d < 0) return out + '?';
      out += String.fromCharCode(0x30 + d);
    }
  }
  return out;
}
