/**
 * Formatting glue between Python objects and text (Python/formatter_unicode.c,
 * Objects/stringlib/unicode_format.h, Objects/unicodeobject.c's PyUnicode_Format,
 * Objects/bytesobject.c's _PyBytes_FormatEx, Python/pystrtod.c):
 *
 *  - `formatObject(v, spec)` — the builtin `format()` and FORMAT_VALUE (PyObject_Format);
 *  - native `__format__` for int (and bool), float and str;
 *  - `str.format` / `str.format_map` (replacement fields, conversions, nested specs);
 *  - `%`-formatting of str and bytes;
 *  - the VM's str / repr / ascii / format hooks and float repr (shortest round-trip digits).
 *
 * The format-spec mini-language and the float/int renderers are implemented locally here
 * (exact decimal arithmetic on BigInt so rounding is CPython's round-half-even on the exact
 * binary value).
 */
import { PyObject, decref } from './object';
import { strType, intType, floatType, boolType, dictType, tupleType } from './core-types';
import { PyStr, newStr } from './str';
import { PyInt, newInt } from './int';
import { PyFloat } from './float';
import { PyTuple } from './tuple';
import { raiseWith } from './exceptions';
import { PyDict, dictGet } from './dict';
import { typeError, valueError, indexError, overflowError, raise, exceptionFactory } from './errors';
import { registerTypeInit } from './bootstrap';
import { defineMethod } from './descriptors';
import { repr as pyRepr, str as pyStr, getAttr, getItem, lookupSpecial, call } from './abstract';
import { percentHook } from './str-type';
import { floatFormat } from './float-type';
import { vmHooks } from '../vm/hooks';
import { PyBytes, PyByteArray, newBytes, newByteArray, bytesLike, bytesReprText } from './bytes';

// ================================================================== format spec

export interface FormatSpec {
  fill: string;
  align: string; // '' | '<' | '>' | '^' | '='
  sign: string; // '' | '+' | '-' | ' '
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number; // -1 = none
  grouping: string; // '' | ',' | '_'
  precision: number; // -1 = none
  type: string; // '' or one char
}

function fmtError(msg: string) {
  return valueError(msg);
}

