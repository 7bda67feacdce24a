/**
 * int and bool (CPython's Objects/longobject.c, boolobject.c).
 *
 * Representation: `value` is a JS number while the integer is a safe integer (|v| < 2**53),
 * and a bigint beyond — every operation has a fast number path and an exact bigint path.
 * Memory is CPython's: 30-bit digits; ints with |v| < 2**30 are "medium" ints allocated as a
 * whole `PyLongObject` (32 bytes, `_PyLong_FromMedium`), bigger ones as 24 + 4·ndigits bytes
 * (`_PyLong_New`). `sys.getsizeof` is 24 + 4·max(ndigits, 1). Small ints −5…256 are
 * preallocated and immortal, as are True and False.
 */
import { PyObject, makeImmortal } from './object';
import { intType, boolType } from './core-types';
import { allocObject, allocStatic } from './alloc';

export type IntValue = number | bigint;

export class PyInt extends PyObject {
  constructor(public value: IntValue, type = intType) {
    super(type);
  }
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Normalise: bigint → number when safe. */
export function norm(v: bigint): IntValue {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function toBig(v: IntValue): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Number of 30-bit digits of |v| (0 for zero). */
export function ndigits(v: IntValue): number {
  if (typeof v === 'number') {
    let a = Math.abs(v);
    if (a === 0) return 0;
    let n = 0;
    while (a >= 1) {
      a = Math.floor(a / 1073741824);
      n++;
    }
    return n;
  }
  const a = v < 0n ? -v : v;
  // Few digits (the common case: a sum past 2**53): compare with cached powers 2**(30k), no
  // BigInt is allocated. Larger: the bit length from the hex text (linear, unlike shifting).
  if (a < POW30[POW30.length - 1]) {
    let n = 0;
    while (a >= POW30[n]) n++;
    return n;
  }
  const hex = a.toString(16);
  const bits = (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
  return Math.ceil(bits / 30);
}
/** 2**(30k) for k = 0 … 8. */
const POW30: bigint[] = Array.from({ length: 9 }, (_, k) => 1n << BigInt(30 * k));

/** Bytes CPython 3.12 requests from the allocator for an int with this value. */
export function intAllocSize(v: IntValue): number {
  const n = ndigits(v);
  return n <= 1 ? 32 : 24 + 4 * n;
}

export function intSizeof(v: IntValue): number {
  return 24 + 4 * Math.max(ndigits(v), 1);
}

const SMALL_MIN = -5;
const SMALL_MAX = 256;
const smallInts: PyInt[] = [];

export let True: PyInt;
export let False: PyInt;

/** Called once by the bootstrap, after the allocator is in place. */
export function initSmallInts(): void {
  smallInts.length = 0;
  for (let i = SMALL_MIN; i <= SMALL_MAX; i++) {
    const o = new PyInt(i);
    allocStatic(o, 32);
    smallInts.push(makeImmortal(o));
  }
  False = new PyInt(0, boolType);
  allocStatic(False, 32);
  makeImmortal(False);
  True = new PyInt(1, boolType);
  allocStatic(True, 32);
  makeImmortal(True);
}

/** A new reference to an int with value v (small ints come from the cache). */
export function newInt(v: IntValue): PyInt {
  if (typeof v === 'bigint') {
    if (v >= -9007199254740991n && v <= 9007199254740991n) v = Number(v);
    else {
      const o = new PyInt(v);
      allocObject(o, intAllocSize(v));
      return o;
    }
  }
  if (v >= SMALL_MIN && v <= SMALL_MAX) {
    return smallInts[v - SMALL_MIN]; // immortal: no incref needed
  }
  const o = new PyInt(v);
  // |v| < 2**53 has at most two 30-bit digits: 32 bytes either way (medium: sizeof(PyLongObject);
  // two digits: 24 + 4 * 2)
  allocObject(o, 32);
  return o;
}

/**
 * PyLong_FromSsize_t / PyLong_FromSize_t (3.12): beyond the small ints, _PyLong_New(ndigits) —
 * 24 + 4·ndigits bytes (28 for one digit) where PyLong_FromLong's medium int takes 32. CPython
 * converts C sizes this way: len(), list/str index() count() find(), enumerate's counter, sum()
 * of ints, sys.getsizeof, bit_length (measured with tracemalloc).
 */
export function newIntSsize(v: IntValue): PyInt {
  if (typeof v === 'bigint') return newInt(v);
  return newIntDigits(v, 0);
}

/**
 * An int built in a block of `allocDigits` digits by `_PyLong_New`, then trimmed by
 * long_normalize (which never shrinks the block) and maybe_small_long (a small value is
 * returned as the cached small int): 24 + 4·max(allocDigits, digits of v, 1) bytes.
 * int(str), int.from_bytes and multi-digit + - * build their results this way.
 */
export function newIntDigits(v: IntValue, allocDigits: number): PyInt {
  if (typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n) v = Number(v);
  if (typeof v === 'number' && v >= SMALL_MIN && v <= SMALL_MAX) return smallInts[v - SMALL_MIN];
  const o = new PyInt(v);
  allocObject(o, 24 + 4 * Math.max(allocDigits, ndigits(v), 1));
  return o;
}

export function newBool(b: boolean): PyInt {
  return b ? True : False;
}

export const isSafe = (x: number): boolean => x <= MAX_SAFE && x >= -MAX_SAFE;
