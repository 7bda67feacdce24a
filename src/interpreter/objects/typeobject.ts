/**
 * Type objects: classes, their slots, MRO and attribute lookup (CPython's Objects/typeobject.c).
 *
 * Model. Every type has:
 *  - `dict`   — its namespace, a real heap dict (so `C.__dict__`, refcounts of class attributes
 *               and `gc` see what CPython sees);
 *  - `mro`    — the C3 linearisation, computed once when the type is made (or its bases change);
 *  - `slots`  — native fast paths (CPython's tp_* / nb_* / sq_* / mp_* slots). The VM calls slots,
 *               never dunder names, for operators. A builtin type fills its slots with native code
 *               and exposes each as a dunder "slot wrapper" in its dict (`int.__add__`); a class
 *               written in Python gets, for each dunder it defines anywhere in its MRO, a slot that
 *               calls that dunder (`fixupSlots`), exactly CPython's slotdefs / update_slot design.
 *
 * Attribute lookup on types is cached per type by name (`lookupCache`), invalidated for the type
 * and its subclasses whenever a class attribute changes (CPython's type version tags).
 */
import type { SharedKeys } from './dict';
import { PyObject, IMMORTAL_RC } from './object';
import { PyGCObject } from './gcobject';
import type { PyDict } from './dict';

export type NativeFn = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

/** Binary number slots, indexed like BinaryOp (non-inplace part). */
export const enum NB {
  ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5,
  REMAINDER = 6, OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12,
  DIVMOD = 13,
}
export const NB_COUNT = 14;
export type BinarySlot = (a: PyObject, b: PyObject) => PyObject;

export interface TypeSlots {
  repr?: (o: PyObject) => PyObject;
  str?: (o: PyObject) => PyObject;
  /** Python hash as a JS number (exact for |h| < 2**53; `hash()` recomputes big ones exactly). */
  hash?: ((o: PyObject) => number) | null;
  /** Returns a new reference, possibly NotImplemented. op is CompareOp (LT..GE). */
  richcompare?: (a: PyObject, b: PyObject, op: number) => PyObject;
  iter?: (o: PyObject) => PyObject;
  /** Next item (new ref) or null when exhausted (StopIteration without value). */
  iternext?: (o: PyObject) => PyObject | null;
  /** `next(it)` for iterators whose exhaustion carries a value: raises StopIteration(value)
   *  as CPython's tp_iternext leaves it set (a generator's return value, a `__next__` that
   *  raised StopIteration('x')). Absent: next() uses iternext. */
  iternextRaising?: (o: PyObject) => PyObject;
  call?: (o: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;
  /** Attribute read; returns null when the attribute does not exist (caller raises AttributeError). */
  getattro?: (o: PyObject, name: string) => PyObject | null;
  /** Attribute write; value null deletes. */
  setattro?: (o: PyObject, name: string, value: PyObject | null) => void;
  descrGet?: (descr: PyObject, obj: PyObject | null, type: PyType) => PyObject;
  descrSet?: (descr: PyObject, obj: PyObject, value: PyObject | null) => void;

  /** nb_* binary slots, left operand (index NB). Native slots are symmetric, as in CPython. */
  nbLeft?: (BinarySlot | undefined)[];
  /** Reflected variants (for classes written in Python: `__radd__`; natives: same as nbLeft). */
  nbRight?: (BinarySlot | undefined)[];
  /** In-place variants (`__iadd__`, list's `+=`). */
  nbInplace?: (BinarySlot | undefined)[];
  negative?: (o: PyObject) => PyObject;
  positive?: (o: PyObject) => PyObject;
  invert?: (o: PyObject) => PyObject;
  absolute?: (o: PyObject) => PyObject;
  bool?: (o: PyObject) => boolean;
  int?: (o: PyObject) => PyObject;
  float?: (o: PyObject) => PyObject;
  index?: (o: PyObject) => PyObject;

  len?: (o: PyObject) => number;
  getitem?: (o: PyObject, key: PyObject) => PyObject;
  /** value null deletes. */
  setitem?: (o: PyObject, key: PyObject, value: PyObject | null) => void;
  contains?: (o: PyObject, v: PyObject) => boolean;

  /** tp_new: create an instance (new reference). */
  new?: (type: PyType, args: PyObject[], kwnames: string[] | null) => PyObject;
  /** tp_init. */
  init?: (self: PyObject, args: PyObject[], kwnames: string[] | null) => void;
  /** tp_finalize (`__del__`). */
  finalize?: (o: PyObject) => void;
}

let nextTypeId = 1;

export class PyType extends PyGCObject {
  /** Unique small integer, handy for caches. */
  readonly tid = nextTypeId++;
  name: string;
  qualname: string;
  bases: PyType[] = [];
  base: PyType | null = null;
  mro: PyType[] = [];
  /** Heap types: tp_mro and tp_bases as the tuples on the heap (null for static types). */
  mroTuple: PyObject | null = null;
  basesTuple: PyObject | null = null;
  /** Heap types with __slots__: ht_slots, the sorted tuple of member names (type_new_copy_slots). */
  htSlots: PyObject | null = null;
  /** The namespace; set when the type is initialised (dict type must exist first). */
  declare dict: PyDict;
  slots: TypeSlots = {};
  subclasses: PyType[] = [];
  /** CPython Py_TPFLAGS_HEAPTYPE: made by a class statement / type(). */
  isHeapType = false;
  /**
   * No tp_vectorcall (CPython 3.12): a vectorcall of the type goes through _PyObject_MakeTpCall,
   * which packs the positional arguments into a new tuple (and keywords into a dict). True for
   * every class statement's type and for the builtin types whose constructor is tp_call only.
   */
  tpCallOnly = false;
  /** Py_TPFLAGS_BASETYPE */
  isBaseType = true;
  /** Object layout family (an instance of this type is a JS object of this layout). */
  layout: string;
  /** tp_basicsize / tp_itemsize as in CPython 3.12 64-bit. */
  basicsize = 16;
  itemsize = 0;
  /** Instances are GC-tracked objects (Py_TPFLAGS_HAVE_GC): adds the 16-byte GC header. */
  hasGC = false;
  /** Py_TPFLAGS_MANAGED_DICT (3.12 heap types without __slots__): 16-byte pre-header. */
  managedDict = false;
  /** The instance dict is a field of the object itself (tp_dictoffset > 0: exceptions and
   *  their subclasses), so a managed dict adds no pre-header. */
  inlineDict = false;
  /** Py_TPFLAGS_MANAGED_WEAKREF (3.12 heap types that add weakref support: no __slots__, or
   *  `__weakref__` in __slots__): the weakref list lives in the 16-byte pre-header. */
  managedWeakref = false;
  /** ht_cached_keys: the shared keys of instances' attributes (managed-dict heap types). */
  cachedKeys: SharedKeys | null = null;
  /** Instances may have a weakref list (tp_weaklistoffset != 0). */
  weakrefable = false;
  /** `__slots__` names (own, not inherited) and the total slot count incl. inherited. */
  slotNames: string[] = [];
  nslots = 0;
  /** Attribute lookup cache (name → value or null for "not found"); see lookup(). */
  lookupCache = new Map<string, PyObject | null>();
  /**
   * The type's dealloc is the default one (no finalizer, no references to release), so
   * deallocate() can free the memory directly. Computed once the builtin types are set up.
   */
  leafDealloc = false;
  /** Called by deallocate(); returns true if the object was resurrected by its finalizer. */
  dealloc: (o: PyObject) => boolean = defaultDealloc;
  /** Returns the object's memory (and its buffers) to the allocator. */
  freeMemory: (o: PyObject) => void = defaultFreeMemory;
  /** Report references the object holds (tp_traverse), for gc. */
  traverse: ((o: PyObject, visit: (ref: PyObject) => void) => void) | null = null;
  /** The module name shown in repr (`__module__`) for builtin types. */
  moduleName = 'builtins';
  /** For user classes with `__slots__`, the layout keeps a per-instance slot array. */
  doc: string | null = null;

