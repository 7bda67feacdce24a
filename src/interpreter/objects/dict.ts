/**
 * dict (Objects/dictobject.c).
 *
 * Behaviour: insertion-ordered entries (`keys`/`values`/`hashes`, with `null` tombstones for
 * deleted entries, like CPython's compact dict), found through a JS Map from a lookup key to
 * the entry index: exact `str` keys by their text, every other key by its Python hash (with
 * `__eq__` deciding among entries sharing a hash — so 1, 1.0 and True are one key).
 *
 * Memory: CPython 3.12's key-table geometry is simulated exactly — `log2Size`, `usable`
 * (2/3 of the size), `nentries`, unicode-only vs general key tables — with a real buffer on
 * the simulated heap for the keys object, so `sys.getsizeof` and tracemalloc agree
 * (_PyDict_KeysSize: 32-byte header + index bytes + usable × entry size, 16 bytes per
 * unicode entry, 24 per general entry). An empty dict shares the static empty key table.
 */
import { PyObject, release, releaseEntries, decref, deallocate } from './object';
import { dictType, strType, tupleType, typeType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack, GC_TRACKED, isGC } from './gcobject';
import { allocObject, freeObject, allocBuffer, freeBuffer } from './alloc';
import { decodeAddr, encodeAddr } from './addr-codec';
import { allocator, type Allocator } from './memory';
import { PyStr, newStr, strHash, internStr } from './str';
import { hashOf, richEq } from './abstract';
import { runtimeError } from './errors';

type LookupKey = string | number;

const PyDict_LOG_MINSIZE = 3;

/**
 * Host memory of small dicts (most dicts: records, kwargs, instance dicts): a new dict shares
 * one empty entry array until its first insertion, which gives it arrays with room for CPython's
 * minimum table (5 entries; V8 would grow an array on its first push to 17 slots); the lookup
 * Map (`index`) exists only once a dict has more than SMALL_DICT entries — below that, lookups
 * scan the entries, in the order the Map's buckets would list them.
 */
const SMALL_DICT = 8;
const NO_ENTRIES: never[] = [];
Object.freeze(NO_ENTRIES);

export class PyDict extends PyGCObject {
  keys: (PyObject | null)[] = NO_ENTRIES;
  values: (PyObject | null)[] = NO_ENTRIES;
  /**
   * The entries' hashes, or null while every key is an exact str: then an entry's hash is the
   * str's own cached hash (entryHash), as in CPython 3.12's unicode key tables, whose entries
   * (PyDictUnicodeEntry) hold no hash. Most dicts then need no third array.
   */
  hashes: number[] | null = null;
  /** Lookup key → entry index (or indices, for hash collisions); null while the dict is small. */
  index: Map<LookupKey, number | number[]> | null = null;
  used = 0;
  /** Simulated CPython key-table geometry; log2Size 0 = the shared empty table. */
  log2Size = 0;
  usable = 0;
  unicodeKeys = true;
  /** The key table's address (ma_keys), encoded as in addr-codec.ts; read through keysAddr. */
  keysAddrCode = 0;
  /** Kind of the allocated key table (unicodeKeys may change before the table is replaced). */
  keysUnicode = true;
  /** Bumped on every mutation (iteration guard; CPython's ma_version_tag role). */
  version = 0;
  /**
   * A split dict (3.12 instance `__dict__`): ma_keys is the class's shared keys (not owned:
   * keysAddr is 0) and ma_values a values array of its own (`valuesAddr`); see SharedKeys.
   */
  split: SplitTable | null = null;
  constructor(type = dictType) {
    super(type);
  }

  get keysAddr(): number {
    return decodeAddr(this.keysAddrCode);
  }
  set keysAddr(a: number) {
    this.keysAddrCode = encodeAddr(a);
  }

  /** Fast lookup of an exact-str key by its text (attribute dicts, globals): borrowed or null. */
  getStr(name: string): PyObject | null {
    const index = this.index;
    if (index === null) {
      const ks = this.keys;
      for (let i = 0; i < ks.length; i++) {
        const k = ks[i];
        if (k !== null && k.type === strType && (k as PyStr).value === name) return this.values[i];
      }
      return null;
    }
    const i = index.get(name);
    if (i === undefined) return null;
    return this.values[i as number];
  }

