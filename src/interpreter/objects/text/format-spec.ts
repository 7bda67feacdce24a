/**
 * The format-spec mini-language: `format(value, spec)` / `f'{value:spec}'` for
 * int, float and str, ported from CPython 3.12's Python/formatter_unicode.c.
 *
 * Model:
 *   [[fill]align][sign]['z']['#']['0'][width][grouping]['.' precision][type]
 * `parseFormatSpec` mirrors parse_internal_render_format_spec (including its
 * validation of grouping against the type, done before the value's type is
 * considered). A number is then laid out as
 *   <lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>
 * (calc_number_widths + fill_number), where '0'-padding with '=' alignment is
 * produced by the digit grouper itself so zeros get separators too
 * (`format(1234, '010,')` → '00,001,234').
 *
 * Defaults: numbers align right, strings left; the '0' flag sets fill '0' and,
 * for numbers without explicit alignment, '=' alignment. Type 'n' uses the C
 * locale (no grouping, '.' decimal point), as the interpreter never calls
 * setlocale. Float type '' behaves like repr() without precision, otherwise like
 * 'g' that keeps at least one digit after the point. An empty spec is str().
 * Lengths are in code points (fill characters may be astral).
 * `typeName` is the Python type name used in messages (a subclass's name, 'bool').
 */

import { doubleToString } from './dtoa';
import { overflowError, valueError } from './errors';
import { floatRepr } from './float-repr';
import { intToDecimal } from './int-text';
import { intToFloat } from './bigint-ops';
import { codePoints, cpLength, cpSlice, decimalValue } from './unicode';

export type Align = '<' | '>' | '=' | '^';

export interface FormatSpec {
  fill: string;
  /** Alignment; `undefined` when neither given nor implied (type default applies). */
  align: Align | undefined;
  /** Whether an alignment character was explicitly given. */
  alignSpecified: boolean;
  fillSpecified: boolean;
  sign: '+' | '-' | ' ' | '';
  /** 'z': coerce negative zero (floats only). */
  noNeg0: boolean;
  alternate: boolean;
  /** The '0' flag was given (before the width). */
  zeroPad: boolean;
  /** -1 when absent. */
  width: number;
  /** '' | ',' | '_' */
  grouping: '' | ',' | '_';
  /** -1 when absent. */
  precision: number;
  /** The presentation type; '' when absent. */
  type: string;
  /** The spec text (for error messages). */
  raw: string;
}

const PY_SSIZE_T_MAX = 9223372036854775807n;

function isAlign(c: string | undefined): c is Align {
  return c === '<' || c === '>' || c === '=' || c === '^';
}

/** get_integer: ASCII or Unicode decimal digits; returns [value, consumed]. */
function getInteger(cps: string[], pos: number): [number, number] {
  let acc = 0n;
  let n = 0;
  while (pos + n < cps.length) {
    const d = decimalValue(cps[pos + n]!.codePointAt(0)!);
    if (d < 0) break;
    if (acc > (PY_SSIZE_T_MAX - BigInt(d)) / 10n) throw valueError('Too many decimal digits in format string');
    acc = acc * 10n + BigInt(d);
    n++;
  }
  return [Number(acc), n];
}

function describeType(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp > 32 && cp < 128 ? c : '\\x' + cp.toString(16);
}

/**
 * Parse a spec for a value whose type is `typeName`. Grouping/type compatibility
 * is validated here like CPython (before type-specific checks).
 * `defaultType` is what an omitted type means for the value ('d', '' or 's').
 */
