/**
 * tuple behaviour (Objects/tupleobject.c): repr (with the Py_ReprEnter guard), tuplehash
 * (3.12's xxHash-based algorithm, computed exactly on 64 bits), tuplerichcompare, concat,
 * repeat, indexing and slicing, containment, iteration, count/index, and tuple_new.
 *
 * Also home of `hashExact`: the exact 64-bit CPython hash of any object (ints beyond 2**53,
 * floats, tuples, frozensets …), which set probing and tuplehash need bit for bit.
 */
import { exactHashers, intHashHook } from './exact-hash';
import { ensureAllocatable, sizeProductOverflows, HOST_MAX_ITEMS } from './size-limits';
import { PyObject, decref } from './object';
import { tupleType, intType, floatType, strType, tupleIteratorType, listType } from './core-types';
import { PyTuple, newTuple, theEmptyTuple, takeTupleBlock, resizeTupleBlock, freeTupleBlock, newTupleInBlock } from './tuple';
import { PyInt, newInt, newBool, newIntSsize } from './int';
import { PyFloat } from './float';
import { PyStr, newStr, strHash, StrKind } from './str';
import { NotImplemented } from './singletons';
import { NB, NB_COUNT, BinarySlot, PyType } from './typeobject';
import { typeError, indexError, valueError, noMemory } from './errors';
import { registerTypeInit } from './bootstrap';
import { defineMethod, parseArgs, exactArgs, PyMethodDescr } from './descriptors';
import { dictSetStr } from './dict';
import { wrapperDescrType } from './core-types';
import { None } from './singletons';
import { hashOf, reprText, repr, richCompare, richCompareBool, richEq, iterToArray, getIter, iterNext } from './abstract';
import { allocObject } from './alloc';
import { gcTrack } from './gcobject';
import { PySlice, sliceIndices, asSsize, asSsizeOverflow, hasIndex, xxHashLanes, exactHashHook, indexValue, PY_SSIZE_T_MAX } from './slice';
import { newSeqIter, lengthHint } from './iterators';
import { reprEnter, reprLeave } from './repr-guard';
import { UnicodeWriterModel } from './unicode-writer';

// ------------------------------------------------------------------ exact hashing
const MODULUS = (1n << 61n) - 1n;

/** long_hash, exactly. */
intHashHook.fn = (v) => intHashExact(v);

