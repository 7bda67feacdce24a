/**
 * list behaviour (Objects/listobject.c), with CPython 3.12's allocation pattern:
 *  - PyList_New(n) / list_new_prealloc allocate exactly n slots (`[x] * n`, slicing, copy, `+`);
 *  - list_resize's over-allocation for append/insert/extend/`*=`/slice assignment;
 *  - list_extend: list/tuple arguments → list_preallocate_exact(n) on a list without items,
 *    else list_resize(m + n); other iterables → size guess from __length_hint__ (default 8),
 *    append growth, then a cut-back list_resize(len);
 *  - list(iterable) (list___init___impl) presizes exactly from len() when the argument has one;
 *  - _list_clear frees the item array (ob_item = NULL).
 * Sorting is a stable merge sort on `<` (same results as timsort; reverse=True reverses,
 * sorts and reverses back like CPython), with "list modified during sort" detection.
 */
import { ensureAllocatable, sizeProductOverflows, HOST_MAX_ITEMS } from './size-limits';
import { PyObject, decref } from './object';
import { listType, listIteratorType } from './core-types';
import { PyList, newList, listResize, listAppend } from './list';
import { PyInt, newInt, newBool, newIntSsize } from './int';
import { None, NotImplemented } from './singletons';
import { newStr } from './str';
import { NB, NB_COUNT, BinarySlot, PyType } from './typeobject';
import { typeError, indexError, valueError, noMemory } from './errors';
import { registerTypeInit } from './bootstrap';
import { defineMethod, parseArgs, exactArgs, noKwargs } from './descriptors';
import { call, getIter, iterNext, isTrue, richCompareBool, reprText, richEq } from './abstract';
import { allocObject, allocBuffer, freeBuffer, reallocBuffer } from './alloc';
import { gcTrack } from './gcobject';
import { PySlice, sliceIndices, asSsize, asSsizeOverflow, hasIndex } from './slice';
import { PyTuple } from './tuple';
import { tupleType } from './core-types';
import {
  defineSlotMethod, markUnhashable, seqRepr, seqRichCompare, seqRepeatSlot, seqConcatSlot, seqIndex, indexBounds, seqCount, seqFind, sliceItems,
} from './tuple-type';
import { newSeqIter, newListRevIter, lengthHint, swallow } from './iterators';
import { listModule } from './object-type';
import { vmHooks } from '../vm/hooks';

const isList = (o: PyObject): o is PyList => o instanceof PyList;
const obItemIsNull = (l: PyList): boolean => l.itemsAddr === 0;

/** list_new_prealloc(n): an empty list with exactly n slots allocated (n may be 0). */
export function newListPrealloc(n: number): PyList {
  const l = newList();
  if (n > 0) preallocateExact(l, n);
  return l;
}

/** list_preallocate_exact */
function preallocateExact(l: PyList, n: number): void {
  // rounded up to an even number of slots (pymalloc's 16-byte granularity)
  // (arithmetic, not `& ~1`: a JS bitwise operator would truncate a huge n to 32 bits)
  n += n % 2;
  // PyMem_New fails for what the simulated machine cannot hold (MemoryError, nothing allocated)
  ensureAllocatable(8 * n, n, HOST_MAX_ITEMS);
  l.itemsAddr = allocBuffer(8 * n);
  l.allocated = n;
}

/** A new list holding new references to `items` (exact allocation). */
export function newListFrom(items: PyObject[]): PyList {
  for (const v of items) v.rc++;
  return newList(items.slice());
}

/** _list_clear: empty the list and free its item array (items released last to first). */
export function listClear(l: PyList): void {
  if (obItemIsNull(l)) return;
  const items = l.items;
  const addr = l.itemsAddr;
  l.items = [];
  l.itemsAddr = 0;
  l.allocated = 0;
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
  freeBuffer(addr);
}

