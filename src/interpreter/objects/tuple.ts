/**
 * tuple (Objects/tupleobject.c): `items` is the fixed item array; memory 24 + 8·n bytes
 * (+ the GC header). The empty tuple is a static immortal singleton. Tuples are GC-tracked
 * when created; the collector untracks those holding only untracked objects (as CPython's
 * `_PyTuple_MaybeUntrack` does during collections).
 */
import { PyObject, makeImmortal, releaseItems } from './object';
import { tupleType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject, allocStatic, freeObject } from './alloc';
import { allocator, type Allocator } from './memory';
import { reuseBlockCode } from './alloc';

/**
 * CPython 3.12's tuple free lists (PyTuple_NFREELISTS = 20, PyTuple_MAXFREELIST = 2000):
 * tupledealloc parks dead exact tuples of length 1..19 per length (memory stays allocated and
 * counted by the GC), and tuple_alloc reuses the most recently parked one of that length.
 * Addresses belong to one heap: the lists are dropped when the allocator changes.
 *
 * 3.12's maybe_freelist_push also parks tuples of length 20 (index size - 1 < 20), which
 * maybe_freelist_pop never hands out (size < 20): a dead 20-tuple keeps its 200-byte block —
 * tracemalloc still counts it — until a full collection clears the free lists. (Measured:
 * after `print(*range(20))` two 200-byte blocks stay traced, the argument tuple and print's.)
 */
const TUPLE_NFREELISTS = 20;
const TUPLE_MAXFREELIST = 2000;
const tupleFreeLists: number[][] = Array.from({ length: TUPLE_NFREELISTS + 1 }, () => []);
let tupleFreeOwner: Allocator | null = null;

export function resetTupleFreeLists(): void {
  for (const l of tupleFreeLists) l.length = 0;
  tupleFreeOwner = null;
}

/** Make the free list of `len`-tuples hold exactly `n` parked blocks (see setListFreeListSize). */
export function setTupleFreeListSize(len: number, n: number): void {
  if (len < 1 || len > TUPLE_NFREELISTS) return;
  if (tupleFreeOwner !== allocator) {
    resetTupleFreeLists();
    tupleFreeOwner = allocator;
  }
  const l = tupleFreeLists[len];
  while (l.length < n) {
    const o = new PyTuple([]);
    allocObject(o, 24 + 8 * len);
    l.push(o.addrCode);
  }
  while (l.length > n) {
    const o = new PyTuple([]);
    o.addrCode = l.pop()!;
    freeObject(o);
  }
}

export class PyTuple extends PyGCObject {
  constructor(public items: PyObject[], type = tupleType) {
    super(type);
  }
}

let emptyTuple: PyTuple | null = null;

export function resetTupleCaches(): void {
  emptyTuple = null;
}

export function theEmptyTuple(): PyTuple {
  if (emptyTuple === null) {
    emptyTuple = makeImmortal(new PyTuple([]));
    allocStatic(emptyTuple, 24);
  }
  return emptyTuple;
}

/** A new tuple that takes over (steals) the references in `items`. */
export function newTuple(items: PyObject[]): PyTuple {
  if (items.length === 0) return theEmptyTuple();
  const o = new PyTuple(items);
  const n = items.length;
  if (n < TUPLE_NFREELISTS && tupleFreeOwner === allocator && tupleFreeLists[n].length > 0) reuseBlockCode(o, tupleFreeLists[n].pop()!);
  else allocObject(o, 24 + 8 * n);
  gcTrack(o);
  return o;
}

/**
 * The block PyTuple_New(n) (n ≥ 1) gives a tuple that is about to be filled and maybe resized
 * (PySequence_Tuple): the most recent parked n-tuple, else a new allocation. As an address code.
 */
export function takeTupleBlock(n: number): number {
  if (n < TUPLE_NFREELISTS && tupleFreeOwner === allocator && tupleFreeLists[n].length > 0) return tupleFreeLists[n].pop()!;
  const o = new PyTuple([]);
  allocObject(o, 24 + 8 * n);
  return o.addrCode;
}

/** _PyTuple_Resize's realloc to n items (n ≥ 1): the old block (if any) is freed and a new one allocated. */
export function resizeTupleBlock(code: number, n: number): number {
  freeTupleBlock(code);
  const o = new PyTuple([]);
  allocObject(o, 24 + 8 * n);
  return o.addrCode;
}

/** Free a block from takeTupleBlock / resizeTupleBlock that no tuple adopted (0: none). */
export function freeTupleBlock(code: number): void {
  if (code === 0) return;
  const o = new PyTuple([]);
  o.addrCode = code;
  freeObject(o);
}

/** A tuple in a block from takeTupleBlock / resizeTupleBlock, taking over `items`' references. */
export function newTupleInBlock(items: PyObject[], code: number): PyTuple {
  const o = new PyTuple(items);
  reuseBlockCode(o, code);
  gcTrack(o);
  return o;
}

/** A new tuple from borrowed references (increfs each item). */
export function newTupleFromBorrowed(items: PyObject[]): PyTuple {
  for (let i = 0; i < items.length; i++) items[i].rc++;
  return newTuple(items.slice());
}

export function initTupleType(): void {
  tupleType.dealloc = (o) => {
    const t = o as PyTuple;
    gcUntrack(t);
    // tupledealloc releases items last to first
    releaseItems(t.items, true);
    return false;
  };
  tupleType.freeMemory = (o) => {
    const t = o as PyTuple;
    const n = t.items.length;
    if (n > 0 && n <= TUPLE_NFREELISTS && t.type === tupleType && t.addrCode !== 0) {
      if (tupleFreeOwner !== allocator) {
        resetTupleFreeLists();
        tupleFreeOwner = allocator;
      }
      if (tupleFreeLists[n].length < TUPLE_MAXFREELIST) {
        tupleFreeLists[n].push(t.addrCode);
        t.addrCode = 0;
        return;
      }
    }
    freeObject(t);
  };
  tupleType.traverse = (o, visit) => {
    const items = (o as PyTuple).items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
  };
}
