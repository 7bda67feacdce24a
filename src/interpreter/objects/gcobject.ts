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
  /**
   * The insertion order: a count n while it is 0, 1 … n-1 (attributes first set in the order
   * the class's shared keys list them: nearly every instance, and then no array at all), else
   * the indices themselves.
   */
  private ord: number | number[] = 0;
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
  /** The key indices in insertion order (a fresh array when the order is the natural one). */
  get order(): number[] {
    const o = this.ord;
    if (typeof o !== 'number') return o;
    const a: number[] = [];
    for (let i = 0; i < o; i++) a.push(i);
    return a;
  }
  /** A value was stored at index `ix`, which had none. */
  added(ix: number): void {
    const o = this.ord;
    if (typeof o === 'number') {
      if (ix === o) {
        this.ord = o + 1;
        return;
      }
      this.ord = this.order;
    }
    (this.ord as number[]).push(ix);
  }
  /** The value at index `ix` was deleted. */
  removed(ix: number): void {
    const o = typeof this.ord === 'number' ? this.order : this.ord;
    o.splice(o.indexOf(ix), 1);
    this.ord = o;
  }
}

export const GC_TRACKED = 1;
export const GC_FINALIZED = 2;

/**
 * The fields of a GC object that few objects ever use, kept out of line (see PyGCObject.ext):
 * a tuple, list or dict never has weak references, attributes or slots, and one million of them
 * should not carry five empty fields each.
 */
export class GCExtra {
  weakrefs: PyObject[] | null = null;
  inline: InlineValues | null = null;
  attrs: Map<string, PyObject> | null = null;
  attrDict: PyObject | null = null;
  slotValues: (PyObject | null)[] | null = null;
}

export abstract class PyGCObject extends PyObject {
  gcPrev: PyGCObject | null = null;
  gcNext: PyGCObject | null = null;
  gcRefs = 0;
  gcFlags = 0;
  /** The rarely used fields below, created by the first store of a non-null value. */
  ext: GCExtra | null = null;
  /** Weak references to this object (tp_weaklist), created on demand by weakref. */
  declare weakrefs: PyObject[] | null;
  /**
   * Attribute storage of instances of classes written in Python (any layout):
   * `inline` are 3.12's inline values of managed-dict instances (a values array keyed by the
   * class's shared keys — no dict object exists yet); `attrDict` is the materialised `__dict__`
   * (after which `inline` is null); `attrs` is a plain name → value store for the other objects
   * with attributes (exceptions …). `slotValues` hold `__slots__` members.
   *
   * These are accessors on the prototype reading `ext` (defined below), except on PyInstance
   * (object-type.ts), whose `inline` and `attrDict` are own fields: the attribute path of
   * instances stays one field load.
   */
  declare inline: InlineValues | null;
  declare attrs: Map<string, PyObject> | null;
  declare attrDict: PyObject | null;
  declare slotValues: (PyObject | null)[] | null;
}

/** The names of GCExtra's fields (the accessors of PyGCObject.prototype). */
export const GC_EXTRA_FIELDS = ['weakrefs', 'inline', 'attrs', 'attrDict', 'slotValues'] as const;

function extra(o: PyGCObject): GCExtra {
  let e = o.ext;
  if (e === null) e = o.ext = new GCExtra();
  return e;
}

Object.defineProperties(PyGCObject.prototype, {
  weakrefs: {
    get(this: PyGCObject) {
      const e = this.ext;
      return e === null ? null : e.weakrefs;
    },
    set(this: PyGCObject, v: PyObject[] | null) {
      if (v !== null || this.ext !== null) extra(this).weakrefs = v;
    },
  },
  inline: {
    get(this: PyGCObject) {
      const e = this.ext;
      return e === null ? null : e.inline;
    },
    set(this: PyGCObject, v: InlineValues | null) {
      if (v !== null || this.ext !== null) extra(this).inline = v;
    },
  },
  attrs: {
    get(this: PyGCObject) {
      const e = this.ext;
      return e === null ? null : e.attrs;
    },
    set(this: PyGCObject, v: Map<string, PyObject> | null) {
      if (v !== null || this.ext !== null) extra(this).attrs = v;
    },
  },
  attrDict: {
    get(this: PyGCObject) {
      const e = this.ext;
      return e === null ? null : e.attrDict;
    },
    set(this: PyGCObject, v: PyObject | null) {
      if (v !== null || this.ext !== null) extra(this).attrDict = v;
    },
  },
  slotValues: {
    get(this: PyGCObject) {
      const e = this.ext;
      return e === null ? null : e.slotValues;
    },
    set(this: PyGCObject, v: (PyObject | null)[] | null) {
      if (v !== null || this.ext !== null) extra(this).slotValues = v;
    },
  },
});

/**
 * Make `names` plain own fields of the objects a class constructs (they must then be assigned
 * in its constructor): a writable data property of the same name on the class's prototype
 * shadows PyGCObject's accessor, so the constructor's assignment creates an own field.
 */
export function ownGCFields(proto: object, names: readonly (typeof GC_EXTRA_FIELDS)[number][]): void {
  for (const n of names) Object.defineProperty(proto, n, { value: null, writable: true, enumerable: false, configurable: true });
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

/**
 * A GC object: a PyGCObject, or an instance of a heap subclass of a non-GC builtin (int, float,
 * str, bytes, complex) — CPython gives such heap types Py_TPFLAGS_HAVE_GC, and
 * initSubclassInstance gave the instance PyGCObject's fields (an own `gcFlags`).
 */
export const isGC = (o: PyObject): o is PyGCObject =>
  o instanceof PyGCObject || (o.type.isHeapType && Object.prototype.hasOwnProperty.call(o, 'gcFlags'));

/**
 * Every other object reads `gcFlags` as 0, from PyObject's prototype (no field per object):
 * the collector's visitors test `o.gcFlags & GC_COLLECTING` on whatever a container holds, and
 * a number found on the prototype is a cheap load where a missing property (undefined) is not.
 * PyGCObject's own field shadows it.
 */
Object.defineProperty(PyObject.prototype, 'gcFlags', { value: 0, writable: true, enumerable: false, configurable: true });