  /** The entry index of an exact-str key (what the lookup Map holds), or undefined. */
  indexOfStr(name: string): number | number[] | undefined {
    const index = this.index;
    if (index !== null) return index.get(name);
    const ks = this.keys;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== null && k.type === strType && (k as PyStr).value === name) return i;
    }
    return undefined;
  }
}

/**
 * PyDict_New: a new dict is *not* GC-tracked; it becomes tracked when a key or value that may be
 * tracked is inserted (MAINTAIN_TRACKING in insertdict), and full collections untrack dicts
 * holding only atoms again (_PyDict_MaybeUntrack). So gc.is_tracked({"a": 1}) is False.
 */
// ------------------------------------------------------------------ free lists
/**
 * CPython 3.12's dict free lists (PyDict_MAXFREELIST = 80): dict_dealloc parks dead exact
 * dicts and free_keys_object parks minimum-size (8-slot) unicode key tables; PyDict_New /
 * new_keys_object reuse the most recent ones. Addresses belong to one heap: the lists are
 * dropped when the allocator changes (a new program).
 */
const DICT_MAXFREELIST = 80;
const dictFreeList: number[] = [];
const keysFreeList: number[] = [];
let dictFreeOwner: Allocator | null = null;

export function resetDictFreeLists(): void {
  dictFreeList.length = 0;
  keysFreeList.length = 0;
  dictFreeOwner = null;
}

function ownFreeLists(): void {
  if (dictFreeOwner !== allocator) {
    resetDictFreeLists();
    dictFreeOwner = allocator;
  }
}

function allocKeys(log2: number, unicode: boolean, fresh = false): number {
  if (log2 === PyDict_LOG_MINSIZE && unicode && !fresh) {
    ownFreeLists();
    if (keysFreeList.length > 0) return keysFreeList.pop()!;
  }
  return allocBuffer(keysObjectSize(log2, unicode));
}

function freeKeys(addr: number, log2: number, unicode: boolean): void {
  if (addr === 0) return;
  if (log2 === PyDict_LOG_MINSIZE && unicode) {
    ownFreeLists();
    if (keysFreeList.length < DICT_MAXFREELIST) {
      keysFreeList.push(addr);
      return;
    }
  }
  freeBuffer(addr);
}

/** Make the dict free list hold exactly `n` parked dicts (see list.ts setListFreeListSize). */
export function setDictFreeListSize(n: number): void {
  ownFreeLists();
  n = Math.min(n, DICT_MAXFREELIST);
  while (dictFreeList.length < n) {
    const d = new PyDict();
    allocObject(d, 48);
    dictFreeList.push(d.addrCode);
  }
  while (dictFreeList.length > n) {
    const d = new PyDict();
    d.addrCode = dictFreeList.pop()!;
    freeObject(d);
  }
}

/** Make the keys free list hold exactly `n` parked 8-slot unicode key tables. */
export function setKeysFreeListSize(n: number): void {
  ownFreeLists();
  n = Math.min(n, DICT_MAXFREELIST);
  while (keysFreeList.length < n) keysFreeList.push(allocBuffer(keysObjectSize(PyDict_LOG_MINSIZE, true)));
  while (keysFreeList.length > n) freeBuffer(keysFreeList.pop()!);
}

/** PyDict_New (new_dict): reuses a parked dict when there is one. */
export function newDict(): PyDict {
  const d = new PyDict();
  if (dictFreeList.length > 0 && dictFreeOwner === allocator) reuseBlockCode(d, dictFreeList.pop()!);
  else allocObject(d, 48);
  return d;
}

/** _PyObject_GC_MAY_BE_TRACKED: GC objects, except tuples that are currently untracked. */
export function gcMayBeTracked(o: PyObject): boolean {
  if (!isGC(o) || !o.type.hasGC) return false;
  if (o.type === tupleType) return (o.gcFlags & GC_TRACKED) !== 0;
  if (o.type === typeType || o.type.isSubtypeOf(typeType)) return (o as unknown as { isHeapType: boolean }).isHeapType;
  return true;
}

/** MAINTAIN_TRACKING(mp, key, value) */
function maintainTracking(d: PyDict, key: PyObject, value: PyObject): void {
  if ((d.gcFlags & GC_TRACKED) === 0 && (gcMayBeTracked(key) || gcMayBeTracked(value))) gcTrack(d);
}

