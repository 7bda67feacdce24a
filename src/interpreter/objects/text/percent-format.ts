/**
 * printf-style `str % args` formatting, ported from CPython 3.12's
 * PyUnicode_Format (Objects/unicodeobject.c).
 *
 * Model: the formatter walks the format string; each `%` directive is
 *   %[(key)][flags: - + space # 0][width | *][.precision | .*][h|l|L]type
 * and consumes the *next argument*. Arguments come in one of two shapes, exactly
 * as CPython sees the right operand:
 *   - `{ kind: 'tuple', items }` — a tuple: arguments are its items in order;
 *     leftovers raise "not all arguments converted during string formatting".
 *   - `{ kind: 'single', value, getItem? }` — any other object: it is the one and
 *     only argument. If it is a mapping (PyMapping_Check and not a tuple/str — note
 *     that lists qualify), pass `getItem` (the object's `__getitem__` for str keys):
 *     it enables `%(key)s`, and leftover-argument checks are skipped.
 * `%(key)` replaces the current argument source by `getItem(key)` (a single
 * argument), so `'%(a)s %s' % {'a': 1}` fails like CPython.
 *
 * The object model stays on the caller's side through `PercentOps<T>`; every
 * callback may throw the caller's own exceptions (they propagate unchanged).
 * Conversions per type:
 *   s r a   → ops.str / ops.repr / ops.ascii (precision truncates, in code points)
 *   d i u   → ops.toInteger (PyNumber_Long; floats are truncated here)
 *   o x X   → ops.index (PyNumber_Index)
 *   e E f F g G → ops.toFloat (PyFloat_AsDouble; ints converted here, correctly rounded)
 *   c       → ops.asStr (length-1 str) or ops.index (code point)
 *   *       → ops.asInt (PyLong_Check: int or bool only)
 * Errors (TypeError/ValueError/OverflowError) carry CPython's messages.
 *
 * `bytes % args` (_PyBytes_FormatEx) is the same walk with `target = 'bytes'`: the
 * format and every result are Latin-1 JS strings (one char per byte), `%s`/`%b`
 * use ops.bytes (buffer or `__bytes__`), `%r`/`%a` use ops.ascii, `%c` takes a
 * length-1 bytes/bytearray (ops.asBytes) or an int in range(256) (ops.index), and
 * a float conversion failure of any kind is "float argument required".
 */

import { doubleToString } from './dtoa';
import { FormatError, overflowError, typeError, valueError } from './errors';
import { intToFloat } from './bigint-ops';
import { intToString } from './int-text';
import { floatToInt } from './float-ops';
import { codePoints } from './unicode';

export interface PercentOps<T> {
  /** tp_name of the object's type, for messages ('str', 'float', 'NoneType', ...). */
  typeName(v: T): string;
  /** str(v) */
  str(v: T): string;
  /** repr(v) */
  repr(v: T): string;
  /** ascii(v) */
  ascii(v: T): string;
  /** The value if `v` is a str (or subclass), else null. */
  asStr(v: T): string | null;
  /** The value if `v` is an int (PyLong_Check: int, bool, subclasses), else null. */
  asInt(v: T): bigint | null;
  /**
   * PyNumber_Index(v): an int value, or null when `v` has no `__index__`
   * (TypeError). Ints themselves must be returned too.
   */
  index(v: T): bigint | null;
  /**
   * PyNumber_Long(v) for a number: an int value, or a float to be truncated
   * (errors for nan/inf are produced here), or null when `v` is not a number
   * (PyNumber_Check fails, or int() raises TypeError).
   */
  toInteger(v: T): bigint | number | null;
  /**
   * PyFloat_AsDouble(v): a float value, or an int to be converted here (raising
   * OverflowError when too large), or null when `v` is not a real number.
   */
  toFloat(v: T): number | bigint | null;
  /**
   * Bytes formatting only, `%s`/`%b`: the bytes of `v` (buffer protocol or
   * `__bytes__`) as a Latin-1 string; throws the caller's TypeError otherwise.
   */
  bytes?(v: T): string;
  /** Bytes formatting only, `%c`: the content of a bytes/bytearray `v` (Latin-1), else null. */
  asBytes?(v: T): string | null;
}

