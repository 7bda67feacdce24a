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
import { floatType, intType, strType } from './core-types';
import { PyFloat, newFloat, floatFreeMemory } from './float';
import { PyInt, IntValue, newInt, newBool, norm, toBig, isSafe, newIntDigits, ndigits } from './int';
import { PyStr, newStr, newAsciiStrFresh } from './str';
import { NotImplemented, None } from './singletons';
import { NB, NB_COUNT, BinarySlot, PyType } from './typeobject';
import { typeError, valueError } from './errors';
import { registerTypeInit } from './bootstrap';
import {
  intToFloat, longLong, floatCompareHook, intParseHook, intTruncHook, truthHook, allocHook, bitLength, asIntValue, pyError,
  withPyErrors,
} from './int-type';
import { defineMethod, defineClassMethod, defineGetSet, parseArgs, noKwargs } from './descriptors';
import { newTuple } from './tuple';
import { isTrue, call, lookupSpecial, iterToArray } from './abstract';
import { pointerHash } from './object-type';
import { allocObject, allocBuffer, freeBuffer } from './alloc';
import { gcTrack, PyGCObject, GC_EXTRA_FIELDS } from './gcobject';
import { constFactories } from './const-factories';
import { PyBytes, PyByteArray, bytesReprText, decodeToString } from './bytes';
import {
  decompose as decomposeBits, floatAsIntegerRatio, floatCeilToInt, floatDivmod, floatFloorDiv,
  floatFloorToInt, floatFromHex, floatHex, floatMod, floatPow as floatPowValue, floatRepr, floatRound, floatRoundToInt,
  floatToInt, floatTrueDiv, hashFloat, intFromBytes as bytesToInt, intRound as bigIntRound, intToBytes as intToByteArray,
  intToDecimal as intToDecimalText, parseFloatLiteral, parseIntLiteral, scaledToDouble,
} from './text';

// ================================================================================================
// Number helpers over the text library (objects/text/), in the shapes the object layer and the
// math module use
// ================================================================================================

/** Decompose a finite double: |x| = mant * 2**exp (mant a non-negative bigint). */
export function decompose(x: number): { mant: bigint; exp: number; neg: boolean } {
  const d = decomposeBits(x);
  return { mant: d.m, exp: d.e, neg: d.neg };
}

/** hash(float); NaN hashes by identity. */
export function hashDouble(o: PyObject, x: number): number {
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 53) return x === -1 ? -2 : x;
  return Number(hashFloat(x, x !== x ? BigInt(pointerHash(o)) : 0n));
}

/** mant * 2**exp (mant ≥ 0 bigint) correctly rounded (half-even) to a double; ±inf on overflow. */
export function bigScaledToDouble(mant: bigint, exp: number, neg: boolean): number {
  const v = scaledToDouble(mant, exp);
  return neg ? -v : v;
}

/** m * 2**e, correctly rounded (exact when the result is representable). */
export function ldexp(m: number, e: number): number {
  if (m === 0 || !Number.isFinite(m)) return m;
  const d = decomposeBits(m);
  return bigScaledToDouble(d.m, d.e + e, d.neg);
}