// ------------------------------------------------------------------ key table geometry
const usableFraction = (size: number): number => ((size << 1) / 3) | 0;

function indexBytes(log2: number): number {
  const size = 1 << log2;
  return log2 < 8 ? size : log2 < 16 ? 2 * size : log2 < 32 ? 4 * size : 8 * size;
}

/** _PyDict_KeysSize */
export function keysObjectSize(log2: number, unicode: boolean): number {
  return 32 + indexBytes(log2) + usableFraction(1 << log2) * (unicode ? 16 : 24);
}

/** calculate_log2_keysize: smallest log2 ≥ PyDict_LOG_MINSIZE with 2**log2 ≥ minsize. */
function log2KeysizeFor(minsize: number): number {
  // CPython 3.12's bit trick on 64-bit builds: _Py_bit_length(((minsize | 8) - 1) | 7).
  // Not the smallest power of two ≥ minsize: 1..7 give 4, exact powers of two ≥ 16 give the
  // next one (e.g. dict.fromkeys(a_dict_of_21) gets 64 slots) — verified against CPython.
  if (minsize < 2 ** 30) return 32 - Math.clz32(((minsize | 8) - 1) | 7);
  let log2 = 31;
  while (2 ** log2 <= minsize - 1) log2++;
  return log2;
}

function newKeysTable(d: PyDict, log2: number, fresh = false): void {
  // dictresize: the new table is allocated before the old one is freed
  const oldAddr = d.keysAddr;
  const oldLog2 = d.log2Size;
  const oldUnicode = d.keysUnicode;
  d.keysAddr = allocKeys(log2, d.unicodeKeys, fresh);
  d.keysUnicode = d.unicodeKeys;
  const sp = d.split;
  if (sp !== null) {
    // split -> combined: free_values(oldvalues), dictkeys_decref(oldkeys)
    d.split = null;
    freeBuffer(sp.valuesAddr);
    sharedKeysDecref(sp.keys);
  } else freeKeys(oldAddr, oldLog2, oldUnicode);
  d.log2Size = log2;
  d.usable = usableFraction(1 << log2);
}

/** insertion_resize / dictresize: GROWTH_RATE(d) = used * 3. Compacts tombstones. */
function growTable(d: PyDict): void {
  newKeysTable(d, log2KeysizeFor(d.used * 3));
  compact(d);
  d.usable -= d.used;
}

function compact(d: PyDict): void {
  if (d.keys.length === d.used) return;
  const ks: (PyObject | null)[] = [];
  const vs: (PyObject | null)[] = [];
  const oldHs = d.hashes;
  const hs: number[] | null = oldHs === null ? null : [];
  for (let i = 0; i < d.keys.length; i++) {
    if (d.keys[i] !== null) {
      ks.push(d.keys[i]);
      vs.push(d.values[i]);
      if (hs !== null) hs.push(oldHs![i]);
    }
  }
  d.keys = ks;
  d.values = vs;
  d.hashes = hs;
  d.index = null;
  if (ks.length > SMALL_DICT) buildIndex(d);
}

/** Presize for n items (dict displays, _PyDict_NewPresized). */
export function dictPresize(d: PyDict, n: number): void {
  if (n <= usableFraction(1 << PyDict_LOG_MINSIZE)) return;
  newKeysTable(d, log2KeysizeFor(((n * 3 + 1) / 2) | 0));
}

// ------------------------------------------------------------------ lookup
/** The hash of entry i (which holds a key). */
export function entryHash(d: PyDict, i: number): number {
  const hs = d.hashes;
  return hs === null ? strHash(d.keys[i] as PyStr) : hs[i];
}

function lookupKeyOf(key: PyObject, hash: number): LookupKey {
  return key.type === strType ? (key as PyStr).value : hash;
}

/** Entry i was appended: index it (building the index when the dict outgrows SMALL_DICT). */
function indexAdd(d: PyDict, lk: LookupKey, i: number): void {
  const index = d.index;
  if (index === null) {
    if (d.keys.length > SMALL_DICT) buildIndex(d);
    return;
  }
  const prev = index.get(lk);
  if (prev === undefined) index.set(lk, i);
  else if (typeof prev === 'number') index.set(lk, [prev, i]);
  else prev.push(i);
}

