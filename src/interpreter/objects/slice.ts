/**
 * slice (Objects/sliceobject.c) and the index helpers every sequence type uses.
 *
 *  - `newSlice(start, stop, step)`: _PyBuildSlice / PySlice_New, with CPython 3.12's
 *    one-element slice free list (`interp->slice_cache`): a dying slice is kept (its address,
 *    still counted by the GC allocation counter) and handed out again by the next slice.
 *  - `sliceIndices(slice, length)`: PySlice_Unpack + PySlice_AdjustIndices, installed as
 *    `sliceIndicesHook.fn` so str/bytes/… can slice without importing this module.
 *  - `slice.indices()`, repr, comparison (as 3-tuples), hash (3.12: slices are hashable,
 *    xxHash over (start, stop, step) like tuplehash), attributes start/stop/step.
 *  - `indexValue` / `asSsize`: PyNumber_Index / PyNumber_AsSsize_t, `sliceIndex`:
 *    _PyEval_SliceIndex.
 */
import { PyObject, decref, release } from './object';
import { sliceType, intType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject, freeObject } from './alloc';
import { allocator, type Allocator } from './memory';
import { PyInt, IntValue, newInt, toBig } from './int';
import { None, NotImplemented } from './singletons';
import { newStr } from './str';
import { newTuple, PyTuple } from './tuple';
import { typeError, valueError, indexError, overflowError } from './errors';
import { registerTypeInit } from './bootstrap';
import { defineMethod, defineGetSet, exactArgs, rangeArgs, noKwargs } from './descriptors';
import { reprText, richCompare } from './abstract';
import { sliceIndicesHook } from './hooks-shared';
import { vmHooks } from '../vm/hooks';

export const PY_SSIZE_T_MAX = 9223372036854775807; // 2**63 as a double; only used for clamping
export const PY_SSIZE_T_MIN = -9223372036854775808;

export class PySlice extends PyGCObject {
  constructor(
    public start: PyObject,
    public stop: PyObject,
    public step: PyObject,
  ) {
    super(sliceType);
  }
}

// ------------------------------------------------------------------ index helpers
/** PyNumber_Index: the int value of an int or an object with __index__; TypeError otherwise. */
export function indexValue(o: PyObject, msg?: () => string): IntValue {
  if (o instanceof PyInt) return o.value;
  const f = o.type.slots.index;
  if (f) {
    const r = f(o);
    if (!(r instanceof PyInt)) {
      decref(r);
      throw typeError(`__index__ returned non-int (type ${r.type.name})`);
    }
    const v = r.value;
    decref(r);
    return v;
  }
  throw typeError(msg ? msg() : `'${o.type.name}' object cannot be interpreted as an integer`);
}

export const hasIndex = (o: PyObject): boolean => o instanceof PyInt || o.type.slots.index !== undefined;

/**
 * PyNumber_AsSsize_t: with `clamp` (exc == NULL) out-of-range values saturate, otherwise
 * IndexError "cannot fit 'int' into an index-sized integer".
 */
export function asSsize(o: PyObject, clamp = false, msg?: () => string): number {
  const v = indexValue(o, msg);
  if (typeof v === 'number') return v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) {
    if (clamp) return v < 0n ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX;
    throw indexError(`cannot fit '${o.type.name}' into an index-sized integer`);
  }
  return Number(v);
}

/** PyNumber_AsSsize_t(o, PyExc_OverflowError): sequence repeat counts. */
export function asSsizeOverflow(o: PyObject): number {
  const v = indexValue(o);
  if (typeof v === 'number') return v;
  if (v > 9223372036854775807n || v < -9223372036854775808n) {
    throw overflowError(`cannot fit '${o.type.name}' into an index-sized integer`);
  }
  return Number(v);
}

/** _PyEval_SliceIndex: None → null; ints/__index__ clamp; anything else → TypeError. */
export function sliceIndex(o: PyObject): number | null {
  if (o === None) return null;
  if (!hasIndex(o)) throw typeError('slice indices must be integers or None or have an __index__ method');
  return asSsize(o, true);
}

/** PySlice_Unpack: [start, stop, step] before adjusting to a length. */
export function sliceUnpack(s: PySlice): [number, number, number] {
  let step: number;
  if (s.step === None) step = 1;
  else {
    step = sliceIndex(s.step)!;
    if (step === 0) throw valueError('slice step cannot be zero');
    if (step < -PY_SSIZE_T_MAX) step = -PY_SSIZE_T_MAX;
  }
  const start = s.start === None ? (step < 0 ? PY_SSIZE_T_MAX : 0) : sliceIndex(s.start)!;
  const stop = s.stop === None ? (step < 0 ? PY_SSIZE_T_MIN : PY_SSIZE_T_MAX) : sliceIndex(s.stop)!;
  return [start, stop, step];
}

/** PySlice_AdjustIndices: clip to [0, length] and return the slice length. */
export function adjustIndices(length: number, start: number, stop: number, step: number): [number, number, number, number] {
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** [start, stop, step, slicelength] of a slice applied to a sequence of `length` items. */
export function sliceIndices(s: PyObject, length: number): [number, number, number, number] {
  const [start, stop, step] = sliceUnpack(s as PySlice);
  return adjustIndices(length, start, stop, step);
}

// ------------------------------------------------------------------ creation / free list
let cachedAddr = 0;
let cachedAllocator: Allocator | null = null;

/** Forget the cached slice (a fresh interpreter). */
export function resetSliceCache(): void {
  cachedAddr = 0;
  cachedAllocator = null;
}

/**
 * CPython's start-up leaves a dead slice in the one-slot cache (measured on 3.12.1: a script's
 * first slice after tracemalloc.start() allocates nothing, the second 56 bytes): park a block.
 */
export function seedSliceCache(): void {
  if (cachedAddr !== 0 && cachedAllocator === allocator) return;
  const s = new PySlice(None, None, None);
  allocObject(s, 40);
  cachedAddr = s.addr;
  cachedAllocator = allocator;
}

/** _PyBuildSlice_Consume2 / PySlice_New: a new slice holding new references to its parts. */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  const s = new PySlice(start, stop, step);
  start.rc++;
  stop.rc++;
  step.rc++;
  if (cachedAddr !== 0 && cachedAllocator === allocator) {
    s.addr = cachedAddr;
    cachedAddr = 0;
  } else {
    cachedAddr = 0;
    allocObject(s, 40);
  }
  gcTrack(s);
  return s;
}