export function intHashExact(v: number | bigint): bigint {
  if (typeof v === 'number' && v > -1073741824 * 8388608 && v < 1073741824 * 8388608) {
    return BigInt(v === -1 ? -2 : v);
  }
  const b = typeof v === 'bigint' ? v : BigInt(v);
  const neg = b < 0n;
  let h = (neg ? -b : b) % MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

/** _Py_HashDouble for finite and infinite values (NaN hashes by identity, like CPython). */
export function floatHashExact(o: PyObject, x: number): bigint {
  if (Number.isNaN(x)) return BigInt(hashOf(o));
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  if (Number.isInteger(x)) return intHashExact(BigInt(x));
  // x = n * 2**e exactly, n odd integer
  let e = 0;
  let m = Math.abs(x);
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  const n = BigInt(m);
  const sh = BigInt((((e % 61) + 61) % 61));
  let h = ((n % MODULUS) << sh) % MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** Exact hashers for types whose hash does not fit a JS number (frozenset registers here). */
export { exactHashers };

/** PyObject_Hash, exactly, as a signed 64-bit bigint. */
export function hashExact(o: PyObject): bigint {
  const t = o.type;
  const f = t.slots.hash;
  if (o instanceof PyInt && f === intType.slots.hash) return intHashExact(o.value);
  if (t === strType) return BigInt(strHash(o as PyStr));
  if (o instanceof PyTuple && f === tupleType.slots.hash) return tupleHashExact(o);
  if (o instanceof PyFloat && f === floatType.slots.hash) return floatHashExact(o, o.value);
  for (const b of t.mro) {
    const ex = exactHashers.get(b);
    if (ex !== undefined) {
      if (f === b.slots.hash) return ex(o);
      break;
    }
  }
  return BigInt(hashOf(o));
}

/**
 * tuplehash. CPython recurses on the C stack for nested tuples, deep enough that a tuple nested
 * 100,000 times hashes fine; nested exact-hash tuples are walked here with an explicit stack so
 * that the JavaScript stack never limits the depth.
 */
export function tupleHashExact(t: PyTuple): bigint {
  const stack: { items: PyObject[]; next: number; hashes: bigint[] }[] = [{ items: t.items, next: 0, hashes: [] }];
  for (;;) {
    const top = stack[stack.length - 1];
    if (top.next < top.items.length) {
      const o = top.items[top.next++];
      if (o instanceof PyTuple && o.type.slots.hash === tupleType.slots.hash) {
        stack.push({ items: o.items, next: 0, hashes: [] });
      } else {
        top.hashes.push(hashExact(o));
      }
      continue;
    }
    const h = xxHashLanes(top.hashes);
    stack.pop();
    if (stack.length === 0) return h;
    stack[stack.length - 1].hashes.push(h);
  }
}

// ------------------------------------------------------------------ slot-like methods
/**
 * A dunder backed by a native slot that slot-wrappers.ts does not cover (`__iadd__`, `__ior__` …):
 * stored as a wrapper_descriptor, like CPython's slot wrappers, so that a subclass that does not
 * override it keeps the native slot (classes.ts isNativeWrapperOf).
 */
export function defineSlotMethod(type: PyType, name: string, fn: (self: PyObject, arg: PyObject) => PyObject): void {
  const d = new PyMethodDescr(type, name, (self, args, kw) => {
    exactArgs(name, args, kw, 1);
    return fn(self, args[0]);
  }, false, wrapperDescrType);
  allocObject(d, 56);
  dictSetStr(type.dict, name, d);
  d.rc--;
}

/** `__hash__ = None` in the type's dict (PyObject_HashNotImplemented). */
export function markUnhashable(type: PyType): void {
  type.slots.hash = null;
  dictSetStr(type.dict, '__hash__', None);
}


// ------------------------------------------------------------------ helpers shared with list
/**
 * The `*` slot of a sequence (sq_repeat as PyNumber_Multiply reaches it): the other operand
 * must be an index; otherwise its own multiply slot gets a chance, then
 * "can't multiply sequence by non-int of type 'X'".
 */
export function seqRepeatSlot(isSeq: (o: PyObject) => boolean, repeat: (seq: PyObject, n: number) => PyObject): BinarySlot {
  const slot: BinarySlot = (a, b) => {
    const seqIsLeft = isSeq(a);
    const seq = seqIsLeft ? a : b;
    const n = seqIsLeft ? b : a;
    if (!hasIndex(n)) {
      if (seqIsLeft) {
        const other = n.type.slots.nbRight?.[NB.MULTIPLY];
        if (other && other !== slot) {
          const r = other(a, b);
          if (r !== NotImplemented) return r;
        }
      }
      throw typeError(`can't multiply sequence by non-int of type '${n.type.name}'`);
    }
    return repeat(seq, asSsizeOverflow(n));
  };
  return slot;
}

/** sq_concat reached through `+`: the right operand's reflected slot first, then the error. */
export function seqConcatSlot(
  isSeq: (o: PyObject) => boolean,
  typeName: string,
  concat: (a: PyObject, b: PyObject) => PyObject | null,
): BinarySlot {
  const slot: BinarySlot = (a, b) => {
    if (!isSeq(a)) return NotImplemented;
    const r = concat(a, b);
    if (r !== null) return r;
    const other = b.type.slots.nbRight?.[NB.ADD];
    if (other && other !== slot) {
      const x = other(a, b);
      if (x !== NotImplemented) return x;
    }
    throw typeError(`can only concatenate ${typeName} (not "${b.type.name}") to ${typeName}`);
  };
  return slot;
}

/** Index argument for getitem: "X indices must be integers or slices, not Y". */
export function seqIndex(key: PyObject, len: number, what: string): number {
  let i = asSsize(key, false);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw indexError(`${what} index out of range`);
  return i;
}

/** start/stop arguments of index(): _PyEval_SliceIndexNotNone then clipped like CPython. */
export function indexBounds(start: PyObject | null, stop: PyObject | null, len: number): [number, number] {
  const conv = (o: PyObject) => {
    if (!hasIndex(o)) throw typeError('slice indices must be integers or have an __index__ method');
    return asSsize(o, true);
  };
  let a = start === null ? 0 : conv(start);
  let b = stop === null ? PY_SSIZE_T_MAX : conv(stop);
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
  if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  }
  return [a, b];
}

/** Items of a sequence slice [start:stop:step] (n items), as new references. */
export function sliceItems(items: PyObject[], start: number, step: number, n: number): PyObject[] {
  const out: PyObject[] = new Array(n);
  for (let k = 0, i = start; k < n; k++, i += step) {
    const v = items[i];
    v.rc++;
    out[k] = v;
  }
  return out;
}

/**
 * list_repr / tuplerepr: "[...]" / "(...)" under the recursion guard, built in a
 * _PyUnicodeWriter that over-allocates and starts at the length of "[1, 2, …]" with one-character
 * items (unicode-writer.ts: the buffer's sizes are what tracemalloc sees).
 */
export function seqRepr(o: PyObject, getItems: () => PyObject[], open: string, close: string, trailingComma: boolean): PyObject {
  const n = getItems().length;
  if (n === 0) return newStr(open + close);
  if (reprEnter(o)) return newStr(open + '...' + close);
  const w = new UnicodeWriterModel();
  w.overallocate = true;
  w.minLength = trailingComma && n === 1 ? 4 : 1 + 1 + 3 * (n - 1) + 1;
  try {
    w.writeChar(open);
    // the list may change while item reprs run: re-read the length each time (list_repr)
    for (let i = 0; i < getItems().length; i++) {
      if (i > 0) w.writeAscii(', ');
      const v = getItems()[i];
      v.rc++;
      let r: PyStr;
      try {
        r = repr(v);
      } finally {
        decref(v);
      }
      w.writeStr(r);
      decref(r);
    }
    w.overallocate = false;
    if (trailingComma && n === 1) w.writeAscii(',' + close);
    else w.writeChar(close);
  } catch (e) {
    w.dealloc();
    reprLeave(o);
    throw e;
  }
  reprLeave(o);
  return w.finish();
}

/** Lexicographic comparison of two item arrays (list_richcompare / tuplerichcompare). */
export function seqRichCompare(vItems: () => PyObject[], wItems: () => PyObject[], op: number): PyObject {
  let i = 0;
  for (; i < vItems().length && i < wItems().length; i++) {
    const x = vItems()[i];
    const y = wItems()[i];
    if (x === y) continue;
    x.rc++;
    y.rc++;
    let eq: boolean;
    try {
      eq = richEq(x, y);
    } finally {
      decref(x);
      decref(y);
    }
    if (!eq) break;
  }
  const vl = vItems().length;
  const wl = wItems().length;
  if (i >= vl || i >= wl) {
    const c = vl - wl;
    return newBool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0);
  }
  if (op === 2) return newBool(false);
  if (op === 3) return newBool(true);
  const x = vItems()[i];
  const y = wItems()[i];
  x.rc++;
  y.rc++;
  try {
    return richCompare(x, y, op);
  } finally {
    decref(x);
    decref(y);
  }
}