export function parseFormatSpec(spec: string, typeName = 'object', defaultType = ''): FormatSpec {
  const cps = codePoints(spec);
  const end = cps.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: ' ',
    align: undefined,
    alignSpecified: false,
    fillSpecified: false,
    sign: '',
    noNeg0: false,
    alternate: false,
    zeroPad: false,
    width: -1,
    grouping: '',
    precision: -1,
    type: defaultType,
    raw: spec,
  };
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = cps[pos + 1] as Align;
    f.fill = cps[pos]!;
    f.fillSpecified = true;
    f.alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos] as Align;
    f.alignSpecified = true;
    pos++;
  }
  const sc = cps[pos];
  if (end - pos >= 1 && (sc === '+' || sc === '-' || sc === ' ')) {
    f.sign = sc;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === 'z') {
    f.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && cps[pos] === '#') {
    f.alternate = true;
    pos++;
  }
  if (!f.fillSpecified && end - pos >= 1 && cps[pos] === '0') {
    f.fill = '0';
    f.zeroPad = true;
    pos++;
  }
  let [w, consumed] = getInteger(cps, pos);
  pos += consumed;
  f.width = consumed === 0 ? -1 : w;
  if (end - pos > 0 && cps[pos] === ',') {
    f.grouping = ',';
    pos++;
  }
  if (end - pos > 0 && cps[pos] === '_') {
    if (f.grouping !== '') throw valueError("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (end - pos > 0 && cps[pos] === ',') {
    if (f.grouping === '_') throw valueError("Cannot specify both ',' and '_'.");
  }
  if (end - pos > 0 && cps[pos] === '.') {
    pos++;
    [w, consumed] = getInteger(cps, pos);
    pos += consumed;
    if (consumed === 0) throw valueError('Format specifier missing precision');
    f.precision = w;
  }
  if (end - pos > 1) {
    throw valueError(`Invalid format specifier '${spec}' for object of type '${typeName.slice(0, 200)}'`);
  }
  if (end - pos === 1) {
    f.type = cps[pos]!;
    pos++;
  }
  if (f.grouping !== '') {
    switch (f.type) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case '':
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (f.grouping === '_') break;
        throw valueError(`Cannot specify '${f.grouping}' with '${describeType(f.type)}'.`);
      default:
        throw valueError(`Cannot specify '${f.grouping}' with '${describeType(f.type)}'.`);
    }
  }
  return f;
}

function unknownType(type: string, typeName: string): never {
  throw valueError(`Unknown format code '${describeType(type)}' for object of type '${typeName.slice(0, 200)}'`);
}