/** PySequence_Fast: a list/tuple's item array, or a new list built from the iterable. */
function sequenceFast(v: PyObject, msg: string): { items: PyObject[]; owner: PyObject } {
  if (v.type === listType || v.type === tupleType) {
    v.rc++;
    return { items: (v as PyList).items, owner: v };
  }
  let it: PyObject;
  try {
    it = getIter(v);
  } catch (e) {
    swallow(e, 'TypeError');
    throw typeError(msg);
  }
  const l = newList();
  try {
    listExtend(l, it);
  } catch (e) {
    decref(l);
    throw e;
  } finally {
    decref(it);
  }
  return { items: l.items, owner: l };
}

/** list_extend(self, iterable). */
export function listExtend(self: PyList, iterable: PyObject): void {
  if (iterable.type === listType || iterable.type === tupleType || iterable === self) {
    const src = (iterable as PyList | PyTuple).items;
    const n = src.length;
    if (n === 0) return;
    const m = self.items.length;
    if (obItemIsNull(self)) preallocateExact(self, n);
    else listResize(self, m + n);
    const copy = iterable === self ? src.slice() : src;
    for (let i = 0; i < n; i++) {
      copy[i].rc++;
      self.items.push(copy[i]);
    }
    return;
  }
  const it = getIter(iterable);
  try {
    const n = lengthHint(iterable, 8);
    const m = self.items.length;
    if (obItemIsNull(self)) {
      if (n) preallocateExact(self, n);
    } else {
      listResize(self, m + n);
    }
    for (;;) {
      const item = iterNext(it);
      if (item === null) break;
      if (self.items.length < self.allocated) self.items.push(item);
      else {
        listAppend(self, item);
        decref(item);
      }
    }
    if (self.items.length < self.allocated) listResize(self, self.items.length);
  } finally {
    decref(it);
  }
}