function buildIndex(d: PyDict): void {
  const index = new Map<LookupKey, number | number[]>();
  d.index = index;
  const ks = d.keys;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k !== null) indexAdd(d, lookupKeyOf(k, entryHash(d, i)), i);
  }
}

function indexRemove(d: PyDict, lk: LookupKey, i: number): void {
  const index = d.index;
  if (index === null) return;
  const prev = index.get(lk)!;
  if (typeof prev === 'number') index.delete(lk);
  else {
    const at = prev.indexOf(i);
    prev.splice(at, 1);
    if (prev.length === 1) index.set(lk, prev[0]);
  }
}

/** dictFind of a small dict (no index): the same answer by scanning the entries. */
function smallDictFind(d: PyDict, key: PyObject, hash: number): number {
  const ks = d.keys;
  if (key.type === strType) {
    const text = (key as PyStr).value;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k !== null && k.type === strType && (k as PyStr).value === text) return i;
    }
    if (d.unicodeKeys) return -1;
  }
  // the entries the index files under this hash: keys other than exact strs, in entry order
  let first = -1;
  let more: number[] | null = null;
  const hs = d.hashes;
  if (hs === null) return -1; // every key is an exact str
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k !== null && hs[i] === hash && k.type !== strType) {
      if (first < 0) first = i;
      else (more ??= [first]).push(i);
    }
  }
  if (first < 0) return -1;
  if (more === null) {
    const k = ks[first]!;
    return k === key || richEq(k, key) ? first : -1;
  }
  for (const i of more) {
    const k = d.keys[i];
    if (k !== null && (k === key || richEq(k, key))) return i;
  }
  return -1;
}

/** Entry index of key, or -1. May call __eq__ (and so run Python code). */
export function dictFind(d: PyDict, key: PyObject, hash: number): number {
  const index = d.index;
  if (index === null) return smallDictFind(d, key, hash);
  if (key.type === strType) {
    const i = index.get((key as PyStr).value);
    if (i !== undefined) return i as number;
    if (d.unicodeKeys) return -1;
  }
  const found = index.get(hash);
  if (found === undefined) return -1;
  if (typeof found === 'number') {
    const k = d.keys[found]!;
    if (k === key || richEq(k, key)) return found;
    return -1;
  }
  for (const i of found.slice()) {
    const k = d.keys[i];
    if (k !== null && (k === key || richEq(k, key))) return i;
  }
  return -1;
}

export function keyHash(key: PyObject): number {
  return key.type === strType ? strHash(key as PyStr) : hashOf(key);
}

/** d[key] (borrowed) or null. */
export function dictGet(d: PyDict, key: PyObject): PyObject | null {
  // the key is hashed even when the dict is empty: {}[[]] is "unhashable type: 'list'"
  const h = keyHash(key);
  if (d.used === 0) return null;
  const i = dictFind(d, key, h);
  return i < 0 ? null : d.values[i];
}

/** d[key] = value; takes new references to key (if inserted) and value. */
export function dictSet(d: PyDict, key: PyObject, value: PyObject): void {
  const hash = keyHash(key);
  const i = d.used === 0 ? -1 : dictFind(d, key, hash);
  maintainTracking(d, key, value);
  value.rc++;
  if (i >= 0) {
    const old = d.values[i]!;
    d.values[i] = value;
    if (--old.rc === 0) deallocate(old);
    return;
  }
  key.rc++;
  if (key.type !== strType && d.unicodeKeys) {
    d.unicodeKeys = false;
    if (d.log2Size !== 0) {
      // insertdict on a unicode table with a non-str key: insertion_resize(mp, 0), i.e.
      // dictresize to calculate_log2_keysize(GROWTH_RATE) as a general table
      growTable(d);
    }
  }
  if (d.log2Size === 0) {
    newKeysTable(d, PyDict_LOG_MINSIZE);
  } else if (d.split !== null) {
    // insertdict on a split table: a key the shared keys already hold just takes a value;
    // a new one is appended to the shared keys while they have room, else the dict is
    // resized to a combined table (insertion_resize)
    const sk = d.split.keys;
    const name = (key as PyStr).value;
    if (!sk.index.has(name)) {
      if (sk.usable <= 0) growTable(d);
      else sharedKeysAdd(sk, name);
    }
  } else if (d.usable <= 0) {
    growTable(d);
  }
  const at = d.keys.length;
  if (at === 0) {
    // the first entry: arrays with room for the table's usable entries (see SMALL_DICT)
    d.keys = [key, null, null, null, null];
    d.values = [value, null, null, null, null];
    d.keys.length = 1;
    d.values.length = 1;
    if (key.type === strType) d.hashes = null;
    else {
      d.hashes = [hash, 0, 0, 0, 0];
      d.hashes.length = 1;
    }
  } else {
    d.keys.push(key);
    d.values.push(value);
    let hs = d.hashes;
    if (hs === null && key.type !== strType) {
      // the first key that is not an exact str: the table keeps hashes from now on
      hs = d.hashes = [];
      for (let j = 0; j < at; j++) hs.push(d.keys[j] === null ? 0 : strHash(d.keys[j] as PyStr));
    }
    if (hs !== null) hs.push(hash);
  }
  indexAdd(d, lookupKeyOf(key, hash), at);
  d.used++;
  d.usable--;
  d.version++;
}