export type PercentTarget = 'str' | 'bytes';

export type PercentArgs<T> =
  | { kind: 'tuple'; items: readonly T[] }
  | { kind: 'single'; value: T; getItem?: (key: string) => T };

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

const C_LONG_MIN = -(2n ** 63n);
const C_LONG_MAX = 2n ** 63n - 1n;
const C_INT_MAX = 2147483647n;

export function percentFormat<T>(
  format: string,
  args: PercentArgs<T>,
  ops: PercentOps<T>,
  target: PercentTarget = 'str',
): string {
  const isBytes = target === 'bytes';
  const fmt = codePoints(format);
  const fmtcnt = fmt.length;
  let pos = 0;
  // Current argument source (CPython's ctx.args / arglen / argidx).
  let tuple: readonly T[] | null = args.kind === 'tuple' ? args.items : null;
  let single: T | undefined = args.kind === 'single' ? args.value : undefined;
  let arglen = tuple ? tuple.length : -1;
  let argidx = tuple ? 0 : -2;
  const getItem = args.kind === 'single' ? args.getItem : undefined;
  const isDict = getItem !== undefined;

  const nextArg = (): T => {
    if (argidx < arglen) {
      const i = argidx++;
      if (arglen < 0) return single as T;
      return tuple![i]!;
    }
    throw typeError('not enough arguments for format string');
  };

  let out = '';
  while (pos < fmtcnt) {
    if (fmt[pos] !== '%') {
      const start = pos;
      while (pos < fmtcnt && fmt[pos] !== '%') pos++;
      out += fmt.slice(start, pos).join('');
      continue;
    }
    pos++; // past '%'
    // `ch` at end of string reads the NUL terminator in C.
    if (pos < fmtcnt && fmt[pos] === '%') {
      out += '%';
      pos++;
      continue;
    }
    let flags = 0;
    let width = -1;
    let prec = -1;
    let ch = '' as string;
    // Mapping key.
    if (pos < fmtcnt && fmt[pos] === '(') {
      if (!isDict) throw typeError('format requires a mapping');
      pos++;
      const keystart = pos;
      let pcount = 1;
      while (pcount > 0 && pos < fmtcnt) {
        const c = fmt[pos];
        if (c === ')') pcount--;
        else if (c === '(') pcount++;
        pos++;
      }
      if (pcount > 0) throw valueError('incomplete format key');
      const key = fmt.slice(keystart, pos - 1).join('');
      single = getItem!(key);
      tuple = null;
      arglen = -1;
      argidx = -2;
    }
    const incomplete = (): FormatError => valueError('incomplete format');
    const read = (): boolean => {
      if (pos >= fmtcnt) return false;
      ch = fmt[pos++]!;
      return true;
    };
    // Flags.
    let have = false;
    while ((have = read())) {
      if (ch === '-') flags |= F_LJUST;
      else if (ch === '+') flags |= F_SIGN;
      else if (ch === ' ') flags |= F_BLANK;
      else if (ch === '#') flags |= F_ALT;
      else if (ch === '0') flags |= F_ZERO;
      else break;
    }
    if (!have) throw incomplete();
    // Width.
    if (ch === '*') {
      const v = ops.asInt(nextArg());
      if (v === null) throw typeError('* wants int');
      if (v < C_LONG_MIN || v > C_LONG_MAX) throw overflowError('Python int too large to convert to C ssize_t');
      let w = Number(v);
      if (w < 0) {
        flags |= F_LJUST;
        w = -w;
      }
      width = w;
      if (!read()) throw incomplete();
    } else if (ch >= '0' && ch <= '9') {
      let w = BigInt(ch.charCodeAt(0) - 48);
      for (;;) {
        if (!read()) throw incomplete();
        if (ch < '0' || ch > '9') break;
        const d = BigInt(ch.charCodeAt(0) - 48);
        if (w > (C_LONG_MAX - d) / 10n) throw valueError('width too big');
        w = w * 10n + d;
      }
      width = Number(w);
    }
    // Precision.
    if (ch === '.') {
      prec = 0;
      if (!read()) throw incomplete();
      if ((ch as string) === '*') {
        const v = ops.asInt(nextArg());
        if (v === null) throw typeError('* wants int');
        if (v < -C_INT_MAX - 1n || v > C_INT_MAX) throw overflowError('Python int too large to convert to C int');
        prec = Math.max(0, Number(v));
        if (!read()) throw incomplete();
      } else if ((ch as string) >= '0' && (ch as string) <= '9') {
        let p = ch.charCodeAt(0) - 48;
        for (;;) {
          if (!read()) throw incomplete();
          if (ch < '0' || ch > '9') break;
          const d = ch.charCodeAt(0) - 48;
          if (p > Math.floor((2147483647 - d) / 10)) throw valueError('precision too big');
          p = p * 10 + d;
        }
        prec = p;
      }
    }
    if (ch === 'h' || ch === 'l' || ch === 'L') {
      if (!read()) throw incomplete();
    }

    // unicode_format_arg_format
    const v = nextArg();
    let str: string;
    let isNumber = false;
    switch (ch) {
      case 's':
        str = isBytes ? ops.bytes!(v) : ops.str(v);
        break;
      case 'b':
        if (!isBytes) throw unsupportedChar(ch, pos - 1, false);
        str = ops.bytes!(v);
        break;
      case 'r':
        str = isBytes ? ops.ascii(v) : ops.repr(v);
        break;
      case 'a':
        str = ops.ascii(v);
        break;
      case 'i':
      case 'd':
      case 'u':
      case 'o':
      case 'x':
      case 'X':
        // _PyBytes_FormatEx reads %i as %d (messages included)
        str = formatLong(v, isBytes && ch === 'i' ? 'd' : ch, flags, prec, ops);
        isNumber = true;
        break;
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        const x = isBytes ? bytesFloatArg(v, ops) : floatArg(v, ops);
        str = doubleToString(x, ch, prec < 0 ? 6 : prec, { alt: (flags & F_ALT) !== 0 });
        isNumber = true;
        break;
      }
      case 'c':
        str = isBytes ? formatByte(v, ops) : formatChar(v, ops);
        break;
      default:
        throw unsupportedChar(ch, pos - 1, isBytes);
    }
    out += formatArgOutput(str, ch, flags, width, prec, isNumber);
  }
  if (argidx < arglen && !isDict) {
    throw typeError(`not all arguments converted during ${isBytes ? 'bytes' : 'string'} formatting`);
  }
  return out;
}

