/**
 * Objects that take part in cyclic garbage collection (CPython's Py_TPFLAGS_HAVE_GC types):
 * containers, instances of classes, functions, frames … They carry the fields of CPython's
 * PyGC_Head: the links of the generation list they are on (`gcPrev`/`gcNext`), the scratch
 * count used during a collection (`gcRefs`), and flags (tracked, finalized). The collector
 * (gc/) owns the lists; the object layer only calls `gcTrack`/`gcUntrack` where CPython does.
 */
import { PyObject } from './object';
import { decodeAddr, encodeAddr } from './addr-codec';
import type { SharedKeys } from './dict';

/**
 * An instance's values array (PyDictValues, new_values): `vals` by shared-key index (its length
 * is the size it was allocated with), `order` the key indices in insertion order (the byte
 * prefix), `addr` its PyMem block.
 */
export class InlineValues {
  vals: (PyObject | null)[];
  order: number[] = [];
  /** `addr`, encoded as in addr-codec.ts (no boxed double per instance). */
  private addrCode: number;
  constructor(
    public keys: SharedKeys,
    size: number,
    addr: number,
  ) {
    this.vals = new Array<PyObject | null>(size).fill(null);
    this.addrCode = encodeAddr(addr);
  }
  get addr(): number {
    return decodeAddr(this.addrCode);
  }
}

export const GC_TRACKED = 1;
export const GC_FINALIZED = 2;

export abstract class PyGCObject extends PyObject {
  gcPrev: PyGCObject | null = null;
  gcNext: PyGCObject | null = null;
  gcRefs = 0;
  gcFlags = 0;
  /** Weak references to this object (tp_weaklist), created on demand by weakref. */
  weakrefs: PyObject[] | null = null;
  /**
   * Attribute storage of instances of classes written in Python (any layout):
   * `inline` are 3.12's inline values of managed-dict instances (a values array keyed by the
   * class's shared keys — no dict object exists yet); `attrDict` is the materialised `__dict__`
   * (after which `inline` is null); `attrs` is a plain name → value store for the other objects
   * with attributes (exceptions …). `slotValues` hold `__slots__` members.
   */
  inline: InlineValues | null = null;
  attrs: Map<string, PyObject> | null = null;
  attrDict: PyObject | null = null;
  slotValues: (PyObject | null)[] | null = null;
}

/** Installed by the collector. */
export const gcTracking = {
  track(_o: PyGCObject): void {},
  untrack(_o: PyGCObject): void {},
};

export function gcTrack(o: PyGCObject): void {
  if ((o.gcFlags & GC_TRACKED) === 0) gcTracking.track(o);
}

export function gcUntrack(o: PyGCObject): void {
  if ((o.gcFlags & GC_TRACKED) !== 0) gcTracking.untrack(o);
}

export const isGC = (o: PyObject): o is PyGCObject => o instanceof PyGCObject;