/** count(x) over a live item array. */
export function seqCount(items: () => PyObject[], v: PyObject): number {
  let n = 0;
  for (let i = 0; i < items().length; i++) {
    const x = items()[i];
    x.rc++;
    try {
      if (richEq(x, v)) n++;
    } finally {
      decref(x);
    }
  }
  return n;
}

export function seqFind(items: () => PyObject[], v: PyObject, start: number, stop: number): number {
  for (let i = start; i < stop && i < items().length; i++) {
    const x = items()[i];
    x.rc++;
    try {
      if (richEq(x, v)) return i;
    } finally {
      decref(x);
    }
  }
  return -1;
}

/** A tuple of `type` (tuple or a subclass) taking over the references in items. */
export function newTupleOfType(type: PyType, items: PyObject[]): PyTuple {
  if (type === tupleType) return newTuple(items);
  const t = new PyTuple(items, type);
  type.rc++;
  allocObject(t, type.basicsize + 8 * items.length);
  gcTrack(t);
  return t;
}

const isTuple = (o: PyObject): o is PyTuple => o instanceof PyTuple;

function tupleRepeat(o: PyObject, n: number): PyObject {
  const a = o as PyTuple;
  const size = a.items.length;
  if ((size === 0 || n === 1) && a.type === tupleType) {
    a.rc++;
    return a;
  }
  if (n <= 0 || size === 0) return theEmptyTuple();
  // tuple_repeat: input_size > PY_SSIZE_T_MAX / n, then tuple_alloc's size check and GC_NewVar
  if (sizeProductOverflows(size, n) || sizeProductOverflows(size * n + 5, 8)) throw noMemory();
  ensureAllocatable(16 + 24 + 8 * size * n, size * n, HOST_MAX_ITEMS);
  const out: PyObject[] = new Array(size * n);
  for (let k = 0, j = 0; k < n; k++) {
    for (let i = 0; i < size; i++, j++) {
      out[j] = a.items[i];
      a.items[i].rc++;
    }
  }
  return newTuple(out);
}


/**
 * PySequence_Tuple over an iterator: PyTuple_New(length hint, default 10) — from its free list
 * when small — filled as items come; more items than that grow it by _PyTuple_Resize to
 * (n + 10) · 1.25 (a realloc: traced as the old block freed and a new one allocated), fewer cut it
 * back the same way; the iterator is released last. A subclass copies the exact tuple made so.
 */