function unsupportedChar(ch: string, index: number, isBytes: boolean): FormatError {
  const cp = ch.codePointAt(0)!;
  // bytes: the C code passes a (signed) char to %c, which rejects bytes >= 0x80.
  if (isBytes && cp >= 0x80) return overflowError('character argument not in range(0x110000)');
  const shown = isBytes || (cp >= 31 && cp <= 126) ? ch : '?';
  return valueError(`unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
}

function floatArg<T>(v: T, ops: PercentOps<T>): number {
  const fv = ops.toFloat(v);
  if (fv === null) throw typeError(`must be real number, not ${ops.typeName(v)}`);
  return typeof fv === 'bigint' ? intToFloat(fv) : fv;
}

/** bytes' formatfloat: any failure of PyFloat_AsDouble becomes this TypeError. */
function bytesFloatArg<T>(v: T, ops: PercentOps<T>): number {
  try {
    return floatArg(v, ops);
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    throw typeError(`float argument required, not ${ops.typeName(v).slice(0, 200)}`);
  }
}

/** bytes' byte_converter. */
function formatByte<T>(v: T, ops: PercentOps<T>): string {
  const b = ops.asBytes!(v);
  if (b !== null && b.length === 1) return b;
  const x = b === null ? ops.index(v) : null;
  if (x === null) throw typeError('%c requires an integer in range(256) or a single byte');
  if (x < 0n || x > 255n) throw overflowError('%c arg not in range(256)');
  return String.fromCharCode(Number(x));
}

function formatChar<T>(v: T, ops: PercentOps<T>): string {
  const s = ops.asStr(v);
  if (s !== null) {
    const cps = codePoints(s);
    if (cps.length === 1) return cps[0]!;
    throw typeError('%c requires int or char');
  }
  const x = ops.index(v);
  if (x === null) throw typeError('%c requires int or char');
  if (x < 0n || x > 0x10ffffn) throw overflowError('%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(x));
}

function formatLong<T>(v: T, type: string, flags: number, prec: number, ops: PercentOps<T>): string {
  let iv: bigint;
  const wrong = (): FormatError =>
    type === 'o' || type === 'x' || type === 'X'
      ? typeError(`%${type} format: an integer is required, not ${ops.typeName(v).slice(0, 200)}`)
      : typeError(`%${type} format: a real number is required, not ${ops.typeName(v).slice(0, 200)}`);
  if (type === 'o' || type === 'x' || type === 'X') {
    const r = ops.index(v);
    if (r === null) throw wrong();
    iv = r;
  } else {
    const r = ops.toInteger(v);
    if (r === null) throw wrong();
    iv = typeof r === 'bigint' ? r : floatToInt(r);
  }
  return formatLongText(iv, (flags & F_ALT) !== 0, prec, type);
}

/** _PyUnicode_FormatLong. */
export function formatLongText(val: bigint, alt: boolean, prec: number, type: string): string {
  const neg = val < 0n;
  let numnondigits = 0;
  let body: string;
  switch (type) {
    case 'o':
      numnondigits = 2;
      body = intToString(val, 8, true);
      break;
    case 'x':
    case 'X':
      numnondigits = 2;
      body = intToString(val, 16, true);
      break;
    default:
      body = intToString(val, 10);
  }
  if (neg) numnondigits++;
  const numdigits = body.length - numnondigits;
  if (!alt && (type === 'o' || type === 'x' || type === 'X')) {
    body = (neg ? '-' : '') + body.slice(neg ? 3 : 2);
    numnondigits -= 2;
  }
  if (prec > numdigits) {
    body = body.slice(0, numnondigits) + '0'.repeat(prec - numdigits) + body.slice(numnondigits);
  }
  if (type === 'X') body = body.toUpperCase();
  return body;
}

/** unicode_format_arg_output. */
function formatArgOutput(str: string, ch: string, flags: number, width: number, prec: number, isNumber: boolean): string {
  let signFlag = isNumber;
  const fill = signFlag && (flags & F_ZERO) !== 0 ? '0' : ' ';
  let cps = codePoints(str);
  let len = cps.length;
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags & (F_SIGN | F_BLANK))) {
    return str;
  }
  if (ch === 's' || ch === 'r' || ch === 'a') {
    if (prec >= 0 && len > prec) {
      len = prec;
      cps = cps.slice(0, prec);
    }
  }
  let pindex = 0;
  let signchar = '';
  if (signFlag) {
    const c = cps[0];
    if (c === '-' || c === '+') {
      signchar = c;
      len--;
      pindex++;
    } else if (flags & F_SIGN) signchar = '+';
    else if (flags & F_BLANK) signchar = ' ';
    else signFlag = false;
  }
  if (width < len) width = len;
  let out = '';
  if (signFlag) {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const altPrefix = (flags & F_ALT) !== 0 && (ch === 'x' || ch === 'X' || ch === 'o');
  if (altPrefix) {
    if (fill !== ' ') {
      out += '0' + ch;
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & F_LJUST)) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === ' ') {
    if (signFlag) out += signchar;
    if (altPrefix) {
      out += '0' + ch;
      pindex += 2;
    }
  }
  if (len > 0) out += cps.slice(pindex, pindex + len).join('');
  if (width > len) out += ' '.repeat(width - len);
  return out;
}
