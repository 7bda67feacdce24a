/**
 * The root of the object model: every Python value is a `PyObject` living on the simulated heap.
 *
 * Model (CPython's Include/object.h):
 *  - `type`  — ob_type, the object's class;
 *  - `rc`    — ob_refcnt, the reference count, changed exactly where CPython changes it;
 *  - `addr`  — the object's simulated address (what `id()` returns), handed out by the allocator;
 *              stored as `addrCode`, a small integer (see addr-codec.ts: a raw address would
 *              cost V8 a boxed double per object). Hot paths use `addrCode` directly.
 *
 * Ownership follows CPython's conventions, and every native function in this code base obeys
 * them: arguments are *borrowed*; a function's result is a *new* reference; containers own a
 * reference to each item. When a count drops to zero the object is deallocated at once:
 * `__del__` runs, weak references die, the object's own references are released (depth-first,
 * in the order CPython's tp_dealloc releases them) and its memory goes back to the allocator.
 * Deallocation never recurses in JavaScript: a million-element chain is released by a loop
 * over an explicit stack (see `deallocate`).
 *
 * Immortal objects (PEP 683: None, True, False, small ints, interned strings, static types)
 * carry `IMMORTAL_RC`, far above anything a program reaches, and report 4294967295.
 */
import type { PyType } from './typeobject';
import { decodeAddr, encodeAddr } from './addr-codec';

export const IMMORTAL_RC = 0x3fffffff;
/** What sys.getrefcount reports for an immortal object on 64-bit CPython 3.12. */
export const IMMORTAL_REPORTED = 4294967295;

export abstract class PyObject {
  rc = 1;
  /** The simulated address, encoded (addr-codec.ts); 0 = none. */
  addrCode = 0;
  constructor(public type: PyType) {}
  get addr(): number {
    return decodeAddr(this.addrCode);
  }
  set addr(a: number) {
    this.addrCode = encodeAddr(a);
  }
}

export function incref(o: PyObject): void {
  o.rc++;
}

export function xincref(o: PyObject | null): void {
  if (o !== null) o.rc++;
}

export function decref(o: PyObject): void {
  if (--o.rc === 0) deallocate(o);
}

export function xdecref(o: PyObject | null): void {
  if (o !== null && --o.rc === 0) deallocate(o);
}

/** Return `o` as a new reference (incref and return). */
export function newref<T extends PyObject>(o: T): T {
  o.rc++;
  return o;
}

export function makeImmortal<T extends PyObject>(o: T): T {
  o.rc = IMMORTAL_RC;
  return o;
}

export const isImmortal = (o: PyObject): boolean => o.rc >= IMMORTAL_RC >> 1;

// ------------------------------------------------------------------------------------------------
// Deallocation
//
// A type's `dealloc` hook (see typeobject.ts, `TypeSlots.dealloc`) does what CPython's tp_dealloc
// does before releasing references — finalizers, weakref clearing, untracking — and then reports
// the references the object owns, in release order, through `release()`; finally the object's
// memory is freed by `type.freeMemory`. `deallocate` turns this into a loop over an explicit
// stack: children pushed by one object are released (and, if they die, deallocated completely)
// before that object's memory is freed — CPython's order — without JavaScript recursion.
// ------------------------------------------------------------------------------------------------

// The pending work is a stack of segments, one per object being deallocated: the object, and
// where its children (reported through `release`) start in `pushed`. The top segment's children
// run from its cursor to the end of `pushed`; a child that dies and owns references opens a new
// segment above (its children are appended to `pushed`), so it is finished before its next
// sibling is released. When a segment's children are all released its object's memory is freed.
// A child entry may be a cursor over a container's item array (releaseItems): a list of a
// million items takes one entry while its items are released one by one, not a million.
const segObj: PyObject[] = [];
/** Per segment: the next child to release (an index into `pushed`). */
const segCursor: number[] = [];
/** Per segment: where its children start in `pushed` (truncated back to it when it ends). */
const segStart: number[] = [];
const pushed: (PyObject | ReleaseCursor)[] = [];

