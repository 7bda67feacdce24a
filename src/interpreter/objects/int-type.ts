/**
 * int and bool behaviour (Objects/longobject.c, boolobject.c): the number slots, comparison,
 * hashing (numeric hash modulo 2**61 − 1, shared with float so 1 == 1.0 hash alike), repr and
 * the constructor. Operations take a number fast path and fall back to exact bigints.
 */
import { PyObject, decref } from './object';
import { intType, boolType, floatType, strType } from './core-types';
import {
  PyInt, IntValue, newInt, newBool, norm, toBig, True, False, isSafe, intSizeof, newIntSsize, newIntDigits, ndigits,
} from './int';
import { bothCompact, addAllocDigits, mulAllocDigits, shiftAllocDigits, divAllocDigits } from './int-alloc';
import { PyFloat, newFloat } from './float';
import { PyStr, newStr, runtimeIdentifier, TYPE_DICT_IDENTIFIERS } from './str';
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
  let r: IntValue;
  if (typeof a === 'number' && typeof b === 'number' && isSafe(Math.pow(a, b))) r = Math.pow(a, b);
  else {
    const bb = toBig(b);
    const ab = toBig(a);
    if (bitLength(ab) * Number(bb) > 1e8) throw overflowError('int too large');
    r = norm(ab ** bb);
  }
  return powResult(a, b, r);
}

/**
 * The object long_pow returns for a ** n (n ≥ 0, no modulus) with value r. Left-to-right binary
 * exponentiation: z = a, then per remaining exponent bit z = z·z and, for a set bit, z = z·a;
 * so n = 1 returns `a`'s value in a's own block (the caller passes the operand itself through
 * the exact-int identity), and otherwise the block is the last multiplication's: the
 * medium-value path when both factors are compact, else x_mul's size_a + size_b digits.
 */
