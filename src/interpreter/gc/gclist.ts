/**
 * Intrusive doubly-linked lists of GC objects (CPython's PyGC_Head lists, Modules/gcmodule.c
 * gc_list_*): each list has a sentinel head; `gcPrev`/`gcNext` of PyGCObject are the links.
 * Every operation is O(1) except `size`/`clearCollecting`, and order is preserved.
 */
import { PyGCObject } from '../objects/gcobject';
import type { PyType } from '../objects/typeobject';

/** A list head (never a real object). */
export class GCHead extends PyGCObject {
  constructor() {
    super(null as unknown as PyType);
    this.gcPrev = this;
    this.gcNext = this;
  }
}

export function listInit(h: GCHead): void {
  h.gcPrev = h;
  h.gcNext = h;
}

export const listIsEmpty = (h: GCHead): boolean => h.gcNext === h;

/** Append `n` (not on any list) at the end of `h`. */
export function listAppend(n: PyGCObject, h: GCHead): void {
  const last = h.gcPrev!;
  last.gcNext = n;
  n.gcPrev = last;
  n.gcNext = h;
  h.gcPrev = n;
}

export function listRemove(n: PyGCObject): void {
  const p = n.gcPrev!;
  const nx = n.gcNext!;
  p.gcNext = nx;
  nx.gcPrev = p;
  n.gcPrev = null;
  n.gcNext = null;
}

/** gc_list_move: unlink `n` from its list and append it to `h`. */
export function listMove(n: PyGCObject, h: GCHead): void {
  const p = n.gcPrev!;
  const nx = n.gcNext!;
  p.gcNext = nx;
  nx.gcPrev = p;
  listAppend(n, h);
}

/** gc_list_merge: append all of `from` to `to`; `from` becomes empty. */
export function listMerge(from: GCHead, to: GCHead): void {
  if (listIsEmpty(from)) return;
  const tail = to.gcPrev!;
  const first = from.gcNext!;
  const last = from.gcPrev!;
  tail.gcNext = first;
  first.gcPrev = tail;
  last.gcNext = to;
  to.gcPrev = last;
  listInit(from);
}

export function listSize(h: GCHead): number {
  let n = 0;
  for (let g = h.gcNext!; g !== h; g = g.gcNext!) n++;
  return n;
}

export function listToArray(h: GCHead): PyGCObject[] {
  const out: PyGCObject[] = [];
  for (let g = h.gcNext!; g !== h; g = g.gcNext!) out.push(g);
  return out;
}