/** _PyUnicode_InsertThousandsGrouping (returns the grouped, zero-padded digits). */
function groupDigits(digits: string, minWidth: number, group: number, sep: string): string {
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  let dpos = digits.length;
  let out = '';
  let useSep = false;
  let broken = false;
  const piece = (len: number): void => {
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    out = '0'.repeat(nZeros) + digits.slice(dpos - nChars, dpos) + (useSep ? sep : '') + out;
    dpos -= nChars;
    remaining -= nChars;
  };
  if (group > 0) {
    for (;;) {
      const len = Math.min(group, Math.max(remaining, minWidth, 1));
      piece(len);
      useSep = true;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) piece(Math.max(remaining, minWidth, 1));
  return out;
}

interface NumberParts {
  /** '-' when the number is negative, else ''. */
  signChar: '' | '-';
  prefix: string;
  /** Integer-part digits (may be empty, e.g. 'inf' or 'c'). */
  digits: string;
  hasDecimal: boolean;
  remainder: string;
  /** Upper-case the digits and prefix ('X'). */
  upper: boolean;
}

function repeatFill(fill: string, n: number): string {
  return n > 0 ? fill.repeat(n) : '';
}

/** calc_number_widths + fill_number. `align` must already be resolved. */
function layoutNumber(p: NumberParts, f: FormatSpec, align: Align, groupLen: number, sep: string): string {
  let sign = '';
  if (f.sign === '+') sign = p.signChar === '-' ? '-' : '+';
  else if (f.sign === ' ') sign = p.signChar === '-' ? '-' : ' ';
  else if (p.signChar === '-') sign = '-';
  const nDecimal = p.hasDecimal ? 1 : 0;
  const nRemainder = cpLength(p.remainder);
  const nonDigit = sign.length + p.prefix.length + nDecimal + nRemainder;
  const minWidth = f.fill === '0' && align === '=' ? f.width - nonDigit : 0;
  const grouped = p.digits.length === 0 ? '' : groupDigits(p.digits, minWidth, groupLen, sep);
  const nPadding = f.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (nPadding > 0) {
    switch (align) {
      case '<':
        rpad = nPadding;
        break;
      case '^':
        lpad = nPadding >> 1;
        rpad = nPadding - lpad;
        break;
      case '=':
        spad = nPadding;
        break;
      case '>':
        lpad = nPadding;
        break;
    }
  }
  const prefix = p.upper ? p.prefix.toUpperCase() : p.prefix;
  const digits = p.upper ? grouped.toUpperCase() : grouped;
  return (
    repeatFill(f.fill, lpad) +
    sign +
    prefix +
    repeatFill(f.fill, spad) +
    digits +
    (p.hasDecimal ? '.' : '') +
    p.remainder +
    repeatFill(f.fill, rpad)
  );
}

function groupingFor(f: FormatSpec, base: number): [number, string] {
  if (f.type === 'n') return [0, ''];
  if (f.grouping === ',') return [3, ','];
  if (f.grouping === '_') return [base === 10 ? 3 : 4, '_'];
  return [0, ''];
}

function resolveAlign(f: FormatSpec, defaultAlign: Align): Align {
  if (f.align !== undefined) return f.align;
  if (f.zeroPad && defaultAlign === '>') return '=';
  return defaultAlign;
}

/** `format(v, spec)` for an int `v`. */
export function formatInt(v: bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intToDecimal(v);
  const f = parseFormatSpec(spec, typeName, 'd');
  switch (f.type) {
    case 'b':
    case 'c':
    case 'd':
    case 'o':
    case 'x':
    case 'X':
    case 'n':
      return formatIntInternal(v, f);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
      return formatFloatInternal(intToFloat(v), f);
    default:
      return unknownType(f.type, typeName);
  }
}

function formatIntInternal(v: bigint, f: FormatSpec): string {
  if (f.precision !== -1) throw valueError('Precision not allowed in integer format specifier');
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in integer format specifier');
  const align = resolveAlign(f, '>');
  if (f.type === 'c') {
    if (f.sign !== '') throw valueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw valueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < -(2n ** 63n) || v >= 2n ** 63n) throw overflowError('Python int too large to convert to C long');
    if (v < 0n || v > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
    const ch = String.fromCodePoint(Number(v));
    return layoutNumber({ signChar: '', prefix: '', digits: '', hasDecimal: false, remainder: ch, upper: false }, f, align, 0, '');
  }
  let base = 10;
  let prefix = '';
  switch (f.type) {
    case 'b':
      base = 2;
      prefix = '0b';
      break;
    case 'o':
      base = 8;
      prefix = '0o';
      break;
    case 'x':
    case 'X':
      base = 16;
      prefix = '0x';
      break;
  }
  const neg = v < 0n;
  const a = neg ? -v : v;
  const digits = base === 10 ? intToDecimal(a) : a.toString(base);
  const [g, sep] = groupingFor(f, base);
  return layoutNumber(
    { signChar: neg ? '-' : '', prefix: f.alternate ? prefix : '', digits, hasDecimal: false, remainder: '', upper: f.type === 'X' },
    f,
    align,
    g,
    sep,
  );
}

/** `format(x, spec)` for a float `x`. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  const f = parseFormatSpec(spec, typeName, '');
  switch (f.type) {
    case '':
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
    case '%':
      return formatFloatInternal(x, f);
    default:
      return unknownType(f.type, typeName);
  }
}

function formatFloatInternal(val: number, f: FormatSpec): string {
  if (f.precision > 2147483647) throw valueError('precision too big');
  let precision = f.precision;
  let defaultPrecision = 6;
  let type = f.type;
  let addDot0 = false;
  let addPct = false;
  if (type === '') {
    addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  if (type === '%') {
    type = 'f';
    val *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  let buf = doubleToString(val, type as 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r', precision, {
    addDot0,
    alt: f.alternate,
    noNeg0: f.noNeg0,
  });
  if (addPct) buf += '%';
  const align = resolveAlign(f, '>');
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.grouping === '') return buf;
  let i = 0;
  let signChar: '' | '-' = '';
  if (buf[0] === '-') {
    signChar = '-';
    i = 1;
  }
  let j = i;
  while (j < buf.length && buf.charCodeAt(j) >= 48 && buf.charCodeAt(j) <= 57) j++;
  const digits = buf.slice(i, j);
  const hasDecimal = buf[j] === '.';
  const remainder = buf.slice(hasDecimal ? j + 1 : j);
  const [g, sep] = groupingFor(f, 10);
  return layoutNumber({ signChar, prefix: '', digits, hasDecimal, remainder, upper: false }, f, align, g, sep);
}

/** `format(s, spec)` for a str `s`. */
export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, typeName, 's');
  if (f.type !== 's') unknownType(f.type, typeName);
  if (f.sign !== '') {
    throw valueError(f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.noNeg0) throw valueError('Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw valueError('Alternate form (#) not allowed in string format specifier');
  const align = f.align ?? '<';
  if (align === '=') throw valueError("'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  if (f.precision >= 0 && len >= f.precision) {
    s = cpSlice(s, f.precision);
    len = f.precision;
  }
  const pad = f.width - len;
  if (pad <= 0) return s;
  let l = 0;
  let r = 0;
  if (align === '>') l = pad;
  else if (align === '^') {
    l = pad >> 1;
    r = pad - l;
  } else r = pad;
  return repeatFill(f.fill, l) + s + repeatFill(f.fill, r);
}

/**
 * `format(z, spec)` for a complex (format_complex_internal): both parts are formatted like
 * floats (type '' means repr style without '.0', parenthesised unless the real part is +0
 * and omitted), the imaginary part always signed, then the whole padded; '0' padding and '='
 * alignment are rejected.
 */
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  const f = parseFormatSpec(spec, typeName, '');
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n'].includes(f.type)) return unknownType(f.type, typeName);
  if (f.fill === '0') throw valueError('Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw valueError("'=' alignment flag is not allowed in complex format specifier");
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let addParens = false;
  if (type === '') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else addParens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const opts = { addDot0: false, alt: f.alternate, noNeg0: f.noNeg0 };
  const part = (x: number, sign: FormatSpec['sign']): string => {
    const buf = doubleToString(x, type as 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'r', precision, opts);
    let i = 0;
    let signChar: '' | '-' = '';
    if (buf[0] === '-') {
      signChar = '-';
      i = 1;
    }
    let j = i;
    while (j < buf.length && buf.charCodeAt(j) >= 48 && buf.charCodeAt(j) <= 57) j++;
    const hasDecimal = buf[j] === '.';
    const tmp: FormatSpec = { ...f, fill: ' ', align: '<', width: -1, sign };
    const [g, sep] = groupingFor(tmp, 10);
    return layoutNumber(
      { signChar, prefix: '', digits: buf.slice(i, j), hasDecimal, remainder: buf.slice(hasDecimal ? j + 1 : j), upper: false },
      tmp, '<', g, sep,
    );
  };
  const body = (addParens ? '(' : '') + (skipRe ? '' : part(re, f.sign)) + part(im, skipRe ? f.sign : '+') + 'j' + (addParens ? ')' : '');
  const n = cpLength(body);
  const pad = f.width - n;
  if (pad <= 0) return body;
  const align = f.align ?? '>';
  if (align === '<') return body + repeatFill(f.fill, pad);
  if (align === '^') return repeatFill(f.fill, pad >> 1) + body + repeatFill(f.fill, pad - (pad >> 1));
  return repeatFill(f.fill, pad) + body;
}