/** PySequence_List(v): a new list from any iterable. */
export function sequenceList(v: PyObject): PyList {
  const l = newList();
  try {
    listExtend(l, v);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** list_ass_slice(a, ilow, ihigh, v) — v null deletes. */
export function listAssSlice(a: PyList, ilow: number, ihigh: number, v: PyObject | null): void {
  if (v === a) {
    const copy = listSlice(a, 0, a.items.length);
    try {
      listAssSlice(a, ilow, ihigh, copy);
    } finally {
      decref(copy);
    }
    return;
  }
  let fast: { items: PyObject[]; owner: PyObject } | null = null;
  if (v !== null) fast = sequenceFast(v, 'can only assign an iterable');
  try {
    const vitems = fast === null ? [] : fast.items.slice();
    const n = vitems.length;
    const size = a.items.length;
    if (ilow < 0) ilow = 0;
    else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > size) ihigh = size;
    const norig = ihigh - ilow;
    const d = n - norig;
    if (size + d === 0) {
      listClear(a);
      return;
    }
    // recycle buffer: PyMem_Malloc when more than 8 items are replaced
    const recycleAddr = norig > 8 ? allocBuffer(norig * 8) : 0;
    const recycle = a.items.slice(ilow, ihigh);
    // list_resize sees Py_SIZE == size in both directions (C updates it inside list_resize)
    if (d !== 0) listResize(a, size + d);
    const rest = a.items.slice(ihigh);
    a.items.length = ilow;
    for (let k = 0; k < n; k++) {
      vitems[k].rc++;
      a.items.push(vitems[k]);
    }
    for (let k = 0; k < rest.length; k++) a.items.push(rest[k]);
    for (let k = norig - 1; k >= 0; k--) decref(recycle[k]);
    freeBuffer(recycleAddr);
  } finally {
    if (fast !== null) decref(fast.owner);
  }
}

/** list_slice: a new list of a[ilow:ihigh], exactly allocated. */
export function listSlice(a: PyList, ilow: number, ihigh: number): PyList {
  const len = ihigh - ilow;
  if (len <= 0) return newList();
  return newListFrom(a.items.slice(ilow, ihigh));
}

function listRepeat(o: PyObject, n: number): PyObject {
  const a = o as PyList;
  const size = a.items.length;
  if (size === 0 || n <= 0) return newList();
  // list_repeat: input_size > PY_SSIZE_T_MAX / n, then list_new_prealloc's PyMem_New
  if (sizeProductOverflows(size, n) || sizeProductOverflows(size * n, 8)) throw noMemory();
  ensureAllocatable(8 * size * n, size * n, HOST_MAX_ITEMS);
  const out: PyObject[] = new Array(size * n);
  for (let k = 0, j = 0; k < n; k++) {
    for (let i = 0; i < size; i++, j++) out[j] = a.items[i];
  }
  for (const v of a.items) v.rc += n;
  return newList(out);
}


/** list_inplace_repeat (`*=`). */
function listInplaceRepeat(self: PyList, n: number): PyObject {
  const size = self.items.length;
  if (size === 0 || n === 1) {
    self.rc++;
    return self;
  }
  if (n < 1) {
    listClear(self);
    self.rc++;
    return self;
  }
  // list_inplace_repeat: input_size > PY_SSIZE_T_MAX / n, then list_resize
  if (sizeProductOverflows(size, n) || sizeProductOverflows(size * n, 8)) throw noMemory();
  ensureAllocatable(8 * size * n, size * n, HOST_MAX_ITEMS);
  listResize(self, size * n);
  const src = self.items.slice();
  for (let k = 1; k < n; k++) {
    for (let i = 0; i < size; i++) {
      src[i].rc++;
      self.items.push(src[i]);
    }
  }
  self.rc++;
  return self;
}

// ------------------------------------------------------------------ sort
/** Stable merge sort on keys; `lt(a, b)` is a < b. Returns the permutation applied to idx. */
function mergeSort(keys: PyObject[], idx: number[], lt: (a: PyObject, b: PyObject) => boolean): number[] {
  const n = idx.length;
  if (n < 2) return idx;
  if (n < 64) return smallTimsort(keys, idx, lt);
  // bottom-up with binary insertion sort for small runs (like timsort's minrun)
  let a = idx.slice();
  const RUN = 32;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const x = a[i];
      let l = lo;
      let r = i;
      while (l < r) {
        const mid = (l + r) >> 1;
        if (lt(keys[x], keys[a[mid]])) r = mid;
        else l = mid + 1;
      }
      for (let j = i; j > l; j--) a[j] = a[j - 1];
      a[l] = x;
    }
  }
  let b = new Array<number>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (lt(keys[a[j]], keys[a[i]])) b[k++] = a[j++];
        else b[k++] = a[i++];
      }
      while (i < mid) b[k++] = a[i++];
      while (j < hi) b[k++] = a[j++];
    }
    const t = a;
    a = b;
    b = t;
  }
  return a;
}

/**
 * Timsort for fewer than 64 items, exactly as listobject.c does it (minrun = n): count_run
 * (reversing a strictly descending run), then binarysort of the rest — the same comparisons
 * in the same order, which programs with printing `__lt__` can observe.
 */