/**
 * Items `arr[i]`, `arr[i + step]` … up to (not including) index `end`, released in that order;
 * with `arr2`, each `arr[i]` is followed by `arr2[i]` (a dict's key, then its value).
 */
class ReleaseCursor {
  /** With arr2: the next item is arr2[i] (arr[i] was released). */
  second = false;
  constructor(
    readonly arr: readonly (PyObject | null)[],
    readonly arr2: readonly (PyObject | null)[] | null,
    public i: number,
    readonly end: number,
    readonly step: number,
  ) {}

  /** The next item, or null for an empty slot; call only while `i !== end`. */
  next(): PyObject | null {
    let item: PyObject | null;
    if (this.arr2 === null) {
      item = this.arr[this.i];
      this.i += this.step;
    } else if (!this.second) {
      item = this.arr[this.i];
      if (item === null) this.i += this.step;
      else this.second = true;
    } else {
      item = this.arr2[this.i];
      this.second = false;
      this.i += this.step;
    }
    return item;
  }
}

/** Containers with fewer items push them one by one (no cursor object to allocate). */
const CURSOR_MIN_ITEMS = 16;

/** Called by a type's `dealloc` hook for each reference the dying object owns, in release order. */
export function release(child: PyObject | null): void {
  if (child !== null) pushed.push(child);
}

/**
 * release() for each non-null item of `arr`, last to first (`reverse`) or first to last. The
 * array must stay as it is until the object's memory is freed (freeMemory may empty it).
 */
export function releaseItems(arr: readonly (PyObject | null)[], reverse: boolean): void {
  const n = arr.length;
  if (n < CURSOR_MIN_ITEMS) {
    if (reverse) {
      for (let i = n - 1; i >= 0; i--) if (arr[i] !== null) pushed.push(arr[i]!);
    } else {
      for (let i = 0; i < n; i++) if (arr[i] !== null) pushed.push(arr[i]!);
    }
    return;
  }
  pushed.push(reverse ? new ReleaseCursor(arr, null, n - 1, -1, -1) : new ReleaseCursor(arr, null, 0, n, 1));
}

/**
 * For each index i in order where `keys[i]` is not null: release(keys[i]), then release(values[i])
 * (a dict's entries). Both arrays must stay as they are until the object's memory is freed.
 */
export function releaseEntries(keys: readonly (PyObject | null)[], values: readonly (PyObject | null)[]): void {
  const n = keys.length;
  if (n < CURSOR_MIN_ITEMS) {
    for (let i = 0; i < n; i++) {
      if (keys[i] !== null) {
        pushed.push(keys[i]!);
        if (values[i] !== null) pushed.push(values[i]!);
      }
    }
    return;
  }
  pushed.push(new ReleaseCursor(keys, values, 0, n, 1));
}

export function deallocate(o: PyObject): void {
  const t = o.type;
  if (t.leafDealloc) {
    // an object owning no references (int, float, str …): nothing to release, free at once
    t.freeMemory(o);
    return;
  }
  const base = segObj.length;
  scheduleDealloc(o);
  while (segObj.length > base) {
    const top = segObj.length - 1;
    const c = segCursor[top];
    if (c < pushed.length) {
      const entry = pushed[c];
      let child: PyObject | null;
      if (entry instanceof ReleaseCursor) {
        if (entry.i === entry.end) {
          segCursor[top] = c + 1;
          continue;
        }
        child = entry.next();
        if (child === null) continue;
      } else {
        child = entry;
        segCursor[top] = c + 1;
      }
      if (--child.rc === 0) {
        const ct = child.type;
        if (ct.leafDealloc) ct.freeMemory(child);
        else scheduleDealloc(child);
      }
    } else {
      const obj = segObj.pop()!;
      segCursor.pop();
      pushed.length = segStart.pop()!;
      obj.type.freeMemory(obj);
    }
  }
}

function scheduleDealloc(o: PyObject): void {
  const start = pushed.length;
  let resurrected = false;
  try {
    resurrected = o.type.dealloc(o);
  } finally {
    if (resurrected) pushed.length = start;
  }
  if (resurrected) return;
  segObj.push(o);
  segCursor.push(start);
  segStart.push(start);
}
