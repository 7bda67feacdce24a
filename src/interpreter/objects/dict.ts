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
import { PyObject, release } from './object';
import { dictType, strType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject, freeObject, allocBuffer, freeBuffer } from './alloc';
import { PyStr, newStr, strHash } from './str';
import { hashOf, richEq } from './abstract';
import { runtimeError } from './errors';

type LookupKey = string | number;

const PyDict_LOG_MINSIZE = 3;

export class PyDict extends PyGCObject {
  keys: (PyObject | null)[] = [];
  values: (PyObject | null)[] = [];
  hashes: number[] = [];
  index = new Map<LookupKey, number | number[]>();
  used = 0;
  /** Simulated CPython key-table geometry; log2Size 0 = the shared empty table. */
  log2Size = 0;
  usable = 0;
  unicodeKeys = true;
  keysAddr = 0;
  /** Bumped on every mutation (iteration guard; CPython's ma_version_tag role). */
  version = 0;
  constructor(type = dictType) {
    super(type);
  }

  /** Fast lookup of an exact-str key by its text (attribute dicts, globals): borrowed or null. */
  getStr(name: string): PyObject | null {
    const i = this.index.get(name);
    if (i === undefined) return null;
    return this.values[i as number];
  }
}

export function newDict(): PyDict {
  const d = new PyDict();
  allocObject(d, 48);
  gcTrack(d);
  return d;
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
  let log2 = PyDict_LOG_MINSIZE;
  while (1 << log2 < minsize) log2++;
  return log2;
}

function newKeysTable(d: PyDict, log2: number): void {
  freeBuffer(d.keysAddr);
  d.log2Size = log2;
  d.usable = usableFraction(1 << log2);
  d.keysAddr = allocBuffer(keysObjectSize(log2, d.unicodeKeys));
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
  const hs: number[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    if (d.keys[i] !== null) {
      ks.push(d.keys[i]);
      vs.push(d.values[i]);
      hs.push(d.hashes[i]);
    }
  }
  d.keys = ks;
  d.values = vs;
  d.hashes = hs;
  d.index.clear();
  for (let i = 0; i < ks.length; i++) indexAdd(d, lookupKeyOf(ks[i]!, hs[i]), i);
}

/** Presize for n items (dict displays, _PyDict_NewPresized). */
export function dictPresize(d: PyDict, n: number): void {
  if (n <= usableFraction(1 << PyDict_LOG_MINSIZE)) return;
  newKeysTable(d, log2KeysizeFor(((n * 3 + 1) / 2) | 0));
}

// ------------------------------------------------------------------ lookup
function lookupKeyOf(key: PyObject, hash: number): LookupKey {
  return key.type === strType ? (key as PyStr).value : hash;
}

function indexAdd(d: PyDict, lk: LookupKey, i: number): void {
  const prev = d.index.get(lk);
  if (prev === undefined) d.index.set(lk, i);
  else if (typeof prev === 'number') d.index.set(lk, [prev, i]);
  else prev.push(i);
}

function indexRemove(d: PyDict, lk: LookupKey, i: number): void {
  const prev = d.index.get(lk)!;
  if (typeof prev === 'number') d.index.delete(lk);
  else {
    const at = prev.indexOf(i);
    prev.splice(at, 1);
    if (prev.length === 1) d.index.set(lk, prev[0]);
  }
}

/** Entry index of key, or -1. May call __eq__ (and so run Python code). */
export function dictFind(d: PyDict, key: PyObject, hash: number): number {
  if (key.type === strType) {
    const i = d.index.get((key as PyStr).value);
    if (i !== undefined) return i as number;
    if (d.unicodeKeys) return -1;
  }
  const found = d.index.get(hash);
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
  if (d.used === 0) return null;
  const i = dictFind(d, key, keyHash(key));
  return i < 0 ? null : d.values[i];
}

/** d[key] = value; takes new references to key (if inserted) and value. */
export function dictSet(d: PyDict, key: PyObject, value: PyObject): void {
  const hash = keyHash(key);
  const i = d.used === 0 ? -1 : dictFind(d, key, hash);
  value.rc++;
  if (i >= 0) {
    const old = d.values[i]!;
    d.values[i] = value;
    if (--old.rc === 0) release0(old);
    return;
  }
  key.rc++;
  if (key.type !== strType && d.unicodeKeys) {
    d.unicodeKeys = false;
    if (d.log2Size !== 0) {
      // insertdict on a unicode table with a non-str key: convert to a general table
      const log2 = d.log2Size;
      const usableLeft = d.usable;
      newKeysTable(d, log2);
      d.usable = usableLeft;
    }
  }
  if (d.log2Size === 0) {
    newKeysTable(d, PyDict_LOG_MINSIZE);
  } else if (d.usable <= 0) {
    growTable(d);
  }
  const at = d.keys.length;
  d.keys.push(key);
  d.values.push(value);
  d.hashes.push(hash);
  indexAdd(d, lookupKeyOf(key, hash), at);
  d.used++;
  d.usable--;
  d.version++;
}

export function dictSetStr(d: PyDict, name: string, value: PyObject): void {
  const k = newStr(name);
  dictSet(d, k, value);
  decrefLocal(k);
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
  if (--k.rc === 0) release0(k);
  if (d.used === 0) {
    // CPython keeps the table; drop tombstones to keep the JS side small
    compact(d);
  }
  return v;
}

export function dictClear(d: PyDict): void {
  const ks = d.keys;
  const vs = d.values;
  d.keys = [];
  d.values = [];
  d.hashes = [];
  d.index.clear();
  d.used = 0;
  freeBuffer(d.keysAddr);
  d.keysAddr = 0;
  d.log2Size = 0;
  d.usable = 0;
  d.unicodeKeys = true;
  d.version++;
  for (let i = 0; i < ks.length; i++) {
    if (ks[i] !== null) {
      decrefLocal(ks[i]!);
      decrefLocal(vs[i]!);
    }
  }
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
  return 48 + (d.log2Size === 0 ? 0 : keysObjectSize(d.log2Size, d.unicodeKeys));
}

import { deallocate } from './object';
function release0(o: PyObject): void {
  deallocate(o);
}
function decrefLocal(o: PyObject): void {
  if (--o.rc === 0) deallocate(o);
}

export function initDictType(): void {
  dictType.dealloc = (o) => {
    const d = o as PyDict;
    gcUntrack(d);
    // dict_dealloc → free_keys_object releases entries in insertion order (key, then value)
    for (let i = 0; i < d.keys.length; i++) {
      if (d.keys[i] !== null) {
        release(d.keys[i]);
        release(d.values[i]);
      }
    }
    return false;
  };
  dictType.freeMemory = (o) => {
    const d = o as PyDict;
    freeBuffer(d.keysAddr);
    d.keysAddr = 0;
    d.keys = [];
    d.values = [];
    d.hashes = [];
    d.index.clear();
    freeObject(d);
  };
  dictType.traverse = (o, visit) => {
    const d = o as PyDict;
    for (let i = 0; i < d.keys.length; i++) {
      if (d.keys[i] !== null) {
        visit(d.keys[i]!);
        visit(d.values[i]!);
      }
    }
  };
}