function smallTimsort(keys: PyObject[], idx: number[], lt: (a: PyObject, b: PyObject) => boolean): number[] {
  const a = idx.slice();
  const n = a.length;
  // count_run
  let run = 2;
  if (lt(keys[a[1]], keys[a[0]])) {
    while (run < n && lt(keys[a[run]], keys[a[run - 1]])) run++;
    for (let i = 0, j = run - 1; i < j; i++, j--) {
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  } else {
    while (run < n && !lt(keys[a[run]], keys[a[run - 1]])) run++;
  }
  // binarysort(lo, hi = n, start = run)
  for (let start = run; start < n; start++) {
    const pivot = a[start];
    let l = 0;
    let r = start;
    do {
      const p = l + ((r - l) >> 1);
      if (lt(keys[pivot], keys[a[p]])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) a[p] = a[p - 1];
    a[l] = pivot;
  }
  return a;
}

/** list.sort(key=None, reverse=False) */
export function listSort(self: PyList, keyfunc: PyObject | null, reverse: boolean): void {
  const savedItems = self.items;
  const savedAddr = self.itemsAddr;
  const savedAllocated = self.allocated;
  self.items = [];
  self.itemsAddr = 0;
  self.allocated = -1;
  let error: unknown = null;
  let sorted = savedItems;
  const n = savedItems.length;
  const keys: PyObject[] = [];
  const keysAddr = keyfunc !== null && n > 256 ? allocBuffer(n * 8) : 0;
  try {
    if (keyfunc !== null) for (let i = 0; i < n; i++) keys.push(call(keyfunc, [savedItems[i]]));
    const ks = keyfunc !== null ? keys : savedItems;
    let idx = Array.from({ length: n }, (_, i) => i);
    if (reverse) idx.reverse();
    idx = mergeSort(ks, idx, (x, y) => richCompareBool(x, y, 0));
    if (reverse) idx.reverse();
    sorted = idx.map((i) => savedItems[i]);
  } catch (e) {
    error = e;
    sorted = savedItems;
  }
  for (const k of keys) decref(k);
  freeBuffer(keysAddr);
  const modified = self.allocated !== -1;
  const finalItems = self.items;
  const finalAddr = self.itemsAddr;
  self.items = sorted;
  self.itemsAddr = savedAddr;
  self.allocated = savedAllocated;
  for (let i = finalItems.length - 1; i >= 0; i--) decref(finalItems[i]);
  freeBuffer(finalAddr);
  if (error !== null) throw error;
  if (modified) throw valueError('list modified during sort');
}

/** builtin sorted(iterable, /, *, key=None, reverse=False). */
export function sortedImpl(iterable: PyObject, key: PyObject | null, reverse: boolean): PyList {
  const l = sequenceList(iterable);
  try {
    listSort(l, key === None ? null : key, reverse);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** An empty instance of list or a list subclass (list_new: PyType_GenericAlloc). */
function newListOfType(type: PyType): PyList {
  // list_vectorcall / list_new: PyType_GenericAlloc, which bypasses the list free list
  const l = new PyList(type);
  if (type.isHeapType) type.rc++;
  allocObject(l, type.basicsize);
  gcTrack(l);
  return l;
}

function listIndexArg(self: PyList, key: PyObject): number {
  let i = asSsize(key, false);
  if (i < 0) i += self.items.length;
  return i;
}

registerTypeInit(() => {
  listModule.newList = (items) => newList(items);
  vmHooks.listExtend = listExtend;
  const s = listType.slots;
  s.repr = (o) => seqRepr(o, () => (o as PyList).items, '[', ']', false);
  s.hash = null;
  s.richcompare = (a, b, op) => {
    if (!isList(a) || !isList(b)) return NotImplemented;
    if (a.items.length !== b.items.length && (op === 2 || op === 3)) return newBool(op === 3);
    return seqRichCompare(() => a.items, () => b.items, op);
  };
  s.len = (o) => (o as PyList).items.length;
  s.contains = (o, v) => seqFind(() => (o as PyList).items, v, 0, Infinity) >= 0;
  s.getitem = (o, key) => {
    const l = o as PyList;
    if (hasIndex(key)) {
      const v = l.items[seqIndex(key, l.items.length, 'list')];
      v.rc++;
      return v;
    }
    if (key instanceof PySlice) {
      const [start, stop, step, n] = sliceIndices(key, l.items.length);
      if (step === 1) return listSlice(l, start, stop);
      if (n <= 0) return newList();
      return newList(sliceItems(l.items, start, step, n));
    }
    throw typeError(`list indices must be integers or slices, not ${key.type.name}`);
  };
  s.setitem = (o, key, value) => {
    const l = o as PyList;
    if (hasIndex(key)) {
      const i = listIndexArg(l, key);
      if (i < 0 || i >= l.items.length) throw indexError('list assignment index out of range');
      if (value === null) {
        listAssSlice(l, i, i + 1, null);
        return;
      }
      const old = l.items[i];
      value.rc++;
      l.items[i] = value;
      decref(old);
      return;
    }
    if (!(key instanceof PySlice)) throw typeError(`list indices must be integers or slices, not ${key.type.name}`);
    let [start, stop, step, n] = sliceIndices(key, l.items.length);
    if (step === 1) {
      listAssSlice(l, start, stop, value);
      return;
    }
    // Make sure s[5:2] = [..] inserts at the right place: before 5, not before 2.
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
    if (value === null) {
      if (n <= 0) return;
      if (step < 0) {
        stop = start + 1;
        start = stop + step * (n - 1) - 1;
        step = -step;
      }
      const garbageAddr = allocBuffer(n * 8);
      const garbage: PyObject[] = [];
      const keep: PyObject[] = [];
      for (let i = 0; i < l.items.length; i++) {
        if (i >= start && i < stop && (i - start) % step === 0) garbage.push(l.items[i]);
        else keep.push(l.items[i]);
      }
      l.items = keep;
      listResize(l, keep.length);
      for (const g of garbage) decref(g);
      freeBuffer(garbageAddr);
      return;
    }
    const seqFast =
      value === l ? { items: l.items.slice(), owner: null as PyObject | null } : sequenceFast(value, 'must assign iterable to extended slice');
    try {
      const seqItems = seqFast.items.slice();
      if (seqItems.length !== n) {
        throw valueError(`attempt to assign sequence of size ${seqItems.length} to extended slice of size ${n}`);
      }
      if (n === 0) return;
      const garbageAddr = allocBuffer(n * 8);
      const garbage: PyObject[] = [];
      for (let k = 0, cur = start; k < n; k++, cur += step) {
        garbage.push(l.items[cur]);
        seqItems[k].rc++;
        l.items[cur] = seqItems[k];
      }
      for (const g of garbage) decref(g);
      freeBuffer(garbageAddr);
    } finally {
      if (seqFast.owner !== null) decref(seqFast.owner);
    }
  };
  const left: (BinarySlot | undefined)[] = new Array(NB_COUNT);
  left[NB.ADD] = seqConcatSlot(isList, 'list', (a, b) => {
    if (!isList(b)) return null;
    const x = a as PyList;
    const size = x.items.length + b.items.length;
    if (size === 0) return newList();
    return newListFrom(x.items.concat(b.items));
  });
  left[NB.MULTIPLY] = seqRepeatSlot(isList, listRepeat);
  s.nbLeft = left;
  s.nbRight = left;
  const inplace: (BinarySlot | undefined)[] = new Array(NB_COUNT);
  inplace[NB.ADD] = (a, b) => {
    if (!isList(a)) return NotImplemented;
    listExtend(a, b);
    a.rc++;
    return a;
  };
  inplace[NB.MULTIPLY] = (a, b) => {
    if (!isList(a)) return NotImplemented;
    if (!hasIndex(b)) throw typeError(`can't multiply sequence by non-int of type '${b.type.name}'`);
    return listInplaceRepeat(a, asSsizeOverflow(b));
  };
  s.nbInplace = inplace;
  defineSlotMethod(listType, '__iadd__', (a, b) => inplace[NB.ADD]!(a, b));
  defineSlotMethod(listType, '__imul__', (a, b) => inplace[NB.MULTIPLY]!(a, b));
  markUnhashable(listType);
  s.iter = (o) => newSeqIter(listIteratorType, o);
  s.new = (type) => newListOfType(type);
  s.init = (self, args, kw) => {
    const l = self as PyList;
    if (l.type === listType) noKwargs('list', kw);
    else if (kw !== null && kw.length > 0) noKwargs('list', kw);
    if (args.length > 1) throw typeError(`list expected at most 1 argument, got ${args.length}`);
    if (!obItemIsNull(l)) listClear(l);
    if (args.length === 1) {
      const iterable = args[0];
      if (iterable.type.slots.len) {
        let n = -1;
        try {
          n = iterable.type.slots.len(iterable);
        } catch (e) {
          swallow(e, 'TypeError');
        }
        if (n > 0 && obItemIsNull(l)) preallocateExact(l, n);
      }
      listExtend(l, iterable);
    }
  };

  const m = (name: string, fn: (self: PyList, args: PyObject[], kw: string[] | null) => PyObject) =>
    defineMethod(listType, name, (self, args, kw) => fn(self as PyList, args, kw));
  m('append', (self, args, kw) => {
    exactArgs('list.append', args, kw, 1);
    listAppend(self, args[0]);
    return None;
  });
  m('extend', (self, args, kw) => {
    exactArgs('list.extend', args, kw, 1);
    listExtend(self, args[0]);
    return None;
  });
  m('insert', (self, args, kw) => {
    noKwargs('list.insert', kw);
    if (args.length !== 2) throw typeError(`insert expected 2 arguments, got ${args.length}`);
    let where = asSsize(args[0], true);
    const n = self.items.length;
    listResize(self, n + 1);
    if (where < 0) {
      where += n;
      if (where < 0) where = 0;
    }
    if (where > n) where = n;
    args[1].rc++;
    self.items.splice(where, 0, args[1]);
    return None;
  });
  m('pop', (self, args, kw) => {
    noKwargs('list.pop', kw);
    if (args.length > 1) throw typeError(`pop expected at most 1 argument, got ${args.length}`);
    const size = self.items.length;
    if (size === 0) throw indexError('pop from empty list');
    let i = args.length === 1 ? asSsize(args[0], false) : -1;
    if (i < 0) i += size;
    if (i < 0 || i >= size) throw indexError('pop index out of range');
    const v = self.items[i];
    // 3.12 list_pop_impl: popping the last item clears the list (ob_item = NULL);
    // otherwise memmove + list_resize(size - 1) (Py_SIZE still the old size)
    if (size === 1) {
      v.rc++;
      listClear(self);
      return v;
    }
    listResize(self, size - 1);
    self.items.splice(i, 1);
    return v; // the list's reference is handed over
  });
  m('remove', (self, args, kw) => {
    exactArgs('list.remove', args, kw, 1);
    const i = seqFind(() => self.items, args[0], 0, Infinity);
    if (i < 0) throw valueError('list.remove(x): x not in list');
    listAssSlice(self, i, i + 1, null);
    return None;
  });
  m('index', (self, args, kw) => {
    noKwargs('list.index', kw);
    const [v, start, stop] = parseArgs('index', args, kw, ['value', 'start', 'stop'], 1, 3, 3);
    const [a, b] = indexBounds(start, stop, self.items.length);
    const i = seqFind(() => self.items, v!, a, b);
    if (i < 0) throw valueError(`${reprText(v!)} is not in list`);
    return newIntSsize(i);
  });
  m('count', (self, args, kw) => {
    exactArgs('list.count', args, kw, 1);
    return newIntSsize(seqCount(() => self.items, args[0]));
  });
  m('clear', (self, args, kw) => {
    exactArgs('list.clear', args, kw, 0);
    listClear(self);
    return None;
  });
  m('copy', (self, args, kw) => {
    exactArgs('list.copy', args, kw, 0);
    return listSlice(self, 0, self.items.length);
  });
  m('reverse', (self, args, kw) => {
    exactArgs('list.reverse', args, kw, 0);
    self.items.reverse();
    return None;
  });
  m('sort', (self, args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    if (args.length - nkw > 0) throw typeError('sort() takes no positional arguments');
    const [key, rev] = parseArgs('sort', args, kw, ['key', 'reverse'], 0, 0);
    let reverse = false;
    if (rev !== null) {
      if (!(rev instanceof PyInt) && rev.type.slots.index === undefined) {
        throw typeError(`'${rev.type.name}' object cannot be interpreted as an integer`);
      }
      reverse = isTrue(rev);
    }
    listSort(self, key === null || key === None ? null : key, reverse);
    return None;
  });
  m('__reversed__', (self, args, kw) => {
    exactArgs('__reversed__', args, kw, 0);
    return newListRevIter(self, self.items.length);
  });
  m('__sizeof__', (self, args, kw) => {
    exactArgs('__sizeof__', args, kw, 0);
    return newIntSsize(self.type.basicsize + 8 * self.allocated);
  });
  void richEq;
  void reallocBuffer;
  void newStr;
});
