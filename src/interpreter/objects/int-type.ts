/**
 * int and bool behaviour (Objects/longobject.c, boolobject.c): the number slots, comparison,
 * hashing (numeric hash modulo 2**61 − 1, shared with float so 1 == 1.0 hash alike), repr and
 * the constructor. Operations take a number fast path and fall back to exact bigints.
 */
import { PyObject, decref } from './object';
import { intType, boolType, floatType, strType } from './core-types';
import { PyInt, IntValue, newInt, newBool, norm, toBig, True, False, isSafe, intSizeof, newIntSsize } from './int';
import { PyFloat, newFloat } from './float';
import { PyStr, newStr } from './str';
import { NotImplemented, None } from './singletons';
import { NB, NB_COUNT, BinarySlot } from './typeobject';
import { typeError, valueError, zeroDivisionError, overflowError } from './errors';
import { raiseWith } from './exceptions';
import { exceptionFactory, raise } from './errors';
import {
  FormatError, bitLength as bigBitLength, hashInt, intBitCount, intFloorDiv, intMod, intToFloat as bigToFloat, intTrueDiv,
} from './text';
import { defineMethod, defineGetSet, parseArgs } from './descriptors';
import { newTuple } from './tuple';

export function intHash(v: IntValue): number {
  if (typeof v === 'number' && v > -(2 ** 53) && v < 2 ** 53) return v === -1 ? -2 : v;
  return Number(hashInt(toBig(v)));
}

export const isInt = (o: PyObject): o is PyInt => o instanceof PyInt;

// ------------------------------------------------------------------ text library errors

/**
 * The Python exception for an error thrown by the text library (objects/text/): a
 * `FormatError` becomes its `pyType` with CPython's message (or args); anything else is
 * returned unchanged. Use as `catch (e) { throw pyError(e); }`. This is the one conversion,
 * for every user of the library; it lives here, low in the bootstrap import graph, so that
 * int itself can use it.
 */
export function pyError(e: unknown): unknown {
  if (!(e instanceof FormatError)) return e;
  const type = exceptionFactory.types[e.pyType];
  if (e.pyArgs !== undefined) {
    const args = e.pyArgs.map((a) => (typeof a === 'string' ? newStr(a) : newInt(a)));
    const t = raiseWith(type, args);
    for (const a of args) decref(a);
    return t;
  }
  return raise(type, e.pyType === 'MemoryError' ? null : e.message);
}

/** `f()` with library errors raised as Python exceptions. */
export function withPyErrors<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw pyError(e);
  }
}

// ------------------------------------------------------------------ arithmetic
// Small ints take JS number fast paths; everything else goes to the text library's exact
// bigint operations (objects/text/bigint-ops.ts), whose errors pyError raises.

function floorDiv(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0 && Math.abs(a) < 2 ** 52) return Math.floor(a / b);
  try {
    return norm(intFloorDiv(toBig(a), toBig(b)));
  } catch (e) {
    throw pyError(e);
  }
}

function mod(a: IntValue, b: IntValue): IntValue {
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) {
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? 0 : r;
  }
  try {
    return norm(intMod(toBig(a), toBig(b)));
  } catch (e) {
    throw pyError(e);
  }
}

/** float(v) of an int, correctly rounded; OverflowError when too large. */
export function intToFloat(v: IntValue): number {
  if (typeof v === 'number') return v;
  try {
    return bigToFloat(v);
  } catch (e) {
    throw pyError(e);
  }
}

function trueDiv(a: IntValue, b: IntValue): number {
  // both exact as doubles: one correctly rounded division
  if (typeof a === 'number' && typeof b === 'number' && b !== 0) return a / b;
  try {
    return intTrueDiv(toBig(a), toBig(b));
  } catch (e) {
    throw pyError(e);
  }
}

export function bitLength(v: bigint | number): number {
  return bigBitLength(toBig(v));
}

function pow(a: IntValue, b: IntValue): PyObject {
  if ((typeof b === 'number' ? b : Number(b)) < 0) {
    const fa = intToFloat(a);
    if (fa === 0) throw zeroDivisionError('0.0 cannot be raised to a negative power');
    return newFloat(Math.pow(fa, intToFloat(b)));
  }
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.pow(a, b);
    if (isSafe(r)) return newInt(r);
  }
  const bb = toBig(b);
  const ab = toBig(a);
  if (bitLength(ab) * Number(bb) > 1e8) throw overflowError('int too large');
  return newInt(norm(ab ** bb));
}