function sequenceTuple(type: PyType, iterable: PyObject): PyObject {
  if (type !== tupleType) {
    const tmp = sequenceTuple(tupleType, iterable) as PyTuple;
    const r = newTupleOfType(type, tmp.items.map((v) => (v.rc++, v)));
    decref(tmp);
    return r;
  }
  const it = getIter(iterable);
  const items: PyObject[] = [];
  let block = 0;
  try {
    let cap = lengthHint(iterable, 10);
    if (cap > 0) block = takeTupleBlock(cap);
    for (;;) {
      const v = iterNext(it);
      if (v === null) break;
      if (items.length >= cap) {
        let newn = cap + 10;
        newn += newn >> 2;
        block = resizeTupleBlock(block, newn);
        cap = newn;
      }
      items.push(v);
    }
    if (items.length === 0) {
      freeTupleBlock(block);
      block = 0;
      return theEmptyTuple();
    }
    if (items.length < cap) block = resizeTupleBlock(block, items.length);
    const t = newTupleInBlock(items, block);
    block = 0;
    return t;
  } catch (e) {
    freeTupleBlock(block);
    for (const v of items) decref(v);
    throw e;
  } finally {
    decref(it);
  }
}

registerTypeInit(() => {
  exactHashHook.fn = hashExact;
  const s = tupleType.slots;
  s.repr = (o) => seqRepr(o, () => (o as PyTuple).items, '(', ')', true);
  s.hash = (o) => Number(tupleHashExact(o as PyTuple));
  s.richcompare = (a, b, op) => {
    if (!isTuple(a) || !isTuple(b)) return NotImplemented;
    return seqRichCompare(() => a.items, () => b.items, op);
  };
  s.len = (o) => (o as PyTuple).items.length;
  s.contains = (o, v) => seqFind(() => (o as PyTuple).items, v, 0, PY_SSIZE_T_MAX) >= 0;
  s.getitem = (o, key) => {
    const t = o as PyTuple;
    if (hasIndex(key)) {
      const v = t.items[seqIndex(key, t.items.length, 'tuple')];
      v.rc++;
      return v;
    }
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, t.items.length);
      if (n <= 0) return theEmptyTuple();
      if (start === 0 && step === 1 && n === t.items.length && t.type === tupleType) {
        t.rc++;
        return t;
      }
      return newTuple(sliceItems(t.items, start, step, n));
    }
    throw typeError(`tuple indices must be integers or slices, not ${key.type.name}`);
  };
  const left: (BinarySlot | undefined)[] = new Array(NB_COUNT);
  left[NB.ADD] = seqConcatSlot(isTuple, 'tuple', (a, b) => {
    if (!isTuple(b)) return null;
    const x = a as PyTuple;
    if (x.items.length === 0 && b.type === tupleType) {
      b.rc++;
      return b;
    }
    if (b.items.length === 0 && x.type === tupleType) {
      x.rc++;
      return x;
    }
    const items = x.items.concat(b.items);
    for (const v of items) v.rc++;
    return newTuple(items);
  });
  left[NB.MULTIPLY] = seqRepeatSlot(isTuple, tupleRepeat);
  s.nbLeft = left;
  s.nbRight = left;
  s.iter = (o) => newSeqIter(tupleIteratorType, o);
  s.new = (type, args, kw) => {
    const [iterable] = parseArgs('tuple', args, kw, ['iterable'], 0, 1, 1);
    if (type !== tupleType && kw !== null && kw.length > 0) {
      // tuple subclasses accept no keywords either
    }
    if (iterable === null) return type === tupleType ? theEmptyTuple() : newTupleOfType(type, []);
    if (type === tupleType && iterable.type === tupleType) {
      iterable.rc++;
      return iterable;
    }
    if (iterable.type === listType) return newTupleOfType(type, iterToArray(iterable)); // PyList_AsTuple
    return sequenceTuple(type, iterable);
  };
  defineMethod(tupleType, 'count', (self, args, kw) => {
    exactArgs('count', args, kw, 1);
    return newIntSsize(seqCount(() => (self as PyTuple).items, args[0]));
  });
  defineMethod(tupleType, 'index', (self, args, kw) => {
    const [v, start, stop] = parseArgs('index', args, kw, ['value', 'start', 'stop'], 1, 3, 3);
    const items = (self as PyTuple).items;
    const [a, b] = indexBounds(start, stop, items.length);
    const i = seqFind(() => items, v!, a, b);
    if (i < 0) throw valueError('tuple.index(x): x not in tuple');
    return newIntSsize(i);
  });
  // object.__sizeof__ for a var-sized object: tp_basicsize + len × tp_itemsize
  defineMethod(tupleType, '__sizeof__', (self) => newIntSsize(self.type.basicsize + 8 * (self as PyTuple).items.length));
  defineMethod(tupleType, '__getnewargs__', (self) => {
    const t = self as PyTuple;
    for (const v of t.items) v.rc++;
    return newTuple([newTuple(t.items.slice())]);
  });
  void indexValue;
});