export function parseFormatSpec(spec: string, typeName: string, defaultType: string): FormatSpec {
  const cps = Array.from(spec);
  const r: FormatSpec = { fill: ' ', align: '', sign: '', z: false, alt: false, zero: false, width: -1, grouping: '', precision: -1, type: defaultType };
  let i = 0;
  const isAlign = (c: string | undefined) => c === '<' || c === '>' || c === '^' || c === '=';
  let fillGiven = false;
  if (cps.length >= 2 && isAlign(cps[1])) {
    r.fill = cps[0];
    r.align = cps[1];
    fillGiven = true;
    i = 2;
  } else if (isAlign(cps[0])) {
    r.align = cps[0];
    i = 1;
  }
  if (cps[i] === '+' || cps[i] === '-' || cps[i] === ' ') r.sign = cps[i++];
  if (cps[i] === 'z') {
    r.z = true;
    i++;
  }
  if (cps[i] === '#') {
    r.alt = true;
    i++;
  }
  if (cps[i] === '0') {
    r.zero = true;
    if (!fillGiven) r.fill = '0';
    if (r.align === '') r.align = '=';
    i++;
  }
  const readInt = (): number => {
    let s = '';
    while (i < cps.length && cps[i] >= '0' && cps[i] <= '9') s += cps[i++];
    if (s === '') return -1;
    if (s.length > 18 || Number(s) > 2 ** 62) throw fmtError('Too many decimal digits in format string');
    return Number(s);
  };
  r.width = readInt();
  if (cps[i] === ',') {
    r.grouping = ',';
    i++;
  }
  if (cps[i] === '_') {
    if (r.grouping !== '') throw fmtError("Cannot specify both ',' and '_'.");
    r.grouping = '_';
    i++;
  }
  if (cps[i] === ',') throw fmtError("Cannot specify both ',' and '_'.");
  if (cps[i] === '.') {
    i++;
    r.precision = readInt();
    if (r.precision < 0) throw fmtError('Format specifier missing precision');
  }
  if (cps.length - i > 1) throw fmtError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (i < cps.length) r.type = cps[i];
  if (r.grouping !== '') {
    const t = r.type;
    const ok = r.grouping === ','
      ? ['', 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F'].includes(t)
      : ['', 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 'b', 'o', 'x', 'X'].includes(t);
    if (!ok) throw fmtError(`Cannot specify '${r.grouping}' with '${t}'.`);
  }
  return r;
}

function unknownCode(t: string, typeName: string) {
  const c = t.codePointAt(0)!;
  if (c > 32 && c < 128) return fmtError(`Unknown format code '${t}' for object of type '${typeName}'`);
  return fmtError(`Unknown format code '\\x${c.toString(16)}' for object of type '${typeName}'`);
}

/**
 * Insert grouping separators into a digit string, zero-padding up to minWidth
 * (_PyUnicode_InsertThousandsGrouping's loop, groups of `every` repeated).
 */
function group(digits: string, sep: string, every: number, minWidth: number): string {
  if (sep === '') {
    return digits.length < minWidth ? '0'.repeat(minWidth - digits.length) + digits : digits;
  }
  const parts: string[] = [];
  let remaining = digits.length;
  let mw = minWidth;
  let end = digits.length;
  for (;;) {
    const len = Math.min(every, Math.max(remaining, mw, 1));
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    parts.unshift('0'.repeat(nZeros) + digits.slice(end - nChars, end));
    end -= nChars;
    remaining -= nChars;
    mw -= len;
    if (remaining <= 0 && mw <= 0) break;
    mw -= sep.length;
  }
  return parts.join(sep);
}

/** Pad `body` (already including sign/prefix) to the spec's width. `signLen` = chars before digits for '='. */
function align(prefix: string, digitsPart: string, spec: FormatSpec, defaultAlign: string): string {
  const total = Array.from(prefix).length + Array.from(digitsPart).length;
  const w = spec.width;
  if (w <= total) return prefix + digitsPart;
  const padn = w - total;
  const a = spec.align || defaultAlign;
  const f = spec.fill;
  if (a === '<') return prefix + digitsPart + f.repeat(padn);
  if (a === '>') return f.repeat(padn) + prefix + digitsPart;
  if (a === '^') {
    const left = padn >> 1;
    return f.repeat(left) + prefix + digitsPart + f.repeat(padn - left);
  }
  return prefix + f.repeat(padn) + digitsPart; // '='
}

// ------------------------------------------------------------------ int

export function formatIntSpec(v: number | bigint, specText: string, typeName = 'int'): string {
  const spec = parseFormatSpec(specText, typeName, 'd');
  const t = spec.type;
  if (['e', 'E', 'f', 'F', 'g', 'G', '%', 'n'].includes(t) && t !== 'n') {
    return formatFloatParsed(intToDouble(v), spec, typeName, true);
  }
  if (!['b', 'c', 'd', 'o', 'x', 'X', 'n'].includes(t)) throw unknownCode(t, typeName);
  if (spec.precision >= 0) throw fmtError('Precision not allowed in integer format specifier');
  if (spec.z) throw fmtError('Negative zero coercion (z) not allowed in integer format specifier');
  if (t === 'c') {
    if (spec.sign !== '') throw fmtError("Sign not allowed with integer format specifier 'c'");
    if (spec.alt) throw fmtError("Alternate form (#) not allowed with integer format specifier 'c'");
    const n = typeof v === 'bigint' ? Number(v) : v;
    if (n < 0 || n > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return align('', String.fromCodePoint(n), spec, '<');
  }
  if (t === 'n' && spec.grouping !== '') throw fmtError(`Cannot specify '${spec.grouping}' with 'n'.`);
  const neg = typeof v === 'bigint' ? v < 0n : v < 0;
  const abs = typeof v === 'bigint' ? (neg ? -v : v) : Math.abs(v);
  const radix = t === 'b' ? 2 : t === 'o' ? 8 : t === 'x' || t === 'X' ? 16 : 10;
  let digits = abs.toString(radix);
  if (t === 'X') digits = digits.toUpperCase();
  const prefix = spec.alt ? (radix === 2 ? '0b' : radix === 8 ? '0o' : radix === 16 ? (t === 'X' ? '0X' : '0x') : '') : '';
  const sign = neg ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  return finishNumber(sign + prefix, digits, '', spec, radix === 10 ? 3 : 4);
}

/** Lay out sign+prefix, integer digits (grouped), and the rest (fraction/exponent). */
function finishNumber(signPrefix: string, intDigits: string, rest: string, spec: FormatSpec, every: number): string {
  if (spec.align === '=' && spec.fill === '0' && spec.width > 0 && spec.zero) {
    // zero padding goes through the grouping routine (separators inside the padding)
    const minWidth = spec.width - signPrefix.length - rest.length;
    const grouped = group(intDigits, spec.grouping, every, minWidth);
    return signPrefix + grouped + rest;
  }
  const grouped = spec.grouping === '' ? intDigits : group(intDigits, spec.grouping, every, 0);
  return align(signPrefix, grouped + rest, spec, '>');
}

function intToDouble(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) throw overflowError('int too large to convert to float');
  return f;
}

// ------------------------------------------------------------------ exact decimal conversion

/** x = mant * 2**exp exactly (x finite, nonzero). */
function decompose(x: number): { mant: bigint; exp: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, Math.abs(x));
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (e === 0) exp = -1074;
  else {
    m |= 1n << 52n;
    exp = e - 1075;
  }
  return { mant: m, exp };
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** round-half-even(|x| * 10**s) as a BigInt. */
function scaledRound(x: number, s: number): bigint {
  if (x === 0) return 0n;
  const { mant, exp } = decompose(x);
  let num = mant;
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (s >= 0) num *= pow10(s);
  else den *= pow10(-s);
  const q = num / den;
  const r = num - q * den;
  const twice = r * 2n;
  if (twice > den || (twice === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** Digits of |x| rounded to `ndig` significant digits: [digits, decimal exponent of first digit]. */
function sigDigits(x: number, ndig: number): [string, number] {
  if (x === 0) return ['0'.repeat(ndig), 0];
  let e = Math.floor(Math.log10(Math.abs(x)));
  for (let tries = 0; tries < 3; tries++) {
    const q = scaledRound(x, ndig - 1 - e);
    const d = q.toString();
    if (d.length === ndig) return [d, e];
    if (d.length > ndig) {
      // either log10 underestimated or rounding carried to a new digit
      if (d.length === ndig + 1 && /^10*$/.test(d)) return [d.slice(0, ndig), e + 1];
      e++;
    } else e--;
  }
  const q = scaledRound(x, ndig - 1 - e);
  return [q.toString().slice(0, ndig), e];
}

/** Shortest round-trip digits of |x| and the exponent of the first digit. */
function shortestDigits(x: number): [string, number] {
  const s = Math.abs(x).toExponential();
  const [m, ex] = s.split('e');
  return [m.replace('.', ''), Number(ex)];
}

function expStr(e: number): string {
  const a = Math.abs(e);
  return (e < 0 ? '-' : '+') + (a < 10 ? '0' + a : String(a));
}

/** float repr (Python's repr: shortest digits, 'r' mode, sci when exp < -4 or >= 16). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0.0';
  const [d, e] = shortestDigits(x);
  return sign + layoutRepr(d, e, true);
}

function layoutRepr(d: string, e: number, addDotZero: boolean, sciThreshold = 16): string {
  if (e < -4 || e >= sciThreshold) {
    const mant = d.length > 1 ? d[0] + '.' + d.slice(1) : d;
    return mant + 'e' + expStr(e);
  }
  if (e < 0) return '0.' + '0'.repeat(-e - 1) + d;
  if (d.length <= e + 1) return d + '0'.repeat(e + 1 - d.length) + (addDotZero ? '.0' : '');
  return d.slice(0, e + 1) + '.' + d.slice(e + 1);
}

// ------------------------------------------------------------------ float

export function formatFloatSpec(x: number, specText: string, typeName = 'float'): string {
  const spec = parseFormatSpec(specText, typeName, '');
  return formatFloatParsed(x, spec, typeName, false);
}

function formatFloatParsed(x: number, spec: FormatSpec, typeName: string, fromInt: boolean): string {
  let t = spec.type;
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n'].includes(t)) throw unknownCode(t, typeName);
  if (t === 'n' && spec.grouping !== '') throw fmtError(`Cannot specify '${spec.grouping}' with 'n'.`);
  if (fromInt && t === '') t = 'd';
  let p = spec.precision;
  const upper = t === 'E' || t === 'F' || t === 'G';
  let neg = x < 0 || Object.is(x, -0);
  let body: string; // digits incl. '.', exponent; no sign
  let value = Math.abs(x);
  let suffix = '';
  if (t === '%') {
    value *= 100;
    suffix = '%';
  }
  if (Number.isNaN(x)) {
    body = upper ? 'NAN' : 'nan';
    neg = false;
  } else if (!Number.isFinite(x)) body = upper ? 'INF' : 'inf';
  else if (t === '') {
    if (p < 0) {
      const r = floatRepr(value);
      body = r;
      if (spec.alt && !r.includes('.') && !r.includes('e')) body += '.';
      else if (spec.alt && r.includes('e') && !r.split('e')[0].includes('.')) body = r.replace('e', '.e');
    } else {
      body = gFormat(value, p === 0 ? 1 : p, spec.alt, true);
    }
  } else if (t === 'f' || t === 'F' || t === '%') {
    if (p < 0) p = 6;
    body = fixed(value, p, spec.alt);
  } else if (t === 'e' || t === 'E') {
    if (p < 0) p = 6;
    body = sci(value, p, spec.alt);
    if (upper) body = body.toUpperCase();
  } else {
    // g, G, n
    if (p < 0) p = 6;
    body = gFormat(value, p === 0 ? 1 : p, spec.alt, false);
    if (upper) body = body.toUpperCase();
  }
  if (spec.z && neg && Number.isFinite(x) && /^[0.]*(e.*)?$/i.test(body.replace(/[eE][+-]\d+$/, ''))) neg = false;
  const sign = neg ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
  // split integer digits from the rest for grouping / zero padding
  const m = /^(\d*)(.*)$/.exec(body)!;
  if (!Number.isFinite(x)) {
    return finishNumber(sign, '', body + suffix, { ...spec, grouping: '' }, 3);
  }
  return finishNumber(sign, m[1], m[2] + suffix, spec, 3);
}

function fixed(v: number, p: number, alt: boolean): string {
  const q = scaledRound(v, p).toString();
  let s: string;
  if (p === 0) s = q;
  else {
    const padded = q.padStart(p + 1, '0');
    s = padded.slice(0, padded.length - p) + '.' + padded.slice(padded.length - p);
  }
  if (alt && p === 0) s += '.';
  return s;
}

function sci(v: number, p: number, alt: boolean): string {
  const [d, e] = v === 0 ? ['0'.repeat(p + 1), 0] : sigDigits(v, p + 1);
  let mant = d[0];
  if (p > 0) mant += '.' + d.slice(1);
  else if (alt) mant += '.';
  return mant + 'e' + expStr(e);
}

/** 'g' (and the '' type with a precision: `noneType` keeps at least one fractional digit). */
function gFormat(v: number, p: number, alt: boolean, noneType: boolean): string {
  if (v === 0) {
    const [d, e] = ['0'.repeat(p), 0];
    return gLayout(d, e, p, alt, noneType);
  }
  const [d, e] = sigDigits(v, p);
  return gLayout(d, e, p, alt, noneType);
}

function gLayout(d: string, e: number, p: number, alt: boolean, noneType: boolean): string {
  let digits = d;
  if (!alt) digits = digits.replace(/0+$/, '') || '0';
  if (e < -4 || e >= (noneType ? p - 1 : p)) {
    let mant = digits[0];
    if (digits.length > 1) mant += '.' + digits.slice(1);
    else if (alt) mant += '.';
    return mant + 'e' + expStr(e);
  }
  let s: string;
  if (e < 0) s = '0.' + '0'.repeat(-e - 1) + digits;
  else if (digits.length <= e + 1) {
    s = digits + '0'.repeat(e + 1 - digits.length);
    if (alt) s += '.';
    else if (noneType) s += '.0';
  } else s = digits.slice(0, e + 1) + '.' + digits.slice(e + 1);
  return s;
}

// ------------------------------------------------------------------ str

export function formatStrSpec(s: string, specText: string, typeName = 'str'): string {
  const spec = parseFormatSpec(specText, typeName, 's');
  if (spec.type !== 's') throw unknownCode(spec.type, typeName);
  if (spec.sign !== '') throw fmtError('Sign not allowed in string format specifier');
  if (spec.z) throw fmtError('Negative zero coercion (z) not allowed in string format specifier');
  if (spec.alt) throw fmtError('Alternate form (#) not allowed in string format specifier');
  if (spec.align === '=') {
    if (spec.zero && specText.replace(/^.?[<>^=]/, '').startsWith('0') && !/^.?[<>^=]/.test(specText)) {
      spec.align = '<';
    } else throw fmtError("'=' alignment not allowed in string format specifier");
  }
  let v = s;
  if (spec.precision >= 0) {
    const cps = Array.from(s);
    if (cps.length > spec.precision) v = cps.slice(0, spec.precision).join('');
  }
  return align('', v, spec, '<');
}

// ================================================================== object-level format

/** PyObject_Format(v, spec): a new reference to a str. */
export function formatObject(v: PyObject, spec: string): PyStr {
  if (spec === '') {
    if (v.type === strType) {
      v.rc++;
      return v as PyStr;
    }
    if (v.type === intType) return pyStr(v);
  }
  const m = lookupSpecial(v, '__format__');
  if (m === null) throw typeError(`Type ${v.type.name} doesn't define __format__`);
  const specObj = newStr(spec);
  let r: PyObject;
  try {
    r = call(m, [specObj]);
  } finally {
    decref(specObj);
    decref(m);
  }
  if (!(r instanceof PyStr)) {
    const n = r.type.name;
    decref(r);
    throw typeError(`__format__ must return a str, not ${n}`);
  }
  return r;
}

function specArg(args: PyObject[], kw: string[] | null, qual: string): string {
  if (kw !== null && kw.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
  const s = args[0];
  if (!(s instanceof PyStr)) throw typeError(`${qual}() argument must be str, not ${s.type.name}`);
  return s.value;
}

// ================================================================== ascii()

export function asciiEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

export function asciiOf(v: PyObject): PyStr {
  const r = pyRepr(v);
  if (r.kind === 0) return r;
  const s = asciiEscape(r.value);
  decref(r);
  return newStr(s);
}

function convert(v: PyObject, conv: string): PyObject {
  if (conv === 'r') return pyRepr(v);
  if (conv === 's') return pyStr(v);
  if (conv === 'a') return asciiOf(v);
  throw valueError(`Unknown conversion specifier ${conv}`);
}

// ================================================================== str.format

interface Source {
  args: PyObject[];
  kwargs: ((name: string) => PyObject) | null;
  auto: number; // -1 = manual numbering in use, otherwise next auto index; -2 = not yet decided
  mode: '' | 'auto' | 'manual';
  noPositional?: boolean;
}

function keyError(key: PyObject) {
  const t = raiseWith(exceptionFactory.types['KeyError'], [key]);
  decref(key);
  return t;
}

function renderFormat(fmt: string, src: Source, depth: number): string {
  if (depth <= 0) throw valueError('Max string recursion exceeded');
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    // literal text up to '{' or '}' (MarkupIterator_next)
    let j = i;
    while (j < n && fmt[j] !== '{' && fmt[j] !== '}') j++;
    out += fmt.slice(i, j);
    if (j >= n) break;
    const c = fmt[j];
    const atEnd = j + 1 >= n;
    if (c === '}' && (atEnd || fmt[j + 1] !== '}')) throw valueError("Single '}' encountered in format string");
    if (atEnd && c === '{') throw valueError("Single '{' encountered in format string");
    if (fmt[j + 1] === c) {
      out += c;
      i = j + 2;
      continue;
    }
    i = parseAndRenderField(fmt, j + 1, src, depth, (text) => {
      out += text;
    });
  }
  return out;
}

/** parse_field + the rendering of one replacement field; returns the index after its '}'. */
function parseAndRenderField(fmt: string, start: number, src: Source, depth: number, emit: (s: string) => void): number {
  const n = fmt.length;
  let i = start;
  let c = '';
  while (i < n) {
    c = fmt[i++];
    if (c === '{') throw valueError("unexpected '{' in field name");
    if (c === '[') {
      while (i < n && fmt[i] !== ']') i++;
      c = '';
      continue;
    }
    if (c === '}' || c === ':' || c === '!') break;
    c = '';
  }
  const name = fmt.slice(start, c === '' ? i : i - 1);
  let conv = '';
  let spec = '';
  let expand = false;
  if (c === '!' || c === ':') {
    let done = false;
    if (c === '!') {
      if (i >= n) throw valueError('end of string while looking for conversion specifier');
      conv = fmt[i++];
      if (i < n) {
        const d = fmt[i++];
        if (d === '}') done = true;
        else if (d !== ':') throw valueError("expected ':' after conversion specifier");
      }
    }
    if (!done) {
      const specStart = i;
      let count = 1;
      let closed = false;
      while (i < n) {
        const d = fmt[i++];
        if (d === '{') {
          expand = true;
          count++;
        } else if (d === '}') {
          count--;
          if (count === 0) {
            spec = fmt.slice(specStart, i - 1);
            closed = true;
            break;
          }
        }
      }
      if (!closed) throw valueError("unmatched '{' in format spec");
    }
  } else if (c !== '}') {
    throw valueError("expected '}' before end of string");
  }
  emit(renderField(name, conv, spec, expand, src, depth));
  return i;
}

function renderField(name: string, conv: string, spec: string, expand: boolean, src: Source, depth: number): string {
  const obj = resolveField(name, src);
  try {
    let v = obj;
    if (conv !== '') v = convert(obj, conv);
    try {
      if (expand) spec = renderFormat(spec, src, depth - 1);
      const r = formatObject(v, spec);
      const s = r.value;
      decref(r);
      return s;
    } finally {
      if (v !== obj) decref(v);
    }
  } finally {
    decref(obj);
  }
}

function resolveField(name: string, src: Source): PyObject {
  // first part: up to '.' or '['
  let i = 0;
  while (i < name.length && name[i] !== '.' && name[i] !== '[') i++;
  const first = name.slice(0, i);
  let obj: PyObject;
  if ((first === '' || /^\d+$/.test(first)) && src.noPositional) throw valueError('Format string contains positional fields');
  if (first === '') {
    if (src.mode === 'manual') throw valueError('cannot switch from manual field specification to automatic field numbering');
    src.mode = 'auto';
    obj = positional(src, src.auto++);
  } else if (/^\d+$/.test(first)) {
    if (src.mode === 'auto') throw valueError('cannot switch from automatic field numbering to manual field specification');
    src.mode = 'manual';
    const idx = Number(first);
    if (!Number.isSafeInteger(idx)) throw valueError('Too many decimal digits in format string');
    obj = positional(src, idx);
  } else {
    if (src.kwargs === null) {
      const k = newStr(first);
      throw keyError(k);
    }
    obj = src.kwargs(first);
  }
  // rest: .attr or [key]
  try {
    while (i < name.length) {
      if (name[i] === '.') {
        let j = i + 1;
        while (j < name.length && name[j] !== '.' && name[j] !== '[') j++;
        const attr = name.slice(i + 1, j);
        if (attr === '') throw valueError('Empty attribute in format string');
        const next = getAttr(obj, attr);
        decref(obj);
        obj = next;
        i = j;
      } else if (name[i] === '[') {
        const j = name.indexOf(']', i);
        if (j < 0) throw valueError("Missing ']' in format string");
        const keyText = name.slice(i + 1, j);
        if (keyText === '') throw valueError('Empty attribute in format string');
        const key = /^\d+$/.test(keyText) ? newInt(Number(keyText)) : newStr(keyText);
        let next: PyObject;
        try {
          next = mappingGet(obj, key);
        } finally {
          decref(key);
        }
        decref(obj);
        obj = next;
        i = j + 1;
        if (i < name.length && name[i] !== '.' && name[i] !== '[') {
          throw valueError("Only '.' or '[' may follow ']' in format field specifier");
        }
      } else {
        throw valueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
  } catch (e) {
    decref(obj);
    throw e;
  }
  return obj;
}

/** obj[key] with a fast path for exact dicts (KeyError with the key, as dict's mp_subscript). */
export function mappingGet(obj: PyObject, key: PyObject): PyObject {
  if (obj instanceof PyDict && obj.type === dictType) {
    const v = dictGet(obj, key);
    if (v === null) {
      key.rc++;
      throw keyError(key);
    }
    v.rc++;
    return v;
  }
  return getItem(obj, key);
}

function positional(src: Source, idx: number): PyObject {
  if (idx >= src.args.length) {
    throw indexError(`Replacement index ${idx} out of range for positional args tuple`);
  }
  const v = src.args[idx];
  v.rc++;
  return v;
}

export function strFormat(self: PyStr, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const pos = args.slice(0, args.length - nkw);
  const kwv = args.slice(args.length - nkw);
  const src: Source = {
    args: pos,
    kwargs:
      nkw === 0
        ? null
        : (name) => {
            const i = kw!.indexOf(name);
            if (i < 0) throw keyError(newStr(name));
            kwv[i].rc++;
            return kwv[i];
          },
    auto: 0,
    mode: '',
  };
  return newStr(renderFormat(self.value, src, 2));
}

export function strFormatMap(self: PyStr, mapping: PyObject): PyObject {
  const src: Source = {
    args: [],
    kwargs: (name) => {
      const k = newStr(name);
      try {
        if (mapping instanceof PyDict && mapping.type === dictType) {
          const v = dictGet(mapping, k);
          if (v === null) {
            k.rc++;
            throw keyError(k);
          }
          v.rc++;
          return v;
        }
        return mappingGet(mapping, k);
      } finally {
        decref(k);
      }
    },
    auto: 0,
    mode: '',
    noPositional: true,
  };
  return newStr(renderFormat(self.value, src, 2));
}

// ================================================================== %-formatting

interface PercentTarget {
  bytes: boolean;
}

function numberFor(v: PyObject, code: string, target: PercentTarget): number | bigint {
  if (v instanceof PyInt) return v.value;
  if (v instanceof PyFloat) {
    if (code === 'x' || code === 'X' || code === 'o' || code === 'c') {
      throw typeError(`%${code} format: an integer is required, not ${v.type.name}`);
    }
    const f = v.value;
    if (Number.isNaN(f)) throw valueError('cannot convert float NaN to integer');
    if (!Number.isFinite(f)) throw overflowError('cannot convert float infinity to integer');
    const t = Math.trunc(f);
    return Number.isSafeInteger(t) ? t : BigInt(t);
  }
  if (v.type.slots.index) {
    const r = v.type.slots.index(v) as PyInt;
    const x = r.value;
    decref(r);
    return x;
  }
  if (code !== 'x' && code !== 'X' && code !== 'o' && v.type.slots.int) {
    const r = v.type.slots.int(v) as PyInt;
    const x = r.value;
    decref(r);
    return x;
  }
  void target;
  if (code === 'x' || code === 'X' || code === 'o') throw typeError(`%${code} format: an integer is required, not ${v.type.name}`);
  throw typeError(`%${code} format: a real number is required, not ${v.type.name}`);
}

function floatFor(v: PyObject, code: string): number {
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyInt) return intToDouble(v.value);
  if (v.type.slots.float) {
    const r = v.type.slots.float(v) as PyFloat;
    const x = r.value;
    decref(r);
    return x;
  }
  if (v.type.slots.index) {
    const r = v.type.slots.index(v) as PyInt;
    const x = intToDouble(r.value);
    decref(r);
    return x;
  }
  throw typeError(`must be real number, not ${v.type.name}`);
  void code;
}

/** The core of PyUnicode_Format / _PyBytes_FormatEx over code units of `fmt` (a JS string). */
function percentFormat(fmt: string, argsObj: PyObject, target: PercentTarget, textOf: (v: PyObject, code: string) => string): string {
  const isTuple = argsObj instanceof PyTuple && argsObj.type.isSubtypeOf(tupleType);
  const args: PyObject[] = isTuple ? (argsObj as PyTuple).items : [argsObj];
  const isMapping =
    !isTuple && !(argsObj instanceof PyStr) && !(argsObj instanceof PyBytes) &&
    (argsObj.type.slots.getitem !== undefined || argsObj instanceof PyDict) && argsObj.type !== tupleType;
  let argi = 0;
  let usedDict = false;
  const next = (): PyObject => {
    if (argi >= args.length) throw typeError('not enough arguments for format string');
    return args[argi++];
  };
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c !== '%') {
      const k = fmt.indexOf('%', i);
      const e = k < 0 ? n : k;
      out += fmt.slice(i, e);
      i = e;
      continue;
    }
    i++;
    if (i >= n) throw valueError('incomplete format');
    let arg: PyObject | null = null;
    let ownedArg = false;
    if (fmt[i] === '(') {
      if (!isMapping) throw typeError('format requires a mapping');
      let depth = 1;
      let j = i + 1;
      while (j < n && depth > 0) {
        if (fmt[j] === '(') depth++;
        else if (fmt[j] === ')') depth--;
        j++;
      }
      if (depth > 0) throw valueError('incomplete format key');
      const keyText = fmt.slice(i + 1, j - 1);
      const key = target.bytes ? newBytes(fromLatin1Str(keyText)) : newStr(keyText);
      try {
        arg = mappingGet(argsObj, key);
      } finally {
        decref(key);
      }
      ownedArg = true;
      usedDict = true;
      i = j;
    }
    try {
      let flags = '';
      while (i < n && '-+ #0'.includes(fmt[i])) flags += fmt[i++];
      let width = -1;
      if (fmt[i] === '*') {
        const w = next();
        if (!(w instanceof PyInt)) throw typeError('* wants int');
        width = Number(w.value);
        if (width < 0) {
          flags += '-';
          width = -width;
        }
        i++;
      } else {
        let ws = '';
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') ws += fmt[i++];
        if (ws !== '') width = Number(ws);
      }
      let prec = -1;
      if (fmt[i] === '.') {
        i++;
        if (fmt[i] === '*') {
          const p = next();
          if (!(p instanceof PyInt)) throw typeError('* wants int');
          prec = Math.max(0, Number(p.value));
          i++;
        } else {
          let ps = '';
          while (i < n && fmt[i] >= '0' && fmt[i] <= '9') ps += fmt[i++];
          prec = ps === '' ? 0 : Number(ps);
        }
      }
      while (i < n && 'hlL'.includes(fmt[i])) i++;
      if (i >= n) throw valueError('incomplete format');
      const code = fmt[i++];
      if (code === '%') {
        out += '%';
        continue;
      }
      if (arg === null) arg = next();
      const left = flags.includes('-');
      const zero = flags.includes('0') && !left;
      const plus = flags.includes('+');
      const space = flags.includes(' ');
      const alt = flags.includes('#');
      let body: string;
      let sign = '';
      let numeric = false;
      switch (code) {
        case 's':
        case 'r':
        case 'a':
        case 'b':
        case 'c': {
          if (code === 'b' && !target.bytes) throw unsupported(code, i - 1);
          body = code === 'c' ? charFor(arg, target) : textOf(arg, code);
          if (prec >= 0 && code !== 'c') body = target.bytes ? body.slice(0, prec) : Array.from(body).slice(0, prec).join('');
          break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'o':
        case 'x':
        case 'X': {
          numeric = true;
          const v = numberFor(arg, code, target);
          const neg = typeof v === 'bigint' ? v < 0n : v < 0;
          const abs = typeof v === 'bigint' ? (neg ? -v : v) : Math.abs(v);
          const radix = code === 'o' ? 8 : code === 'x' || code === 'X' ? 16 : 10;
          let digits = abs.toString(radix);
          if (code === 'X') digits = digits.toUpperCase();
          if (prec >= 0 && digits.length < prec) digits = '0'.repeat(prec - digits.length) + digits;
          const prefix = alt && radix !== 10 ? (radix === 8 ? '0o' : code === 'X' ? '0X' : '0x') : '';
          sign = (neg ? '-' : plus ? '+' : space ? ' ' : '') + prefix;
          body = digits;
          break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
          numeric = true;
          const x = floatFor(arg, code);
          const p = prec < 0 ? 6 : prec;
          const lower = code.toLowerCase();
          let b: string;
          const ax = Math.abs(x);
          if (Number.isNaN(x)) b = 'nan';
          else if (!Number.isFinite(x)) b = 'inf';
          else if (lower === 'f') b = fixed(ax, p, alt);
          else if (lower === 'e') b = sci(ax, p, alt);
          else b = gFormat(ax, p === 0 ? 1 : p, alt, false);
          if (code === 'E' || code === 'F' || code === 'G') b = b.toUpperCase();
          const neg = x < 0 || Object.is(x, -0);
          sign = Number.isNaN(x) ? (plus ? '+' : space ? ' ' : '') : neg ? '-' : plus ? '+' : space ? ' ' : '';
          body = b;
          if (!Number.isFinite(x)) {
            // no zero padding for inf/nan
            const full = sign + body;
            out += pad(full, width, left, false);
            continue;
          }
          break;
        }
        default:
          throw unsupported(code, i - 1);
      }
      if (numeric && zero) {
        const need = width - sign.length - body.length;
        out += sign + (need > 0 ? '0'.repeat(need) : '') + body;
      } else out += pad(sign + body, width, left, false);
    } finally {
      if (ownedArg && arg !== null) decref(arg);
    }
  }
  if (argi < args.length && !usedDict && !(isMapping && !isTuple)) {
    throw typeError(target.bytes ? 'not all arguments converted during bytes formatting' : 'not all arguments converted during string formatting');
  }
  return out;

  function unsupported(code: string, at: number) {
    const cp = code.codePointAt(0)!;
    const shown = cp >= 32 && cp < 127 ? code : '?';
    return valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${at}`);
  }
}

function pad(s: string, width: number, left: boolean, _zero: boolean): string {
  const len = Array.from(s).length;
  if (width <= len) return s;
  return left ? s + ' '.repeat(width - len) : ' '.repeat(width - len) + s;
}

function charFor(arg: PyObject, target: PercentTarget): string {
  if (target.bytes) {
    if (arg instanceof PyInt) {
      const v = Number(arg.value);
      if (v < 0 || v > 255) throw overflowError('%c arg not in range(256)');
      return String.fromCharCode(v);
    }
    const b = bytesLike(arg);
    if (b !== null && b.length === 1) return String.fromCharCode(b[0]);
    throw typeError('%c requires an integer in range(256) or a single byte');
  }
  if (arg instanceof PyStr) {
    if (arg.length !== 1) throw typeError(`%c requires an int or a unicode character, not a string of length ${arg.length}`);
    return arg.value;
  }
  if (arg instanceof PyInt || arg.type.slots.index) {
    const v = Number(arg instanceof PyInt ? arg.value : (arg.type.slots.index!(arg) as PyInt).value);
    if (v < 0 || v > 0x10ffff) throw overflowError('%c arg not in range(0x110000)');
    return String.fromCodePoint(v);
  }
  throw typeError(`%c requires an int or a unicode character, not ${arg.type.name}`);
}

function fromLatin1Str(s: string): Uint8Array {
  const d = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) d[i] = s.charCodeAt(i) & 255;
  return d;
}

export function strPercentFormat(fmt: PyStr, args: PyObject): PyObject {
  const s = percentFormat(fmt.value, args, { bytes: false }, (v, code) => {
    const r = code === 's' ? pyStr(v) : code === 'r' ? pyRepr(v) : asciiOf(v);
    const t = r.value;
    decref(r);
    return t;
  });
  return newStr(s);
}

export function bytesPercentFormat(fmt: PyBytes | PyByteArray, args: PyObject): PyObject {
  let text = '';
  for (const c of fmt instanceof PyBytes ? fmt.data : fmt.data) text += String.fromCharCode(c);
  const s = percentFormat(text, args, { bytes: true }, (v, code) => {
    if (code === 'r' || code === 'a') {
      const r = asciiOf(v);
      const t = r.value;
      decref(r);
      return t;
    }
    const b = bytesLike(v);
    if (b !== null) {
      let t = '';
      for (const c of b) t += String.fromCharCode(c);
      return t;
    }
    const m = lookupSpecial(v, '__bytes__');
    if (m !== null) {
      const r = call(m, []);
      decref(m);
      const bb = bytesLike(r);
      if (bb === null) {
        decref(r);
        throw typeError(`__bytes__ returned non-bytes (type ${r.type.name})`);
      }
      let t = '';
      for (const c of bb) t += String.fromCharCode(c);
      decref(r);
      return t;
    }
    throw typeError(`%b requires a bytes-like object, or an object that implements __bytes__, not '${v.type.name}'`);
  });
  const d = fromLatin1Str(s);
  return fmt instanceof PyByteArray ? newByteArray(d) : newBytes(d, false);
}

// ================================================================== registration

registerTypeInit(() => {
  percentHook.format = (fmt, args) => strPercentFormat(fmt, args);
  floatFormat.repr = floatRepr;
  vmHooks.format = (v, spec) => formatObject(v, spec);
  vmHooks.str = (v) => pyStr(v);
  vmHooks.repr = (v) => pyRepr(v);
  vmHooks.ascii = (v) => asciiOf(v);

  defineMethod(intType, '__format__', (self, args, kw) => {
    const spec = specArg(args, kw, 'int.__format__');
    const v = (self as PyInt).value;
    if (spec === '') return pyStr(self);
    return newStr(formatIntSpec(v, spec, self.type.name));
  });
  defineMethod(floatType, '__format__', (self, args, kw) => {
    const spec = specArg(args, kw, 'float.__format__');
    const x = (self as PyFloat).value;
    if (spec === '') return pyStr(self);
    return newStr(formatFloatSpec(x, spec, self.type.name));
  });
  // str.__format__ is defined in str-methods.ts (it calls formatObject → here)
  void boolType;
});

/** str.__format__ body (called from str-methods.ts). */
export function strFormatSpecObj(self: PyStr, spec: string): PyStr {
  if (spec === '') return self.type === strType ? (self.rc++, self) : newStr(self.value);
  return newStr(formatStrSpec(self.value, spec, self.type.name));
}

export { bytesReprText };