function shift(a: IntValue, b: IntValue, left: boolean): IntValue {
  const bn = typeof b === 'number' ? b : Number(b);
  if (bn < 0) throw valueError('negative shift count');
  if (left) {
    if (typeof a === 'number' && bn < 31 && Math.abs(a) < 2 ** 21) return a * 2 ** bn;
    return norm(toBig(a) << toBig(b));
  }
  if (typeof a === 'number' && bn < 53) return Math.floor(a / 2 ** bn);
  return norm(toBig(a) >> toBig(b));
}

function bitop(a: IntValue, b: IntValue, op: number): IntValue {
  if (typeof a === 'number' && typeof b === 'number' && a >= -0x80000000 && a <= 0x7fffffff && b >= -0x80000000 && b <= 0x7fffffff) {
    return op === NB.AND ? a & b : op === NB.OR ? a | b : a ^ b;
  }
  const x = toBig(a);
  const y = toBig(b);
  return norm(op === NB.AND ? x & y : op === NB.OR ? x | y : x ^ y);
}

function intBinary(op: number): BinarySlot {
  return (a, b) => {
    if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NotImplemented;
    const x = a.value;
    const y = b.value;
    switch (op) {
      case NB.ADD:
        if (typeof x === 'number' && typeof y === 'number' && isSafe(x + y)) return newInt(x + y);
        return newInt(norm(toBig(x) + toBig(y)));
      case NB.SUBTRACT:
        if (typeof x === 'number' && typeof y === 'number' && isSafe(x - y)) return newInt(x - y);
        return newInt(norm(toBig(x) - toBig(y)));
      case NB.MULTIPLY:
        if (typeof x === 'number' && typeof y === 'number' && isSafe(x * y)) return newInt(x * y);
        return newInt(norm(toBig(x) * toBig(y)));
      case NB.FLOOR_DIVIDE:
        return newInt(floorDiv(x, y));
      case NB.REMAINDER:
        return newInt(mod(x, y));
      case NB.TRUE_DIVIDE:
        return newFloat(trueDiv(x, y));
      case NB.POWER:
        return pow(x, y);
      case NB.LSHIFT:
        return newInt(shift(x, y, true));
      case NB.RSHIFT:
        return newInt(shift(x, y, false));
      case NB.AND:
      case NB.OR:
      case NB.XOR: {
        const r = bitop(x, y, op);
        if (a.type === boolType && b.type === boolType) return newBool(r !== 0);
        return newInt(r);
      }
      case NB.DIVMOD: {
        const q = floorDiv(x, y);
        const r = mod(x, y);
        return newTuple([newInt(q), newInt(r)]);
      }
    }
    return NotImplemented;
  };
}

function cmp(x: IntValue, y: IntValue): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

export function intRepr(v: IntValue): string {
  return v.toString();
}

/** Convert a Python int-like (int or __index__) to a JS IntValue. */
export function asIntValue(o: PyObject, what = 'an integer'): IntValue {
  if (o instanceof PyInt) return o.value;
  const idx = o.type.slots.index;
  if (idx) {
    const r = idx(o);
    if (!(r instanceof PyInt)) {
      // PyNumber_Index: a user __index__ may return anything
      decref(r);
      throw typeError(`__index__ returned non-int (type ${r.type.name})`);
    }
    const v = r.value;
    decref(r);
    return v;
  }
  throw typeError(`'${o.type.name}' object cannot be interpreted as ${what}`);
}

