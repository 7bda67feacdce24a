/**
 * tuple (Objects/tupleobject.c): `items` is the fixed item array; memory 24 + 8·n bytes
 * (+ the GC header). The empty tuple is a static immortal singleton. Tuples are GC-tracked
 * when created; the collector untracks those holding only untracked objects (as CPython's
 * `_PyTuple_MaybeUntrack` does during collections).
 */
import { PyObject, makeImmortal, release } from './object';
import { tupleType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject, allocStatic } from './alloc';

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
  allocObject(o, 24 + 8 * items.length);
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
    for (let i = t.items.length - 1; i >= 0; i--) release(t.items[i]);
    return false;
  };
  tupleType.traverse = (o, visit) => {
    const items = (o as PyTuple).items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
  };
}
