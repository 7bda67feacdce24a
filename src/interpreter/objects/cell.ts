/** cell (Objects/cellobject.c): a closure variable's box. 24 bytes + GC header. */
import { PyObject, release } from './object';
import { cellType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject } from './alloc';

export class PyCell extends PyGCObject {
  constructor(public ref: PyObject | null) {
    super(cellType);
  }
}

/** A new cell holding (a new reference to) `v`. */
export function newCell(v: PyObject | null): PyCell {
  if (v !== null) v.rc++;
  const c = new PyCell(v);
  allocObject(c, 24);
  gcTrack(c);
  return c;
}

export function initCellType(): void {
  cellType.dealloc = (o) => {
    gcUntrack(o as PyCell);
    release((o as PyCell).ref);
    return false;
  };
  cellType.traverse = (o, visit) => {
    const r = (o as PyCell).ref;
    if (r !== null) visit(r);
  };
}