export function dictSetStr(d: PyDict, name: string, value: PyObject): void {
  const k = newStr(name);
  dictSet(d, k, value);
  decref(k);
}

/** PyDict_Copy for modules below dict-type.ts in the import graph (set by dict-type.ts). */
export const dictCopyHook = {
  fn: (_d: PyDict): PyDict => {
    throw new Error('dict copy not bootstrapped');
  },
};

/**
 * d[name] = value with the interned str for `name` as the key, as CPython's attribute stores
 * (PyObject_SetAttr interns the name) and type creation (_Py_ID names, interned slot names) do:
 * no key object is allocated when the name is already interned.
 */
export function dictSetInterned(d: PyDict, name: string, value: PyObject): void {
  dictSet(d, internStr(name), value);
}

/** d[name] = value, taking over (stealing) the caller's reference to value. */
export function dictSetStrSteal(d: PyDict, name: string, value: PyObject): void {
  dictSetStr(d, name, value);
  decref(value);
}

/** Remove key; returns the removed value (new reference owned by the caller) or null. */
export function dictPop(d: PyDict, key: PyObject): PyObject | null {
  if (d.used === 0) return null;
  const hash = keyHash(key);
  const i = dictFind(d, key, hash);
  if (i < 0) return null;
  const k = d.keys[i]!;
  const v = d.values[i]!;
  indexRemove(d, lookupKeyOf(k, hash), i);
  d.keys[i] = null;
  d.values[i] = null;
  d.used--;
  d.version++;
  if (--k.rc === 0) deallocate(k);
  // CPython keeps the entries (deleted ones included) until the next resize: iteration
  // positions depend on it ("dictionary keys changed during iteration").
  return v;
}

export function dictClear(d: PyDict): void {
  const ks = d.keys;
  const vs = d.values;
  d.keys = NO_ENTRIES;
  d.values = NO_ENTRIES;
  d.hashes = null;
  d.index = null;
  d.used = 0;
  const oldAddr = d.keysAddr;
  const oldLog2 = d.log2Size;
  const oldUnicode = d.keysUnicode;
  const sp = d.split;
  d.split = null;
  d.keysAddr = 0;
  d.log2Size = 0;
  d.usable = 0;
  d.unicodeKeys = true;
  d.keysUnicode = true;
  d.version++;
  if (sp !== null) {
    // PyDict_Clear of a split dict: values released in key-table order, free_values,
    // dictkeys_decref (the shared keys and their str keys stay)
    for (const i of splitOrder(sp, ks)) decref(vs[i]!);
    for (let i = 0; i < ks.length; i++) if (ks[i] !== null) decref(ks[i]!);
    freeBuffer(sp.valuesAddr);
    sharedKeysDecref(sp.keys);
    return;
  }
  // PyDict_Clear → dictkeys_decref(oldkeys): entries are released, then the table is freed
  for (let i = 0; i < ks.length; i++) {
    if (ks[i] !== null) {
      decref(ks[i]!);
      decref(vs[i]!);
    }
  }
  freeKeys(oldAddr, oldLog2, oldUnicode);
}

