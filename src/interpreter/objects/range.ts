/**
 * range (Objects/rangeobject.c): a 48-byte object (not GC-tracked) holding four int objects —
 * start, stop, step and the precomputed length (compute_range_length: a *new* int, so
 * `range(1000)` allocates the range and an int 1000). Indexing and slicing (a slice gives a
 * range), fast containment for ints, iteration with the 40-byte range_iterator (which holds
 * no references), reversed, index/count, == by sequence value, and range_hash.
 */
import { PyObject, decref, release } from './object';
import { rangeType, rangeIteratorType, intType, boolType } from './core-types';
import { PyInt, IntValue, newInt, newBool, toBig, norm } from './int';
import { None, NotImplemented } from './singletons';
import { newStr } from './str';
import { newTuple } from './tuple';
import { typeError, valueError, indexError, overflowError } from './errors';
import { registerTypeInit } from './bootstrap';
import { defineMethod, defineGetSet, exactArgs, noKwargs } from './descriptors';
import { getIter, iterNext, reprText, richEq, hashOf } from './abstract';
import { allocObject, freeObject } from './alloc';
import { PySlice, indexValue, hasIndex, PY_SSIZE_T_MAX } from './slice';
import { newSeqIter } from './iterators';
import { exactHashers, tupleHashExact } from './tuple-type';
import { PyTuple } from './tuple';

export class PyRange extends PyObject {
  constructor(
    public start: PyInt,
    public stop: PyInt,
    public step: PyInt,
    public length: PyInt,
  ) {
    super(rangeType);
  }
}

export class PyRangeIter extends PyObject {
  constructor(
    public start: IntValue,
    public step: IntValue,
    public len: IntValue,
  ) {
    super(rangeIteratorType);
  }
}

const big = (o: PyInt): bigint => toBig(o.value);

/** get_len_of_range / compute_range_length on exact integers. */
export function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return stop < start ? (start - stop - 1n) / -step + 1n : 0n;
}

/** PyNumber_Index as an int object (new reference). */
function asIndexObject(o: PyObject): PyInt {
  if (o.type === intType) {
    o.rc++;
    return o as PyInt;
  }
  return newInt(indexValue(o));
}

/** make_range_object: steals the three references. */
export function newRange(start: PyInt, stop: PyInt, step: PyInt): PyRange {
  const len = newInt(norm(rangeLength(big(start), big(stop), big(step))));
  const r = new PyRange(start, stop, step, len);
  allocObject(r, 48);
  return r;
}

function computeItem(r: PyRange, i: bigint): IntValue {
  return norm(big(r.start) + i * big(r.step));
}

function rangeLen(r: PyRange): number {
  const n = r.length.value;
  if (typeof n === 'number') return n;
  if (n > 9223372036854775807n) throw overflowError('Python int too large to convert to C ssize_t');
  return Number(n); // (the len slot is a JS number: exact up to 2**53)
}

function rangeContainsInt(r: PyRange, v: bigint): boolean {
  const start = big(r.start);
  const stop = big(r.stop);
  const step = big(r.step);
  if (step > 0n ? !(start <= v && v < stop) : !(stop < v && v <= start)) return false;
  return (v - start) % step === 0n;
}

/** The slice indices of a range of length `len` (bigints, _PySlice_GetLongIndices). */
function sliceLong(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const num = (o: PyObject): bigint => {
    if (!hasIndex(o)) throw typeError('slice indices must be integers or None or have an __index__ method');
    return toBig(indexValue(o));
  };
  let step = 1n;
  if (s.step !== None) {
    step = num(s.step);
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
  return [clip(s.start, neg ? upper : lower), clip(s.stop, neg ? lower : upper), step];
}

function newRangeIter(start: bigint, step: bigint, len: bigint): PyRangeIter {
  const it = new PyRangeIter(norm(start), norm(step), norm(len));
  allocObject(it, 40);
  return it;
}

function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (big(a.length) !== big(b.length)) return false;
  if (big(a.length) === 0n) return true;
  if (big(a.start) !== big(b.start)) return false;
  if (big(a.length) === 1n) return true;
  return big(a.step) === big(b.step);
}