// ------------------------------------------------------------------ exact hashing (xxHash lanes)
const M64 = (1n << 64n) - 1n;
export const XXPRIME_1 = 11400714785074694791n;
export const XXPRIME_2 = 14029467366897019727n;
export const XXPRIME_5 = 2870177450012600261n;

/** tuplehash's accumulator over exact 64-bit lane hashes (shared by tuple and slice). */
export function xxHashLanes(lanes: bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const h of lanes) {
    const lane = h & M64;
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(lanes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796n;
  return BigInt.asIntN(64, acc);
}

/** Set by tuple-type.ts: the exact 64-bit hash of any object. */
export const exactHashHook = {
  fn: (_o: PyObject): bigint => {
    throw new Error('hash not bootstrapped');
  },
};

export function normHash(h: bigint): number | bigint {
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

// ------------------------------------------------------------------ type
registerTypeInit(() => {
  sliceIndicesHook.fn = sliceIndices;
  vmHooks.newSlice = newSlice;
  const s = sliceType.slots;
  sliceType.isBaseType = false;
  s.new = (_type, args, kw) => {
    noKwargs('slice', kw);
    if (args.length === 0) throw typeError('slice expected at least 1 argument, got 0');
    rangeArgs('slice', args, kw, 1, 3);
    if (args.length === 1) return newSlice(None, args[0], None);
    return newSlice(args[0], args[1], args.length === 3 ? args[2] : None);
  };
  s.repr = (o) => {
    const sl = o as PySlice;
    return newStr(`slice(${reprText(sl.start)}, ${reprText(sl.stop)}, ${reprText(sl.step)})`);
  };
  s.hash = (o) => Number(sliceHashExact(o as PySlice));
  s.richcompare = (a, b, op) => {
    if (!(b instanceof PySlice)) return NotImplemented;
    const x = a as PySlice;
    const t1 = newTuple([x.start, x.stop, x.step].map((v) => (v.rc++, v)));
    const t2 = newTuple([b.start, b.stop, b.step].map((v) => (v.rc++, v)));
    try {
      return richCompare(t1, t2, op);
    } finally {
      decref(t1);
      decref(t2);
    }
  };
  sliceType.dealloc = (o) => {
    const sl = o as PySlice;
    gcUntrack(sl);
    release(sl.step);
    release(sl.start);
    release(sl.stop);
    return false;
  };
  sliceType.freeMemory = (o) => {
    // slice_dealloc: keep one dead slice for reuse (not freed, still counted by the GC)
    if (cachedAddr === 0 && o.addr !== 0) {
      cachedAddr = o.addr;
      cachedAllocator = allocator;
      o.addr = 0;
      return;
    }
    freeObject(o);
  };
  sliceType.traverse = (o, visit) => {
    const sl = o as PySlice;
    visit(sl.start);
    visit(sl.stop);
    visit(sl.step);
  };
  const member = (name: 'start' | 'stop' | 'step') =>
    defineGetSet(sliceType, name, (o) => {
      const v = (o as PySlice)[name];
      v.rc++;
      return v;
    });
  member('start');
  member('stop');
  member('step');
  defineMethod(sliceType, 'indices', (self, args, kw) => {
    exactArgs('indices', args, kw, 1);
    const len = indexValue(args[0]);
    if (len < 0) throw valueError('length should not be negative');
    const [a, b, c] = sliceIndicesBig(self as PySlice, toBig(len));
    return newTuple([newInt(a), newInt(b), newInt(c)]);
  });
  defineMethod(sliceType, '__reduce__', (self) => {
    const sl = self as PySlice;
    sliceType.rc++;
    return newTuple([sliceType, newTuple([sl.start, sl.stop, sl.step].map((v) => (v.rc++, v)))]);
  });
  void intType;
});

function sliceHashExact(sl: PySlice): bigint {
  return xxHashLanes([exactHashHook.fn(sl.start), exactHashHook.fn(sl.stop), exactHashHook.fn(sl.step)]);
}

/** _PySlice_GetLongIndices: exact (bigint) start, stop, step for slice.indices(). */
function sliceIndicesBig(sl: PySlice, length: bigint): [bigint, bigint, bigint] {
  const num = (o: PyObject): bigint => {
    if (!hasIndex(o)) throw typeError('slice indices must be integers or None or have an __index__ method');
    return toBig(indexValue(o));
  };
  let step = 1n;
  if (sl.step !== None) {
    step = num(sl.step);
    if (step === 0n) throw valueError('slice step cannot be zero');
  }
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? length - 1n : length;
  const clip = (o: PyObject, dflt: bigint): bigint => {
    if (o === None) return dflt;
    let v = num(o);
    if (v < 0n) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) v = upper;
    return v;
  };
  const start = clip(sl.start, neg ? upper : lower);
  const stop = clip(sl.stop, neg ? lower : upper);
  return [start, stop, step];
}

export type { PyTuple };