/** Iterate live entries: calls f(key, value) with borrowed references; guards against mutation. */
export function dictForEach(d: PyDict, f: (k: PyObject, v: PyObject) => void): void {
  const n0 = d.used;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === null) continue;
    f(k, d.values[i]!);
    if (d.used !== n0) throw runtimeError('dictionary changed size during iteration');
  }
}

/** sizeof(dict) as dict.__sizeof__ computes it (without the GC header). */
export function dictSizeof(d: PyDict): number {
  const sp = d.split;
  if (sp !== null) {
    // _PyDict_SizeOf: the values array (shared_keys_usable_size × 8); the shared keys only
    // when this dict holds their last reference ("accounted for in the type object")
    const sk = sp.keys;
    return 48 + (sk.names.length + sk.usable) * 8 + (sk.refcnt === 1 ? keysObjectSize(SHARED_KEYS_LOG2, true) : 0);
  }
  return 48 + (d.log2Size === 0 ? 0 : keysObjectSize(d.log2Size, d.unicodeKeys));
}

import { reuseBlockCode } from './alloc';

export function initDictType(): void {
  dictType.dealloc = (o) => {
    const d = o as PyDict;
    gcUntrack(d);
    if (d.split !== null) {
      // dict_dealloc of a split dict: values in key-table order (the keys belong to the class)
      for (const i of splitOrder(d.split, d.keys)) release(d.values[i]);
      for (let i = 0; i < d.keys.length; i++) if (d.keys[i] !== null) release(d.keys[i]);
      return false;
    }
    // dict_dealloc → free_keys_object releases entries in insertion order (key, then value)
    releaseEntries(d.keys, d.values);
    return false;
  };
  dictType.freeMemory = (o) => {
    const d = o as PyDict;
    const sp = d.split;
    if (sp !== null) {
      d.split = null;
      freeBuffer(sp.valuesAddr);
      sharedKeysDecref(sp.keys);
    } else freeKeys(d.keysAddr, d.log2Size, d.keysUnicode);
    d.keysAddr = 0;
    d.keys = NO_ENTRIES;
    d.values = NO_ENTRIES;
    d.hashes = null;
    d.index = null;
    if (d.type === dictType && d.addrCode !== 0) {
      ownFreeLists();
      if (dictFreeList.length < DICT_MAXFREELIST) {
        dictFreeList.push(d.addrCode);
        d.addrCode = 0;
        return;
      }
    }
    freeObject(d);
  };
  // dict_traverse: a unicode-keys table visits values only; a general one value, then key
  dictType.traverse = (o, visit) => {
    const d = o as PyDict;
    if (d.split !== null) {
      for (const i of splitOrder(d.split, d.keys)) visit(d.values[i]!);
      return;
    }
    const uni = d.unicodeKeys;
    for (let i = 0; i < d.keys.length; i++) {
      if (d.keys[i] !== null) {
        visit(d.values[i]!);
        if (!uni) visit(d.keys[i]!);
      }
    }
  };
}

/**
 * dictresize(d, log2, unicode) for the container module (dict.copy / dict_merge presizing,
 * clone_combined_dict_keys): a fresh key table of 2**log2 slots, entries compacted. `malloc`:
 * clone_combined_dict_keys takes its table with PyObject_Malloc, never from the key free list.
 */
/**
 * Give `d` a new key table of 2**log2 slots. `fresh`: clone_combined_dict_keys (PyDict_Copy's
 * fast path) mallocs the copy directly, never taking a table from the keys free list.
 */
export function dictResizeLog2(d: PyDict, log2: number, unicode = d.unicodeKeys, fresh = false): void {
  d.unicodeKeys = unicode && d.unicodeKeys;
  newKeysTable(d, log2, fresh);
  compact(d);
  d.usable -= d.used;
}

/** estimate_log2_keysize(n) */
export function estimateLog2Keysize(n: number): number {
  return log2KeysizeFor(((n * 3 + 1) / 2) | 0);
}

// ------------------------------------------------------------------ split tables (3.12)
/** SHARED_KEYS_MAX_SIZE and NEXT_LOG2_SHARED_KEYS_MAX_SIZE (Objects/dictobject.c). */
export const SHARED_KEYS_MAX_SIZE = 30;
export const SHARED_KEYS_LOG2 = 6;