export function isqrtBig(n: bigint): bigint {
  if (n < 0n) throw valueError('isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  const approx = Math.sqrt(Number(n));
  // beyond double range start from a power of two above the root (Newton then descends)
  let x = Number.isFinite(approx) ? BigInt(Math.floor(approx)) : 1n << BigInt((bitLength(n) >> 1) + 1);
  if (x === 0n) x = 1n;
  // one Newton step from any positive start lands at or above floor(sqrt(n)) (AM-GM); from
  // there the integer iteration decreases to floor(sqrt(n)). (A float estimate just below the
  // root must not be walked up one by one: for 10**56 it is ~10**13 short.)
  x = (x + n / x) >> 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** sqrt of an exact value T * 2**(2E) (T ≥ 0 bigint), correctly rounded. */
function sqrtScaled(t: bigint, e2: number): number {
  if (t === 0n) return 0;
  // want 60+ significant bits: scale T by 4**k
  const k = Math.max(0, Math.ceil((130 - bitLength(t)) / 2));
  const scaled = t << BigInt(2 * k);
  const r = isqrtBig(scaled);
  return scaledToDouble(r, e2 - k, r * r !== scaled);
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
  const parts = xs.filter((x) => x !== 0).map((x) => decomposeBits(x));
  if (parts.length === 0) return 0;
  let minE = Infinity;
  for (const p of parts) minE = Math.min(minE, p.e);
  let s = 0n;
  for (const p of parts) s += (p.m << BigInt(p.e - minE)) ** 2n;
  // value = s * 2**(2·minE); sqrt = sqrt(s) * 2**minE
  return sqrtScaled(s, minE);
}

/** int(x) of a float as an IntValue (ValueError for nan, OverflowError for inf). */
function floatToIntValue(f: number): IntValue {
  const t = Math.trunc(f);
  if (isSafe(t)) return t === 0 ? 0 : t;
  return norm(withPyErrors(() => floatToInt(f)));
}

/** str(int) with the int max str digits limit; small ints take the JS fast path. */
export function intToDecimal(v: IntValue): string {
  if (typeof v === 'number') return String(v);
  return withPyErrors(() => intToDecimalText(v));
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

/** Installed by complex.ts: complex power for a negative float base with a fractional exponent. */
export const complexPowHook = {
  fn: (_ar: number, _ai: number, _br: number, _bi: number): PyObject => {
    throw valueError('math domain error');
  },
};

/** pow(x, y) for floats (float_pow). Returns a float or, for a negative base to a fractional power, a complex. */
export function floatPow(x: number, y: number): PyObject {
  const r = withPyErrors(() => floatPowValue(x, y));
  return r === null ? complexPowHook.fn(x, 0, y, 0) : newFloat(r);
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
      case NB.POWER:
        return floatPow(x, y);
    }
    try {
      switch (op) {
        case NB.TRUE_DIVIDE:
          return newFloat(floatTrueDiv(x, y));
        case NB.FLOOR_DIVIDE:
          return newFloat(floatFloorDiv(x, y));
        case NB.REMAINDER:
          return newFloat(floatMod(x, y));
        case NB.DIVMOD: {
          const [d, m] = floatDivmod(x, y);
          return newTuple([newFloat(d), newFloat(m)]);
        }
      }
    } catch (e) {
      throw pyError(e);
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
    if (k === 'rc' || k === 'addr' || k === 'type' || Object.prototype.hasOwnProperty.call(target, k)) continue;
    target[k] = tmpl[k];
  }
  // PyGCObject's out-of-line fields are accessors of its prototype, which `o` lacks: own fields
  for (const k of GC_EXTRA_FIELDS) if (!(k in target)) target[k] = null;
  const g = o as unknown as PyGCObject;
  if (type.nslots > 0) g.slotValues = new Array(type.nslots).fill(null);
  allocObject(o, nbytes);
  gcTrack(g);
}

/** The Latin-1 text of a bytes/bytearray argument of int() / float(), or null. */
function bytesArgText(x: PyObject): string | null {
  return x instanceof PyBytes || x instanceof PyByteArray ? decodeToString(x.data, 'latin-1', 'strict') : null;
}

/** What int() / float() quote in a ValueError: the repr of a str subclass may be overridden. */
function shownRepr(x: PyObject): string | undefined {
  if (x.type === strType) return undefined;
  const r = x.type.slots.repr!(x) as PyStr;
  const s = r.value;
  decref(r);
  return s;
}

function floatValueOf(x: PyObject): number {
  if (x.type === floatType) return (x as PyFloat).value;
  if (x instanceof PyStr) return withPyErrors(() => parseFloatLiteral(x.value, { shown: shownRepr(x) }));
  const text = bytesArgText(x);
  if (text !== null) return withPyErrors(() => parseFloatLiteral(text, { bytes: true, shown: shownRepr(x) }));
  if (!(x instanceof PyInt) && x.type.slots.float === undefined && x.type.slots.index === undefined) {
    throw typeError(`float() argument must be a string or a real number, not '${x.type.name}'`);
  }
  return toDouble(x);
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

// ================================================================================================
// int additions
// ================================================================================================

function byteorderArg(o: PyObject | null, fname: string): string {
  if (o === null) return 'big';
  if (!(o instanceof PyStr)) throw typeError(`${fname}() argument 'byteorder' must be str, not ${o.type.name}`);
  return o.value;
}

function intToBytes(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [lenArg, orderArg, signedArg] = parseArgs('to_bytes', args, kw, ['length', 'byteorder', 'signed'], 0, 2);
  const length = lenArg === null ? 1 : asIntValue(lenArg);
  const order = byteorderArg(orderArg, 'to_bytes');
  const signed = signedArg !== null && isTrue(signedArg);
  const v = toBig((self as PyInt).value);
  return constFactories.bytes(withPyErrors(() => intToByteArray(v, length, order, signed)));
}

/**
 * Digits _PyLong_FromByteArray allocates: the significant bytes (without the high-order 0x00, or
 * 0xff for a negative signed number — plus one back when signed and any were dropped) times 8
 * bits, rounded up to 30-bit digits.
 */
function fromByteArrayDigits(bytes: number[], little: boolean, signed: boolean): number {
  const n = bytes.length;
  if (n === 0) return 0;
  const insignificant = signed && bytes[little ? n - 1 : 0]! >= 0x80 ? 0xff : 0;
  let i = 0;
  while (i < n && bytes[little ? n - 1 - i : i] === insignificant) i++;
  let significant = n - i;
  if (signed && significant < n) significant++;
  return Math.ceil((significant * 8) / 30);
}

function intFromBytes(cls: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const [bytesArg, orderArg, signedArg] = parseArgs('from_bytes', args, kw, ['bytes', 'byteorder', 'signed'], 1, 2);
  const order = byteorderArg(orderArg, 'from_bytes');
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
  const r = newIntDigits(norm(withPyErrors(() => bytesToInt(bytes, order, signed))), fromByteArrayDigits(bytes, order === 'little', signed));
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
  s.repr = (o) => newStr(floatRepr((o as PyFloat).value));
  s.hash = (o) => hashDouble(o, (o as PyFloat).value);
  s.richcompare = floatRichCompare;
  floatCompareHook.fn = floatRichCompare;
  const slots: (BinarySlot | undefined)[] = [];
  for (let i = 0; i < NB_COUNT; i++) slots.push(floatBinary(i));
  // float has no bitwise number slots (no float.__or__, __and__, __xor__, __lshift__, __rshift__)
  for (const i of [NB.AND, NB.OR, NB.XOR, NB.LSHIFT, NB.RSHIFT]) slots[i] = undefined;
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
    const [n, d] = withPyErrors(() => floatAsIntegerRatio(asFloatSelf(self)));
    return newTuple([newInt(norm(n)), newInt(norm(d))]);
  });
  defineMethod(floatType, 'hex', (self, a, k) => {
    noArgs('hex', a, k);
    return newStr(floatHex(asFloatSelf(self)));
  });
  defineClassMethod(floatType, 'fromhex', (cls, a, k) => {
    noKwargs('fromhex', k);
    if (a.length !== 1) throw typeError(`float.fromhex() takes exactly one argument (${a.length} given)`);
    if (!(a[0] instanceof PyStr)) throw typeError(`fromhex() argument must be str, not ${a[0].type.name}`);
    const r = newFloat(withPyErrors(() => floatFromHex((a[0] as PyStr).value)));
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
    return newInt(norm(withPyErrors(() => floatFloorToInt(asFloatSelf(self)))));
  });
  defineMethod(floatType, '__ceil__', (self, a, k) => {
    noArgs('__ceil__', a, k);
    return newInt(norm(withPyErrors(() => floatCeilToInt(asFloatSelf(self)))));
  });
  defineMethod(floatType, '__round__', (self, a, k) => {
    const [nd] = parseArgs('__round__', a, k, ['ndigits'], 0, 1, 1);
    const x = asFloatSelf(self);
    if (nd === null || nd === None) return newInt(norm(withPyErrors(() => floatRoundToInt(x))));
    const n = asIntValue(nd);
    return newFloat(withPyErrors(() => floatRound(x, n)));
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
    if (x instanceof PyStr) return norm(withPyErrors(() => parseIntLiteral(x.value, base, { shown: shownRepr(x) })));
    // _PyLong_FromBytes quotes (at most 200 of) the bytes, as a bytes object
    const d = (x as PyBytes | PyByteArray).data;
    const shown = bytesReprText(d.subarray(0, 200));
    return norm(withPyErrors(() => parseIntLiteral(decodeToString(d, 'latin-1', 'strict'), base, { bytes: true, shown })));
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
  is.repr = (o) => intReprStr((o as PyInt).value);
  const intPowOrig = is.nbLeft![NB.POWER]!;
  is.nbLeft![NB.POWER] = (a, b) => {
    if (a instanceof PyInt && b instanceof PyInt && b.value < 0) {
      return floatPow(intToFloat(a.value), intToFloat(b.value));
    }
    return intPowOrig(a, b);
  };
  if (is.nbRight !== is.nbLeft) is.nbRight![NB.POWER] = is.nbLeft![NB.POWER];
  // long_long: an exact int is returned itself (+x, int(x), abs(x ≥ 0), x.real, round(x) …)
  const sameInt = longLong;
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
    const n = toBig(asIntValue(nd));
    const r = n >= 0n ? v : norm(bigIntRound(toBig(v), n));
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

/**
 * long_to_decimal_string (Objects/longobject.c): a new str even for one digit, built through a
 * scratch PyLong of 1 + size_a + size_a / 99 base-10**9 digits (size_a: the int's 30-bit digit
 * count) that is alive while the str is allocated — 32 bytes for any int below 2**30, which
 * tracemalloc's peak sees.
 */
export function intReprStr(v: IntValue): PyObject {
  const sizeA = ndigits(v);
  const scratch = allocBuffer(24 + 4 * (1 + sizeA + Math.floor(sizeA / 99)));
  try {
    return newAsciiStrFresh(intToDecimal(v));
  } finally {
    freeBuffer(scratch);
  }
}