export function initIntType(): void {
  const s = intType.slots;
  s.repr = (o) => newStr(intRepr((o as PyInt).value)); // replaced in float-type.ts (exact decimal conversion)
  s.hash = (o) => intHash((o as PyInt).value);
  s.richcompare = (a, b, op) => {
    if (!(b instanceof PyInt)) {
      if (b instanceof PyFloat) return floatCompareHook.fn(a, b, op);
      return NotImplemented;
    }
    const c = cmp((a as PyInt).value, b.value);
    return newBool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0);
  };
  const slots: BinarySlot[] = [];
  for (let i = 0; i < NB_COUNT; i++) slots.push(intBinary(i));
  s.nbLeft = slots;
  s.nbRight = slots;
  s.negative = (o) => {
    const v = (o as PyInt).value;
    return newInt(typeof v === 'number' ? (v === 0 ? 0 : -v) : norm(-v));
  };
  s.positive = (o) => newInt((o as PyInt).value);
  s.invert = (o) => {
    const v = (o as PyInt).value;
    return newInt(typeof v === 'number' ? -v - 1 : norm(-v - 1n));
  };
  s.absolute = (o) => {
    const v = (o as PyInt).value;
    return newInt(typeof v === 'number' ? Math.abs(v) : norm(v < 0n ? -v : v));
  };
  s.bool = (o) => (o as PyInt).value != 0;
  s.index = (o) => newInt((o as PyInt).value);
  s.int = s.index;
  s.float = (o) => newFloat(intToFloat((o as PyInt).value));
  s.new = (type, args, kw) => {
    const [x, base] = parseArgs('int', args, kw, ['x', 'base'], 0, 2, 1);
    let v: IntValue;
    if (x === null) v = 0;
    else if (base !== null) {
      if (!(x instanceof PyStr) && x.type.name !== 'bytes' && x.type.name !== 'bytearray') {
        throw typeError("int() can't convert non-string with explicit base");
      }
      v = intParseHook.parse(x, Number(asIntValue(base)));
    } else if (x instanceof PyInt) v = x.value;
    else if (x instanceof PyFloat) {
      const f = x.value;
      if (Number.isNaN(f)) throw valueError('cannot convert float NaN to integer');
      if (!Number.isFinite(f)) throw overflowError('cannot convert float infinity to integer');
      const t = Math.trunc(f);
      v = isSafe(t) ? t : norm(BigInt(t));
    } else if (x instanceof PyStr || x.type.name === 'bytes' || x.type.name === 'bytearray') {
      v = intParseHook.parse(x, 10);
    } else if (x.type.slots.int) {
      const r = x.type.slots.int(x);
      if (!(r instanceof PyInt)) throw typeError(`__int__ returned non-int (type ${r.type.name})`);
      v = r.value;
    } else if (x.type.slots.index) {
      v = (x.type.slots.index(x) as PyInt).value;
    } else {
      const trunc = x.type.lookup('__trunc__');
      if (trunc !== null) return intTruncHook.fn(x);
      throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${x.type.name}'`);
    }
    if (type === intType) return newInt(v);
    const o = new PyInt(v, type);
    type.rc++;
    allocHook.alloc(o);
    return o;
  };
  defineMethod(intType, 'bit_length', (self) => newIntSsize(bitLength((self as PyInt).value)));
  defineMethod(intType, 'bit_count', (self) => newIntSsize(intBitCount(toBig((self as PyInt).value))));
  defineMethod(intType, 'conjugate', (self) => newInt((self as PyInt).value));
  defineMethod(intType, 'is_integer', () => True);
  defineMethod(intType, '__sizeof__', (self) => newIntSsize(intSizeof((self as PyInt).value)));
  defineMethod(intType, '__index__', (self) => newInt((self as PyInt).value));
  defineMethod(intType, 'as_integer_ratio', (self) => newTuple([newInt((self as PyInt).value), newInt(1)]));
  defineGetSet(intType, 'real', (o) => newInt((o as PyInt).value));
  defineGetSet(intType, 'imag', () => newInt(0));
  defineGetSet(intType, 'numerator', (o) => newInt((o as PyInt).value));
  defineGetSet(intType, 'denominator', () => newInt(1));

  boolType.isBaseType = false; // bool cannot be subclassed
  const bs = boolType.slots;
  bs.repr = (o) => newStr((o as PyInt).value ? 'True' : 'False');
  bs.new = (_t, args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError('bool() takes no keyword arguments');
    if (args.length > 1) throw typeError(`bool expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) return False;
    return truthHook.fn(args[0]) ? True : False;
  };
  void strType;
  void floatType;
  void None;
}

export const floatCompareHook = { fn: (_a: PyObject, _b: PyObject, _op: number): PyObject => NotImplemented };
export const intParseHook = {
  parse: (_x: PyObject, _base: number): IntValue => {
    throw new Error('int parsing not bootstrapped');
  },
};
export const intTruncHook = { fn: (_x: PyObject): PyObject => NotImplemented };
export const truthHook = { fn: (_x: PyObject): boolean => true };
export const allocHook = { alloc: (_o: PyObject): void => {} };