/**
 * A class's cached keys (ht_cached_keys, _PyDict_NewKeysForClass): a unicode key table of 64
 * slots, kind DICT_KEYS_SPLIT, shared by the inline values of every instance and by their
 * materialised `__dict__`s. `names` are dk_entries' keys in index order (dk_nentries =
 * names.length); `usable` is dk_usable, which starts at SHARED_KEYS_MAX_SIZE and also shrinks
 * by one per instance created (init_inline_values), down to 1. `refcnt` is dk_refcnt: the
 * class's reference plus one per split dict. The keys are interned (immortal) strings.
 */
export class SharedKeys {
  names: string[] = [];
  index = new Map<string, number>();
  usable = SHARED_KEYS_MAX_SIZE;
  refcnt = 1;
  addr: number;
  constructor() {
    this.addr = allocBuffer(keysObjectSize(SHARED_KEYS_LOG2, true));
  }
}

export interface SplitTable {
  keys: SharedKeys;
  valuesAddr: number;
}

/** insert_into_dictkeys: append a key to the shared keys (the caller checked usable > 0). */
export function sharedKeysAdd(sk: SharedKeys, name: string): number {
  const ix = sk.names.length;
  sk.names.push(name);
  sk.index.set(name, ix);
  sk.usable--;
  return ix;
}

/** dictkeys_decref */
export function sharedKeysDecref(sk: SharedKeys): void {
  if (--sk.refcnt === 0) {
    freeBuffer(sk.addr);
    sk.addr = 0;
  }
}

/** new_values(size): PyMem_Malloc of the order prefix (size + 2 bytes, 8-aligned) + size pointers. */
export function valuesArrayBytes(size: number): number {
  return ((size + 2 + 7) & ~7) + size * 8;
}

/** Entry positions of a split dict in key-table order (how CPython walks ma_values). */
function splitOrder(sp: SplitTable, ks: (PyObject | null)[]): number[] {
  const pos: [number, number][] = [];
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k !== null) pos.push([sp.keys.index.get((k as PyStr).value) ?? 1e9, i]);
  }
  pos.sort((a, b) => a[0] - b[0]);
  return pos.map((p) => p[1]);
}

/**
 * make_dict_from_instance_attributes / new_dict_with_shared_keys: a split dict over `sk` that
 * takes ownership of the values array at `valuesAddr`; `order` lists key indices in insertion
 * order and `vals` the values by key index (references move into the dict). GC-tracked only
 * when a value may be.
 */
export function newSplitDict(
  sk: SharedKeys,
  valuesAddr: number,
  order: number[],
  vals: (PyObject | null)[],
  gcNew = false,
): PyDict {
  sk.refcnt++;
  let d: PyDict;
  if (gcNew) {
    // PyObject_GC_New (PyDict_Copy's split copy): bypasses the dict free list
    d = new PyDict();
    allocObject(d, 48);
  } else d = newDict();
  d.split = { keys: sk, valuesAddr };
  d.log2Size = SHARED_KEYS_LOG2;
  d.usable = 0;
  d.unicodeKeys = true;
  d.keysUnicode = true;
  let track = false;
  const ks: (PyObject | null)[] = [];
  const vs: (PyObject | null)[] = [];
  for (const ix of order) {
    const v = vals[ix];
    if (v === null || v === undefined) continue;
    const k = internStr(sk.names[ix]);
    k.rc++;
    ks.push(k);
    vs.push(v);
    if (!track && gcMayBeTracked(v)) track = true;
  }
  if (ks.length > 0) {
    d.keys = ks;
    d.values = vs;
    d.hashes = null;
    if (ks.length > SMALL_DICT) buildIndex(d);
  }
  d.used = ks.length;
  if (track) gcTrack(d);
  return d;
}

/** PyDict_Copy of a split dict: a split copy with its own values array (same size). */
export function splitDictCopy(src: PyDict): PyDict {
  const sp = src.split!;
  const sk = sp.keys;
  const addr = allocBuffer(valuesArrayBytes(sk.names.length + sk.usable));
  const order: number[] = [];
  const vals: (PyObject | null)[] = [];
  for (let i = 0; i < src.keys.length; i++) {
    const k = src.keys[i];
    if (k === null) continue;
    const ix = sk.index.get((k as PyStr).value)!;
    order.push(ix);
    const v = src.values[i]!;
    v.rc++;
    vals[ix] = v;
  }
  return newSplitDict(sk, addr, order, vals, true);
}