function powResult(a: IntValue, n: IntValue, r: IntValue): PyObject {
  if (n === 0 || n === 0n || r === 0 || r === 1 || r === -1) return newInt(r);
  const odd = typeof n === 'number' ? n % 2 === 1 : (n & 1n) === 1n;
  if (n === 1 || n === 1n) return newInt(r);
  // the factors of the last multiplication: a**(n-1) · a, or a**(n/2) squared
  const ab = toBig(a);
  const prev = odd ? toBig(r) / ab : ab ** (toBig(n) / 2n);
  const other = odd ? ab : prev;
  const p = norm(prev);
  const o = norm(other);
  if (bothCompact(p, o)) return newInt(r);
  return newIntDigits(r, ndigits(p) + ndigits(o));
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

/**
 * The quotient and remainder objects of floor division as l_divmod builds them: long_divrem's
 * truncated results (blocks from int-alloc.ts divAllocDigits), then, when the remainder's sign
 * differs from the divisor's, mod = long_add(mod, b) and div = long_sub(div, 1).
 */
function divResults(a: PyInt, x: IntValue, y: IntValue, want: 'q' | 'r' | 'qr'): [PyObject | null, PyObject | null] {
  const wq = want !== 'r';
  const wr = want !== 'q';
  const q = want === 'r' ? 0 : floorDiv(x, y); // b == 0: "integer division or modulo by zero"
  const r = mod(x, y); // for % alone: "integer modulo by zero"
  const al = divAllocDigits(x, y);
  if (al === null) return [wq ? newInt(q) : null, wr ? newInt(r) : null];
  if (r === 0 || r === 0n || x < 0 === y < 0) {
    const ro = !wr ? null : al.r === 'a' ? longLong(a) : al.r < 0 ? newInt(r) : newIntDigits(r, al.r);
    return [wq ? newIntDigits(q, al.q) : null, ro];
  }
  const qt = norm(toBig(q) + 1n);
  const rt = norm(toBig(r) - toBig(y));
  const qo = !wq ? null : bothCompact(qt, 1) ? newInt(q) : newIntDigits(q, addAllocDigits(qt, -1));
  const ro = !wr ? null : bothCompact(rt, y) ? newInt(r) : newIntDigits(r, addAllocDigits(rt, y));
  return [qo, ro];
}

function intBinary(op: number): BinarySlot {
  return (a, b) => {
    if (!(a instanceof PyInt) || !(b instanceof PyInt)) return NotImplemented;
    const x = a.value;
    const y = b.value;
    switch (op) {
      // beyond the compact (one-digit) fast paths, the result keeps the block x_add / x_sub /
      // x_mul allocated (int.ts addAllocDigits, mulAllocDigits)
      case NB.ADD:
        if (bothCompact(x, y)) return newInt((x as number) + (y as number));
        if (typeof x === 'number' && typeof y === 'number' && isSafe(x + y)) return newIntDigits(x + y, addAllocDigits(x, y));
        return newIntDigits(norm(toBig(x) + toBig(y)), addAllocDigits(x, y));
      case NB.SUBTRACT:
        if (bothCompact(x, y)) return newInt((x as number) - (y as number));
        if (typeof x === 'number' && typeof y === 'number' && isSafe(x - y)) return newIntDigits(x - y, addAllocDigits(x, -y));
        return newIntDigits(norm(toBig(x) - toBig(y)), addAllocDigits(x, -y));
      case NB.MULTIPLY:
        if (bothCompact(x, y)) return newInt((x as number) * (y as number));
        if (typeof x === 'number' && typeof y === 'number' && isSafe(x * y)) return newIntDigits(x * y, mulAllocDigits(x, y));
        return newIntDigits(norm(toBig(x) * toBig(y)), mulAllocDigits(x, y));
      case NB.FLOOR_DIVIDE:
        return divResults(a, x, y, 'q')[0]!;
      case NB.REMAINDER:
        return divResults(a, x, y, 'r')[1]!;
      case NB.TRUE_DIVIDE:
        return newFloat(trueDiv(x, y));
      case NB.POWER:
        return pow(x, y);
      case NB.LSHIFT:
      case NB.RSHIFT: {
        const r = shift(x, y, op === NB.LSHIFT);
        const d = shiftAllocDigits(x, y, op === NB.LSHIFT);
        return d < 0 ? newInt(r) : newIntDigits(r, d);
      }
      case NB.AND:
      case NB.OR:
      case NB.XOR: {
        const r = bitop(x, y, op);
        if (a.type === boolType && b.type === boolType) return newBool(r !== 0);
        // long_bitwise for two non-negative, not both compact operands: a block of the shorter
        // operand's size for &, the longer's for | and ^ (negative operands: exact size here)
        if (bothCompact(x, y) || x < 0 || y < 0) return newInt(r);
        return newIntDigits(r, op === NB.AND ? Math.min(ndigits(x), ndigits(y)) : Math.max(ndigits(x), ndigits(y)));
      }
      case NB.DIVMOD:
        return newTuple(divResults(a, x, y, 'qr') as PyObject[]);
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

/**
 * long_long: an exact int is returned itself (+x, int(x), x.__index__(), abs(x ≥ 0), x.real …);
 * an int subclass instance is copied to a plain int by _PyLong_Copy (exact digits, 28 bytes for
 * one: not the 32-byte medium int).
 */
export function longLong(o: PyObject): PyObject {
  if (o.type === intType) {
    o.rc++;
    return o;
  }
  return newIntDigits((o as PyInt).value, 0);
}

function literalText(x: PyObject): string {
  if (x instanceof PyStr) return x.value;
  let t = '';
  for (const b of (x as PyObject & { data: Uint8Array }).data) t += String.fromCharCode(b);
  return t;
}

/** log(base) / log(2**30), as long_from_non_binary_base's table holds it. */
const logBaseBASE = (base: number): number => Math.log(base) / Math.log(1073741824);

/**
 * Digits PyLong_FromString allocates for a valid literal: a power-of-two base gets exactly
 * ceil(digits · bits_per_char / 30) (long_from_binary_base); any other base the estimate
 * floor(digits · log(base)/log(2**30) + 1) (long_from_non_binary_base), which long_normalize
 * later trims without shrinking the block. `digits` counts digit characters only (no sign,
 * spaces, prefix or underscores).
 */
function literalAllocDigits(text: string, base: number): number {
  let t = text.trim();
  if (t[0] === '+' || t[0] === '-') t = t.slice(1);
  const p = t.slice(0, 2).toLowerCase();
  const prefixBase = p === '0x' ? 16 : p === '0o' ? 8 : p === '0b' ? 2 : 0;
  if (base === 0) base = prefixBase || 10;
  if (prefixBase !== 0 && prefixBase === base) t = t.slice(2);
  let digits = 0;
  for (const c of t) if (c !== '_') digits++;
  if ((base & (base - 1)) === 0) {
    const bitsPerChar = Math.log2(base);
    return Math.ceil((digits * bitsPerChar) / 30);
  }
  return Math.floor(digits * logBaseBASE(base) + 1.0);
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
  s.positive = longLong;
  s.invert = (o) => {
    const v = (o as PyInt).value;
    // long_invert: −(x + 1), through long_add's allocation unless x is compact
    if (typeof v === 'number' && v < 1073741824 && v > -1073741824) return newInt(-v - 1);
    return newIntDigits(typeof v === 'number' ? -v - 1 : norm(-v - 1n), addAllocDigits(v, 1));
  };
  s.absolute = (o) => {
    const v = (o as PyInt).value;
    return newInt(typeof v === 'number' ? Math.abs(v) : norm(v < 0n ? -v : v));
  };
  s.bool = (o) => (o as PyInt).value != 0;
  s.index = longLong;
  s.int = longLong;
  s.float = (o) => newFloat(intToFloat((o as PyInt).value));
  s.new = (type, args, kw) => {
    const [x, base] = parseArgs('int', args, kw, ['x', 'base'], 0, 2, 1);
    let v: IntValue;
    let allocDigits = -1; // parsed from text: the block long_from_*_base allocated
    if (x === null) v = 0;
    else if (base !== null) {
      if (!(x instanceof PyStr) && x.type.name !== 'bytes' && x.type.name !== 'bytearray') {
        throw typeError("int() can't convert non-string with explicit base");
      }
      const b = Number(asIntValue(base));
      v = intParseHook.parse(x, b);
      allocDigits = literalAllocDigits(literalText(x), b);
    } else if (x instanceof PyInt) {
      v = x.value;
      allocDigits = 0; // an int subclass: long_long's _PyLong_Copy (exact digits)
    }
    else if (x instanceof PyFloat) {
      const f = x.value;
      if (Number.isNaN(f)) throw valueError('cannot convert float NaN to integer');
      if (!Number.isFinite(f)) throw overflowError('cannot convert float infinity to integer');
      const t = Math.trunc(f);
      v = isSafe(t) ? t : norm(BigInt(t));
    } else if (x instanceof PyStr || x.type.name === 'bytes' || x.type.name === 'bytearray') {
      v = intParseHook.parse(x, 10);
      allocDigits = literalAllocDigits(literalText(x), 10);
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
    if (type === intType) return allocDigits >= 0 ? newIntDigits(v, allocDigits) : newInt(v);
    const o = new PyInt(v, type);
    type.rc++;
    allocHook.alloc(o);
    return o;
  };
  defineMethod(intType, 'bit_length', (self) => newIntSsize(bitLength((self as PyInt).value)));
  defineMethod(intType, 'bit_count', (self) => newIntSsize(intBitCount(toBig((self as PyInt).value))));
  defineMethod(intType, 'conjugate', longLong);
  defineMethod(intType, 'is_integer', () => True);
  defineMethod(intType, '__sizeof__', (self) => newIntSsize(intSizeof((self as PyInt).value)));
  defineMethod(intType, '__index__', longLong);
  defineMethod(intType, 'as_integer_ratio', (self) => newTuple([newInt((self as PyInt).value), newInt(1)]));
  defineGetSet(intType, 'real', longLong);
  defineGetSet(intType, 'imag', () => newInt(0));
  defineGetSet(intType, 'numerator', longLong);
  defineGetSet(intType, 'denominator', () => newInt(1));

  boolType.isBaseType = false; // bool cannot be subclassed
  const bs = boolType.slots;
  // bool_repr returns the static identifiers _Py_ID(True) / _Py_ID(False): nothing is allocated
  // the runtime's static identifiers exist from start-up (made lazily, the first program would
  // allocate heap strs for names later ones find static)
  for (const name of [...TYPE_DICT_IDENTIFIERS, 'Py_Repr']) runtimeIdentifier(name);
  const trueStr = runtimeIdentifier('True');
  const falseStr = runtimeIdentifier('False');
  bs.repr = (o) => ((o as PyInt).value ? trueStr : falseStr);
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