  constructor(metatype: PyType | null, name: string, layout: string) {
    // The metatype of `type` is itself; fixed up by the bootstrap.
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.layout = layout;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  /** Find `name` along the MRO (_PyType_Lookup): a borrowed reference, or null. */
  lookup(name: string): PyObject | null {
    const cached = this.lookupCache.get(name);
    if (cached !== undefined) return cached;
    let found: PyObject | null = null;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].dict.getStr(name);
      if (v !== null) {
        found = v;
        break;
      }
    }
    this.lookupCache.set(name, found);
    return found;
  }

  /** Invalidate lookup caches of this type and all its subclasses (a class attribute changed). */
  invalidateCaches(): void {
    typeEpoch.n++;
    const work: PyType[] = [this];
    while (work.length) {
      const t = work.pop()!;
      t.lookupCache.clear();
      for (const s of t.subclasses) work.push(s);
    }
  }
}

/**
 * Bumped whenever any type's lookup caches are invalidated (a class attribute, base or slot
 * changed): the evaluation loop's attribute caches (vm/attr-cache.ts) hold only while it stays.
 */
export const typeEpoch = { n: 0 };

export function defaultDealloc(_o: PyObject): boolean {
  return false;
}

/** Hook for the heap layer: set by the runtime (frees `o.addr`). */
export const memoryHooks = {
  freeObject(_o: PyObject): void {},
};

export function defaultFreeMemory(o: PyObject): void {
  memoryHooks.freeObject(o);
}

/**
 * C3 linearisation (Python's MRO algorithm, typeobject.c mro_implementation).
 * Returns null when no consistent order exists (caller raises TypeError with the bases' names).
 */
export function c3Linearize(type: PyType, bases: PyType[]): PyType[] | null {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [type];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) return null;
    result.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}

export const TYPE_IMMORTAL_RC = IMMORTAL_RC;