registerTypeInit(() => {
  rangeIteratorType.basicsize = 40;
  rangeType.isBaseType = false;
  const s = rangeType.slots;
  s.new = (_type, args, kw) => {
    noKwargs('range', kw);
    if (args.length === 0) throw typeError('range expected at least 1 argument, got 0');
    if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
    let start: PyInt;
    let stop: PyInt;
    let step: PyInt;
    if (args.length === 1) {
      stop = asIndexObject(args[0]);
      start = newInt(0);
      step = newInt(1);
    } else {
      start = asIndexObject(args[0]);
      try {
        stop = asIndexObject(args[1]);
      } catch (e) {
        decref(start);
        throw e;
      }
      try {
        step = args.length === 3 ? asIndexObject(args[2]) : newInt(1);
      } catch (e) {
        decref(start);
        decref(stop);
        throw e;
      }
      if (big(step) === 0n) {
        decref(start);
        decref(stop);
        decref(step);
        throw valueError('range() arg 3 must not be zero');
      }
    }
    return newRange(start, stop, step);
  };
  s.repr = (o) => {
    const r = o as PyRange;
    if (big(r.step) === 1n) return newStr(`range(${reprText(r.start)}, ${reprText(r.stop)})`);
    return newStr(`range(${reprText(r.start)}, ${reprText(r.stop)}, ${reprText(r.step)})`);
  };
  s.len = (o) => rangeLen(o as PyRange);
  s.bool = (o) => big((o as PyRange).length) !== 0n;
  s.getitem = (o, key) => {
    const r = o as PyRange;
    if (hasIndex(key)) {
      let i = toBig(indexValue(key));
      if (i < 0n) i += big(r.length);
      if (i < 0n || i >= big(r.length)) throw indexError('range object index out of range');
      return newInt(computeItem(r, i));
    }
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceLong(key, big(r.length));
      return newRange(newInt(computeItem(r, start)), newInt(computeItem(r, stop)), newInt(norm(step * big(r.step))));
    }
    throw typeError(`range indices must be integers or slices, not ${key.type.name}`);
  };
  s.contains = (o, v) => {
    const r = o as PyRange;
    if (v.type === intType || v.type === boolType) return rangeContainsInt(r, toBig((v as PyInt).value));
    const it = getIter(r);
    try {
      for (;;) {
        const x = iterNext(it);
        if (x === null) return false;
        const eq = richEq(x, v);
        decref(x);
        if (eq) return true;
      }
    } finally {
      decref(it);
    }
  };
  s.richcompare = (a, b, op) => {
    if (!(b instanceof PyRange) || (op !== 2 && op !== 3)) return NotImplemented;
    const eq = rangeEquals(a as PyRange, b);
    return newBool(op === 2 ? eq : !eq);
  };
  exactHashers.set(rangeType, (o) => {
    const t = rangeHashTuple(o as PyRange);
    try {
      return tupleHashExact(t);
    } finally {
      decref(t);
    }
  });
  s.hash = (o) => {
    const t = rangeHashTuple(o as PyRange);
    try {
      return hashOf(t);
    } finally {
      decref(t);
    }
  };
  s.iter = (o) => {
    const r = o as PyRange;
    return newRangeIter(big(r.start), big(r.step), big(r.length));
  };
  rangeType.dealloc = (o) => {
    const r = o as PyRange;
    release(r.start);
    release(r.stop);
    release(r.step);
    release(r.length);
    return false;
  };
  rangeType.freeMemory = freeObject;
  for (const name of ['start', 'stop', 'step'] as const) {
    defineGetSet(rangeType, name, (o) => {
      const v = (o as PyRange)[name];
      v.rc++;
      return v;
    });
  }
  defineMethod(rangeType, '__reversed__', (self) => {
    const r = self as PyRange;
    const len = big(r.length);
    const step = big(r.step);
    return newRangeIter(big(r.start) + (len - 1n) * step, -step, len);
  });
  defineMethod(rangeType, 'count', (self, args, kw) => {
    exactArgs('count', args, kw, 1);
    const v = args[0];
    if (v.type === intType || v.type === boolType) return newInt(rangeContainsInt(self as PyRange, toBig((v as PyInt).value)) ? 1 : 0);
    let n = 0;
    const it = getIter(self);
    try {
      for (;;) {
        const x = iterNext(it);
        if (x === null) break;
        if (richEq(x, v)) n++;
        decref(x);
      }
    } finally {
      decref(it);
    }
    return newInt(n);
  });
  defineMethod(rangeType, 'index', (self, args, kw) => {
    exactArgs('index', args, kw, 1);
    const r = self as PyRange;
    const v = args[0];
    if (v.type === intType || v.type === boolType) {
      const x = toBig((v as PyInt).value);
      if (!rangeContainsInt(r, x)) throw valueError(`${reprText(v)} is not in range`);
      return newInt(norm((x - big(r.start)) / big(r.step)));
    }
    let i = 0;
    const it = getIter(self);
    try {
      for (;; i++) {
        const x = iterNext(it);
        if (x === null) break;
        const eq = richEq(x, v);
        decref(x);
        if (eq) return newInt(i);
      }
    } finally {
      decref(it);
    }
    throw valueError(`${reprText(v)} is not in range`);
  });
  defineMethod(rangeType, '__reduce__', (self) => {
    const r = self as PyRange;
    rangeType.rc++;
    for (const x of [r.start, r.stop, r.step]) x.rc++;
    return newTuple([rangeType, newTuple([r.start, r.stop, r.step])]);
  });
  defineMethod(rangeType, '__sizeof__', () => newInt(48));

  // ---- range_iterator
  const is = rangeIteratorType.slots;
  is.iter = (o) => {
    o.rc++;
    return o;
  };
  is.iternext = (o) => {
    const it = o as PyRangeIter;
    if (typeof it.len === 'number' && typeof it.start === 'number' && typeof it.step === 'number') {
      if (it.len > 0) {
        const v = it.start;
        it.start = v + it.step;
        if (!Number.isSafeInteger(it.start)) it.start = norm(BigInt(v) + BigInt(it.step));
        it.len--;
        return newInt(v);
      }
      return null;
    }
    if (toBig(it.len) > 0n) {
      const v = it.start;
      it.start = norm(toBig(v) + toBig(it.step));
      it.len = norm(toBig(it.len) - 1n);
      return newInt(v);
    }
    return null;
  };
  defineMethod(rangeIteratorType, '__length_hint__', (self) => newInt((self as PyRangeIter).len));
  rangeIteratorType.freeMemory = freeObject;
  void newSeqIter;
});

/** range_hash's tuple: (len, start, step) with None for what does not matter. */
function rangeHashTuple(r: PyRange): PyTuple {
  const len = big(r.length);
  const items: PyObject[] = [r.length];
  if (len === 0n) items.push(None, None);
  else {
    items.push(r.start);
    items.push(len === 1n ? None : r.step);
  }
  for (const x of items) x.rc++;
  return newTuple(items);
}
