/**
 * set and frozenset (Objects/setobject.c), simulating CPython 3.12's open-addressing table
 * exactly, so iteration order (and therefore printing) matches CPython for every key whose
 * hash is deterministic (ints, floats, tuples of those, frozensets …):
 *  - an 8-entry `smalltable` inside the 200-byte PySetObject; bigger tables are a separate
 *    PyMem allocation of 16 bytes per entry;
 *  - probing: i = hash & mask, LINEAR_PROBES (9) adjacent slots, then
 *    perturb >>= 5; i = (i*5 + 1 + perturb) & mask, on the exact unsigned 64-bit hash
 *    (kept as two 32-bit halves);
 *  - set_add_entry reuses the last dummy seen on the probe path; grows when fill*5 >= mask*3 to
 *    set_table_resize(used > 50000 ? used*2 : used*4); deletions leave dummies;
 *  - set_merge / dict / generic-iterable updates, set_insert_clean, set_pop's finger,
 *    the algebra (intersection swaps to iterate the smaller set, difference strategies …)
 *    and frozenset_hash, all as in setobject.c.
 */
import { PyObject, decref, release, deallocate } from './object';
import { setType, frozensetType, setIteratorType, strType, dictType, intType, tupleType, floatType } from './core-types';
import { PyType, NB, NB_COUNT, BinarySlot } from './typeobject';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject, allocBuffer, freeBuffer, freeObject } from './alloc';
import { PyStr, newStr, strHash } from './str';
import { PyInt, newInt, newBool } from './int';
import { PyDict, entryHash } from './dict';
import { None, NotImplemented } from './singletons';
import { typeError, PyThrown } from './errors';
import { exceptionTypes, raiseWith } from './exceptions';
import { registerTypeInit } from './bootstrap';
import { defineMethod, exactArgs, noKwargs } from './descriptors';
import { getIter, iterNext, richCompareBool, hashOf, reprText } from './abstract';
import { hashExact, exactHashers, defineSlotMethod, markUnhashable } from './tuple-type';
import { reprEnter, reprLeave } from './repr-guard';
import { newList } from './list';
import { swallow } from './iterators';
import { vmHooks } from '../vm/hooks';
import { constFactories } from './const-factories';

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const TWO32 = 4294967296;

/** The dummy key marking a deleted slot. */
const DUMMY = { dummy: true } as unknown as PyObject;

export class PySet extends PyGCObject {
  /** table slots: key, and the hash as unsigned 32-bit halves (lo, hi). */
  tkeys: (PyObject | null)[] = new Array(MINSIZE).fill(null);
  hlo: number[] = new Array(MINSIZE).fill(0);
  hhi: number[] = new Array(MINSIZE).fill(0);
  fill = 0;
  used = 0;
  mask = MINSIZE - 1;
  finger = 0;
  /** frozenset hash cache (-1n: not computed). */
  hash: bigint = -1n;
  /** Address of the malloc'ed table (0 = the smalltable inside the object). */
  tableAddr = 0;
  constructor(type: PyType) {
    super(type);
  }

  /** Live keys in table order (borrowed). */
  keysInOrder(): PyObject[] {
    const out: PyObject[] = [];
    for (let i = 0; i <= this.mask; i++) {
      const k = this.tkeys[i];
      if (k !== null && k !== DUMMY) out.push(k);
    }
    return out;
  }
}

export const isAnySet = (o: PyObject): o is PySet => o instanceof PySet;
const isAnySetExact = (o: PyObject): boolean => o.type === setType || o.type === frozensetType;

// ------------------------------------------------------------------ hashing
type Parts = [number, number];

function partsOfNumber(h: number): Parts {
  return [h >>> 0, Math.floor(h / TWO32) >>> 0];
}

function partsOfBig(h: bigint): Parts {
  return [Number(BigInt.asUintN(32, h)), Number(BigInt.asUintN(32, h >> 32n))];
}

/** PyObject_Hash(key) as exact 64-bit halves. */
export function hashParts(key: PyObject): Parts {
  if (key.type === strType) return partsOfNumber(strHash(key as PyStr));
  if (key.type === intType) {
    const v = (key as PyInt).value;
    if (typeof v === 'number' && v < 2 ** 53 && v > -(2 ** 53)) return partsOfNumber(v === -1 ? -2 : v);
  }
  const t = key.type;
  if (t.slots.hash === undefined || t.slots.hash === null) hashOf(key); // raises "unhashable type"
  if (t === intType || t === tupleType || t === floatType || key instanceof PySet || key instanceof PyInt) {
    return partsOfBig(hashExact(key));
  }
  const h = hashOf(key);
  return Number.isSafeInteger(h) ? partsOfNumber(h) : partsOfBig(BigInt(Math.round(h)));
}

// ------------------------------------------------------------------ table primitives
function setLookkey(so: PySet, key: PyObject, lo: number, hi: number): number {
  for (;;) {
    let restart = false;
    let mask = so.mask;
    let i = lo & mask;
    let plo = lo;
    let phi = hi;
    outer: for (;;) {
      let j = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const k = so.tkeys[j];
        if (k === null) return j;
        if (so.hlo[j] === lo && so.hhi[j] === hi && k !== DUMMY) {
          if (k === key) return j;
          if (k.type === strType && key.type === strType && (k as PyStr).value === (key as PyStr).value) return j;
          const table = so.tkeys;
          k.rc++;
          let cmp: boolean;
          try {
            cmp = richCompareBool(k, key, 2);
          } finally {
            decref(k);
          }
          if (table !== so.tkeys || so.tkeys[j] !== k) {
            restart = true;
            break outer;
          }
          if (cmp) return j;
          mask = so.mask;
        }
        j++;
      } while (probes-- > 0);
      plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
      phi = phi >>> PERTURB_SHIFT;
      i = (i * 5 + 1 + plo) & mask;
    }
    if (!restart) return -1;
  }
}

/** set_add_entry: takes a new reference to key when inserted. */
function setAddEntry(so: PySet, key: PyObject, lo: number, hi: number): void {
  key.rc++;
  try {
    restart: for (;;) {
      let mask = so.mask;
      let i = lo & mask;
      let freeslot = -1;
      let plo = lo;
      let phi = hi;
      let found = -1;
      for (;;) {
        let j = i;
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let done = false;
        do {
          const k = so.tkeys[j];
          const elo = so.hlo[j];
          const ehi = so.hhi[j];
          if (k === null) {
            found = j;
            done = true;
            break;
          }
          if (elo === lo && ehi === hi && k !== DUMMY) {
            if (k === key) return decref(key);
            if (k.type === strType && key.type === strType && (k as PyStr).value === (key as PyStr).value) return decref(key);
            const table = so.tkeys;
            k.rc++;
            let cmp: boolean;
            try {
              cmp = richCompareBool(k, key, 2);
            } finally {
              decref(k);
            }
            if (cmp) return decref(key);
            if (table !== so.tkeys || so.tkeys[j] !== k) continue restart;
            mask = so.mask;
          } else if (k === DUMMY) {
            // CPython 3.12 keeps the *last* dummy met on the probe path (verified against it)
            freeslot = j;
          }
          j++;
        } while (probes-- > 0);
        if (done) break;
        plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
        phi = phi >>> PERTURB_SHIFT;
        i = (i * 5 + 1 + plo) & mask;
      }
      if (freeslot >= 0) {
        so.used++;
        so.tkeys[freeslot] = key;
        so.hlo[freeslot] = lo;
        so.hhi[freeslot] = hi;
        return;
      }
      so.fill++;
      so.used++;
      so.tkeys[found] = key;
      so.hlo[found] = lo;
      so.hhi[found] = hi;
      if (so.fill * 5 < mask * 3) return;
      setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
      return;
    }
  } catch (e) {
    decref(key);
    throw e;
  }
}

function insertClean(keys: (PyObject | null)[], hlo: number[], hhi: number[], mask: number, key: PyObject, lo: number, hi: number): void {
  let i = lo & mask;
  let plo = lo;
  let phi = hi;
  for (;;) {
    if (keys[i] === null) break;
    let found = -1;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (keys[i + j] === null) {
          found = i + j;
          break;
        }
      }
    }
    if (found >= 0) {
      i = found;
      break;
    }
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi = phi >>> PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & mask;
  }
  keys[i] = key;
  hlo[i] = lo;
  hhi[i] = hi;
}

/** set_table_resize(so, minused) */
function setTableResize(so: PySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldKeys = so.tkeys;
  const oldLo = so.hlo;
  const oldHi = so.hhi;
  const oldAddr = so.tableAddr;
  let newAddr = 0;
  if (newsize === MINSIZE) {
    if (oldAddr === 0 && so.fill === so.used) return;
  } else {
    newAddr = allocBuffer(16 * newsize);
  }
  const keys: (PyObject | null)[] = new Array(newsize).fill(null);
  const lo: number[] = new Array(newsize).fill(0);
  const hi: number[] = new Array(newsize).fill(0);
  so.mask = newsize - 1;
  so.tkeys = keys;
  so.hlo = lo;
  so.hhi = hi;
  so.tableAddr = newAddr;
  if (so.fill !== so.used) so.fill = so.used;
  for (let i = 0; i < oldKeys.length; i++) {
    const k = oldKeys[i];
    if (k !== null && k !== DUMMY) insertClean(keys, lo, hi, so.mask, k, oldLo[i], oldHi[i]);
  }
  if (oldAddr !== 0) freeBuffer(oldAddr);
}

function setEmptyToMinsize(so: PySet): void {
  so.tkeys = new Array(MINSIZE).fill(null);
  so.hlo = new Array(MINSIZE).fill(0);
  so.hhi = new Array(MINSIZE).fill(0);
  so.fill = 0;
  so.used = 0;
  so.mask = MINSIZE - 1;
  so.tableAddr = 0;
  so.hash = -1n;
}

/** set_clear_internal */
export function setClear(so: PySet): void {
  const keys = so.tkeys;
  const addr = so.tableAddr;
  if (so.fill === 0 && addr === 0) return;
  setEmptyToMinsize(so);
  for (const k of keys) if (k !== null && k !== DUMMY) decref(k);
  if (addr !== 0) freeBuffer(addr);
}

function contains(so: PySet, key: PyObject, lo: number, hi: number): boolean {
  const j = setLookkey(so, key, lo, hi);
  return so.tkeys[j] !== null;
}

const DISCARD_NOTFOUND = 0;
const DISCARD_FOUND = 1;

function discardEntry(so: PySet, key: PyObject, lo: number, hi: number): number {
  const j = setLookkey(so, key, lo, hi);
  const old = so.tkeys[j];
  if (old === null) return DISCARD_NOTFOUND;
  so.tkeys[j] = DUMMY;
  so.hlo[j] = 0xffffffff;
  so.hhi[j] = 0xffffffff;
  so.used--;
  decref(old);
  return DISCARD_FOUND;
}

/** set_add_key */
export function setAddKey(so: PySet, key: PyObject): void {
  const [lo, hi] = hashParts(key);
  setAddEntry(so, key, lo, hi);
}

export function setContainsKey(so: PySet, key: PyObject): boolean {
  const [lo, hi] = hashParts(key);
  return contains(so, key, lo, hi);
}

function setDiscardKey(so: PySet, key: PyObject): number {
  const [lo, hi] = hashParts(key);
  return discardEntry(so, key, lo, hi);
}

/** Entries of a set in table order: [key, lo, hi] (borrowed keys). */
function entries(so: PySet): [PyObject, number, number][] {
  const out: [PyObject, number, number][] = [];
  for (let i = 0; i <= so.mask; i++) {
    const k = so.tkeys[i];
    if (k !== null && k !== DUMMY) out.push([k, so.hlo[i], so.hhi[i]]);
  }
  return out;
}

/** set_merge(so, other) */
function setMerge(so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) setTableResize(so, (so.used + other.used) * 2);
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = other.tkeys[i];
      if (k !== null) {
        k.rc++;
        so.tkeys[i] = k;
        so.hlo[i] = other.hlo[i];
        so.hhi[i] = other.hhi[i];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = other.tkeys[i];
      if (k !== null && k !== DUMMY) {
        k.rc++;
        insertClean(so.tkeys, so.hlo, so.hhi, so.mask, k, other.hlo[i], other.hhi[i]);
      }
    }
    return;
  }
  for (const [k, lo, hi] of entries(other)) setAddEntry(so, k, lo, hi);
}

/** set_update_internal(so, other) */
export function setUpdateInternal(so: PySet, other: PyObject): void {
  if (isAnySet(other)) {
    setMerge(so, other);
    return;
  }
  if (other.type === dictType) {
    const d = other as PyDict;
    const n = d.used;
    if ((so.fill + n) * 5 >= so.mask * 3) setTableResize(so, (so.used + n) * 2);
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === null) continue;
      const h = entryHash(d, i);
      const [lo, hi] =
        k.type === strType || (Number.isSafeInteger(h) && Math.abs(h) < 2 ** 52 && k.type !== tupleType && k.type !== floatType)
          ? partsOfNumber(h)
          : hashParts(k);
      setAddEntry(so, k, lo, hi);
    }
    return;
  }
  const it = getIter(other);
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === null) break;
      try {
        setAddKey(so, k);
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

/** make_new_set(type, iterable) */
export function newSetOf(type: PyType, iterable: PyObject | null): PySet {
  const so = new PySet(type);
  if (type.isHeapType) type.rc++;
  allocObject(so, type === setType || type === frozensetType ? 200 : type.basicsize);
  gcTrack(so);
  if (iterable !== null) {
    try {
      setUpdateInternal(so, iterable);
    } catch (e) {
      decref(so);
      throw e;
    }
  }
  return so;
}

/** make_new_set_basetype: subclasses produce plain set/frozenset results. */
function newSetBasetype(type: PyType, iterable: PyObject | null): PySet {
  if (type !== setType && type !== frozensetType) type = type.isSubtypeOf(setType) ? setType : frozensetType;
  return newSetOf(type, iterable);
}

function setCopy(so: PySet): PySet {
  return newSetBasetype(so.type, so);
}

// ------------------------------------------------------------------ algebra
function setIntersection(so: PySet, other: PyObject): PySet {
  if (so === other) return setCopy(so);
  const result = newSetBasetype(so.type, null);
  try {
    if (isAnySet(other)) {
      let a: PySet = so;
      let b: PySet = other;
      if (b.used > a.used) [a, b] = [b, a];
      for (const [k, lo, hi] of entries(b)) {
        k.rc++;
        try {
          if (contains(a, k, lo, hi)) setAddEntry(result, k, lo, hi);
        } finally {
          decref(k);
        }
      }
      return result;
    }
    const it = getIter(other);
    try {
      for (;;) {
        const k = iterNext(it);
        if (k === null) break;
        try {
          const [lo, hi] = hashParts(k);
          if (contains(so, k, lo, hi)) {
            setAddEntry(result, k, lo, hi);
            if (result.used >= so.used) break;
          }
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

function setIntersectionMulti(so: PySet, others: PyObject[]): PySet {
  if (others.length === 0) return setCopy(so);
  so.rc++;
  let result: PySet = so;
  for (const o of others) {
    let n: PySet;
    try {
      n = setIntersection(result, o);
    } catch (e) {
      decref(result);
      throw e;
    }
    decref(result);
    result = n;
  }
  return result;
}

/** set_swap_bodies(a, b) */
function swapBodies(a: PySet, b: PySet): void {
  const fields = ['tkeys', 'hlo', 'hhi', 'fill', 'used', 'mask', 'tableAddr'] as const;
  for (const f of fields) {
    const t = a[f];
    (a as unknown as Record<string, unknown>)[f] = b[f];
    (b as unknown as Record<string, unknown>)[f] = t;
  }
  if (a.type === frozensetType && b.type === frozensetType) {
    const h = a.hash;
    a.hash = b.hash;
    b.hash = h;
  } else {
    a.hash = -1n;
    b.hash = -1n;
  }
}

function setIntersectionUpdate(so: PySet, others: PyObject[]): void {
  const tmp = setIntersectionMulti(so, others);
  swapBodies(so, tmp);
  decref(tmp);
}

function setDifferenceUpdateInternal(so: PySet, other: PyObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (isAnySet(other)) {
    let o: PySet;
    if (other.used >> 3 > so.used) o = setIntersection(so, other);
    else {
      other.rc++;
      o = other;
    }
    try {
      for (const [k, lo, hi] of entries(o)) {
        k.rc++;
        try {
          discardEntry(so, k, lo, hi);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(o);
    }
  } else {
    const it = getIter(other);
    try {
      for (;;) {
        const k = iterNext(it);
        if (k === null) break;
        try {
          setDiscardKey(so, k);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
  }
  if (so.fill - so.used <= so.mask >>> 2) return;
  setTableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

function setCopyAndDifference(so: PySet, other: PyObject): PySet {
  const result = setCopy(so);
  try {
    setDifferenceUpdateInternal(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function setDifference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (isAnySet(other)) otherSize = other.used;
  else if (other.type === dictType) otherSize = (other as PyDict).used;
  else return setCopyAndDifference(so, other);
  if (so.used >> 2 > otherSize) return setCopyAndDifference(so, other);
  const result = newSetBasetype(so.type, null);
  try {
    for (const [k, lo, hi] of entries(so)) {
      k.rc++;
      try {
        const inOther = isAnySet(other) ? contains(other, k, lo, hi) : dictContains(other as PyDict, k);
        if (!inOther) setAddEntry(result, k, lo, hi);
      } finally {
        decref(k);
      }
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function dictContains(d: PyDict, k: PyObject): boolean {
  return d.type.slots.contains!(d, k);
}

function setSymmetricDifferenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (other.type === dictType) {
    const d = other as PyDict;
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === null) continue;
      k.rc++;
      try {
        const [lo, hi] = hashParts(k);
        if (discardEntry(so, k, lo, hi) === DISCARD_NOTFOUND) setAddEntry(so, k, lo, hi);
      } finally {
        decref(k);
      }
    }
    return;
  }
  let o: PySet;
  if (isAnySet(other)) {
    other.rc++;
    o = other;
  } else o = newSetBasetype(so.type, other);
  try {
    for (const [k, lo, hi] of entries(o)) {
      k.rc++;
      try {
        if (discardEntry(so, k, lo, hi) === DISCARD_NOTFOUND) setAddEntry(so, k, lo, hi);
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(o);
  }
}

function setSymmetricDifference(so: PySet, other: PyObject): PySet {
  const o = newSetBasetype(so.type, other);
  try {
    setSymmetricDifferenceUpdate(o, so);
  } catch (e) {
    decref(o);
    throw e;
  }
  return o;
}

function setIsSubset(so: PySet, other: PyObject): boolean {
  if (!isAnySet(other)) {
    const tmp = setIntersection(so, other);
    const r = tmp.used === so.used;
    decref(tmp);
    return r;
  }
  if (so.used > other.used) return false;
  for (const [k, lo, hi] of entries(so)) {
    k.rc++;
    try {
      if (!contains(other, k, lo, hi)) return false;
    } finally {
      decref(k);
    }
  }
  return true;
}

function setIsSuperset(so: PySet, other: PyObject): boolean {
  if (isAnySet(other)) return setIsSubset(other, so);
  const it = getIter(other);
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === null) return true;
      try {
        if (!setContainsKey(so, k)) return false;
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

function setIsDisjoint(so: PySet, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (isAnySetExact(other)) {
    let a: PySet = so;
    let b = other as PySet;
    if (b.used > a.used) [a, b] = [b, a];
    for (const [k, lo, hi] of entries(b)) {
      k.rc++;
      try {
        if (contains(a, k, lo, hi)) return false;
      } finally {
        decref(k);
      }
    }
    return true;
  }
  const it = getIter(other);
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === null) return true;
      try {
        if (setContainsKey(so, k)) return false;
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

/** frozenset_hash */
const M64 = (1n << 64n) - 1n;
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ (h << 16n)) * 3644798167n) & M64;
}
export function frozensetHash(so: PySet): bigint {
  if (so.hash !== -1n) return so.hash;
  let hash = 0n;
  for (let i = 0; i <= so.mask; i++) {
    const h = (BigInt(so.hhi[i]) << 32n) | BigInt(so.hlo[i]);
    hash ^= shuffleBits(h);
  }
  if ((so.mask + 1 - so.fill) & 1) hash ^= shuffleBits(0n);
  if ((so.fill - so.used) & 1) hash ^= shuffleBits(M64);
  hash ^= ((BigInt(so.used) + 1n) * 1927868237n) & M64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M64;
  if (hash === M64) hash = 590923713n;
  so.hash = BigInt.asIntN(64, hash);
  return so.hash;
}

/** A key that is a set but unhashable gets looked up as a frozenset (set_contains …). */
function withFrozenFallback<T>(key: PyObject, f: (k: PyObject) => T): T {
  try {
    return f(key);
  } catch (e) {
    if (e instanceof PyThrown && key.type.isSubtypeOf(setType) && e.exc.type === exceptionTypes['TypeError']) {
      decref(e.exc);
      const tmp = newSetOf(frozensetType, key);
      try {
        return f(tmp);
      } finally {
        decref(tmp);
      }
    }
    throw e;
  }
}

// ------------------------------------------------------------------ iterator
export class PySetIter extends PyGCObject {
  pos = 0;
  used: number;
  len: number;
  constructor(public set: PySet | null) {
    super(setIteratorType);
    this.used = set!.used;
    this.len = set!.used;
  }
}

function newSetIter(so: PySet): PySetIter {
  so.rc++;
  const it = new PySetIter(so);
  allocObject(it, 48);
  gcTrack(it);
  return it;
}

// ------------------------------------------------------------------ type init
function checkSetArgs(name: string, args: PyObject[], kw: string[] | null): void {
  noKwargs(name, kw);
  if (args.length > 1) throw typeError(`${name} expected at most 1 argument, got ${args.length}`);
}

registerTypeInit(() => {
  setIteratorType.basicsize = 48;
  exactHashers.set(frozensetType, (o) => frozensetHash(o as PySet));
  vmHooks.newSet = (items) => {
    const so = newSetOf(setType, null);
    try {
      for (const x of items) setAddKey(so, x);
    } catch (e) {
      decref(so);
      throw e;
    }
    return so;
  };
  // frozenset constants (`x in {1, 2, 3}`): PyFrozenSet_New(tuple of the constants); items stolen
  constFactories.frozenset = (items) => {
    const so = newSetOf(frozensetType, null);
    try {
      for (const x of items) setAddKey(so, x);
    } finally {
      for (const x of items) decref(x);
    }
    return so;
  };
  vmHooks.setAdd = (s, v) => setAddKey(s as PySet, v);
  vmHooks.setUpdate = (s, it) => setUpdateInternal(s as PySet, it);

  for (const t of [setType, frozensetType]) {
    const s = t.slots;
    const frozen = t === frozensetType;
    s.repr = (o) => {
      const so = o as PySet;
      const name = so.type.name;
      // set_repr enters the guard before the empty-set shortcut
      if (reprEnter(so)) return newStr(`${name}(...)`);
      try {
        if (so.used === 0) return newStr(`${name}()`);
        const keys = so.keysInOrder();
        for (const k of keys) k.rc++;
        const l = newList(keys);
        let body: string;
        try {
          body = reprText(l).slice(1, -1);
        } finally {
          decref(l);
        }
        return newStr(so.type === setType ? `{${body}}` : `${name}({${body}})`);
      } finally {
        reprLeave(so);
      }
    };
    s.hash = frozen ? (o) => Number(frozensetHash(o as PySet)) : null;
    s.len = (o) => (o as PySet).used;
    s.contains = (o, k) => withFrozenFallback(k, (key) => setContainsKey(o as PySet, key));
    s.iter = (o) => newSetIter(o as PySet);
    s.richcompare = (v, w, op) => {
      if (!isAnySet(w)) return NotImplemented;
      const a = v as PySet;
      switch (op) {
        case 2:
          if (a.used !== w.used) return newBool(false);
          if (a.hash !== -1n && w.hash !== -1n && a.hash !== w.hash) return newBool(false);
          return newBool(setIsSubset(a, w));
        case 3:
          if (a.used !== w.used) return newBool(true);
          if (a.hash !== -1n && w.hash !== -1n && a.hash !== w.hash) return newBool(true);
          return newBool(!setIsSubset(a, w));
        case 1:
          return newBool(setIsSubset(a, w));
        case 5:
          return newBool(setIsSuperset(a, w));
        case 0:
          return newBool(a.used < w.used && setIsSubset(a, w));
        default:
          return newBool(a.used > w.used && setIsSuperset(a, w));
      }
    };
    const left: (BinarySlot | undefined)[] = new Array(NB_COUNT);
    left[NB.OR] = (a, b) => {
      if (!isAnySet(a) || !isAnySet(b)) return NotImplemented;
      const result = setCopy(a);
      if (a === b) return result;
      try {
        setUpdateInternal(result, b);
      } catch (e) {
        decref(result);
        throw e;
      }
      return result;
    };
    left[NB.AND] = (a, b) => (!isAnySet(a) || !isAnySet(b) ? NotImplemented : setIntersection(a, b));
    left[NB.SUBTRACT] = (a, b) => (!isAnySet(a) || !isAnySet(b) ? NotImplemented : setDifference(a, b));
    left[NB.XOR] = (a, b) => (!isAnySet(a) || !isAnySet(b) ? NotImplemented : setSymmetricDifference(a, b));
    s.nbLeft = left;
    s.nbRight = left;
    if (!frozen) {
      const inplace: (BinarySlot | undefined)[] = new Array(NB_COUNT);
      inplace[NB.OR] = (a, b) => {
        if (!isAnySet(b)) return NotImplemented;
        setUpdateInternal(a as PySet, b);
        a.rc++;
        return a;
      };
      inplace[NB.AND] = (a, b) => {
        if (!isAnySet(b)) return NotImplemented;
        setIntersectionUpdate(a as PySet, [b]);
        a.rc++;
        return a;
      };
      inplace[NB.SUBTRACT] = (a, b) => {
        if (!isAnySet(b)) return NotImplemented;
        setDifferenceUpdateInternal(a as PySet, b);
        a.rc++;
        return a;
      };
      inplace[NB.XOR] = (a, b) => {
        if (!isAnySet(b)) return NotImplemented;
        setSymmetricDifferenceUpdate(a as PySet, b);
        a.rc++;
        return a;
      };
      s.nbInplace = inplace;
      defineSlotMethod(t, '__ior__', (a, b) => inplace[NB.OR]!(a, b));
      defineSlotMethod(t, '__iand__', (a, b) => inplace[NB.AND]!(a, b));
      defineSlotMethod(t, '__isub__', (a, b) => inplace[NB.SUBTRACT]!(a, b));
      defineSlotMethod(t, '__ixor__', (a, b) => inplace[NB.XOR]!(a, b));
      markUnhashable(t);
    }
    if (frozen) {
      s.new = (type, args, kw) => {
        if (type === frozensetType) checkSetArgs('frozenset', args, kw);
        const iterable = args.length > 0 ? args[0] : null;
        if (type === frozensetType && iterable !== null && iterable.type === frozensetType) {
          iterable.rc++;
          return iterable;
        }
        return newSetOf(type, iterable);
      };
    } else {
      s.new = (type, args, kw) => {
        if (type === setType) checkSetArgs('set', args, kw);
        return newSetOf(type, null);
      };
      s.init = (self, args, kw) => {
        checkSetArgs(self.type.name, args, kw);
        const so = self as PySet;
        if (so.fill) setClear(so);
        so.hash = -1n;
        if (args.length === 1) setUpdateInternal(so, args[0]);
      };
    }
    t.dealloc = (o) => {
      const so = o as PySet;
      gcUntrack(so);
      for (const k of so.tkeys) if (k !== null && k !== DUMMY) release(k);
      return false;
    };
    t.freeMemory = (o) => {
      const so = o as PySet;
      freeBuffer(so.tableAddr);
      so.tableAddr = 0;
      so.tkeys = [];
      freeObject(so);
    };
    t.traverse = (o, visit) => {
      for (const k of (o as PySet).tkeys) if (k !== null && k !== DUMMY) visit(k);
    };

    const m = (name: string, fn: (self: PySet, args: PyObject[], kw: string[] | null) => PyObject) =>
      defineMethod(t, name, (self, args, kw) => fn(self as PySet, args, kw));
    m('copy', (self, args, kw) => {
      exactArgs('copy', args, kw, 0);
      if (frozen && self.type === frozensetType) {
        self.rc++;
        return self;
      }
      return frozen ? newSetOf(frozensetType, self) : setCopy(self);
    });
    m('union', (self, args, kw) => {
      noKwargs('union', kw);
      const result = setCopy(self);
      try {
        for (const o of args) if (o !== self) setUpdateInternal(result, o);
      } catch (e) {
        decref(result);
        throw e;
      }
      return result;
    });
    m('intersection', (self, args, kw) => (noKwargs('intersection', kw), setIntersectionMulti(self, args)));
    m('difference', (self, args, kw) => {
      noKwargs('difference', kw);
      if (args.length === 0) return setCopy(self);
      const result = setDifference(self, args[0]);
      try {
        for (let i = 1; i < args.length; i++) setDifferenceUpdateInternal(result, args[i]);
      } catch (e) {
        decref(result);
        throw e;
      }
      return result;
    });
    m('symmetric_difference', (self, args, kw) => (exactArgs('symmetric_difference', args, kw, 1), setSymmetricDifference(self, args[0])));
    m('issubset', (self, args, kw) => (exactArgs('issubset', args, kw, 1), newBool(setIsSubset(self, args[0]))));
    m('issuperset', (self, args, kw) => (exactArgs('issuperset', args, kw, 1), newBool(setIsSuperset(self, args[0]))));
    m('isdisjoint', (self, args, kw) => (exactArgs('isdisjoint', args, kw, 1), newBool(setIsDisjoint(self, args[0]))));
    m('__sizeof__', (self) => newInt(200 + (self.tableAddr !== 0 ? 16 * (self.mask + 1) : 0)));
    m('__reduce__', (self) => {
      const keys = self.keysInOrder();
      for (const k of keys) k.rc++;
      self.type.rc++;
      const tup = tupleTypeNew([self.type, tupleTypeNew([newList(keys)]), None]);
      None.rc++;
      return tup;
    });
    if (frozen) continue;
    m('add', (self, args, kw) => (exactArgs('set.add', args, kw, 1), setAddKey(self, args[0]), None));
    m('clear', (self, args, kw) => (exactArgs('set.clear', args, kw, 0), setClear(self), None));
    m('discard', (self, args, kw) => {
      exactArgs('set.discard', args, kw, 1);
      withFrozenFallback(args[0], (k) => setDiscardKey(self, k));
      return None;
    });
    m('remove', (self, args, kw) => {
      exactArgs('set.remove', args, kw, 1);
      const r = withFrozenFallback(args[0], (k) => setDiscardKey(self, k));
      if (r === DISCARD_NOTFOUND) throw raiseWith(exceptionTypes['KeyError'], [args[0]]);
      return None;
    });
    m('pop', (self, args, kw) => {
      exactArgs('set.pop', args, kw, 0);
      if (self.used === 0) throw raiseWith(exceptionTypes['KeyError'], [tmpStr('pop from an empty set')]);
      let i = self.finger & self.mask;
      while (self.tkeys[i] === null || self.tkeys[i] === DUMMY) {
        i++;
        if (i > self.mask) i = 0;
      }
      const key = self.tkeys[i]!;
      self.tkeys[i] = DUMMY;
      self.hlo[i] = 0xffffffff;
      self.hhi[i] = 0xffffffff;
      self.used--;
      self.finger = i + 1;
      return key;
    });
    m('update', (self, args, kw) => {
      noKwargs('update', kw);
      for (const o of args) setUpdateInternal(self, o);
      return None;
    });
    m('intersection_update', (self, args, kw) => (noKwargs('intersection_update', kw), setIntersectionUpdate(self, args), None));
    m('difference_update', (self, args, kw) => {
      noKwargs('difference_update', kw);
      for (const o of args) setDifferenceUpdateInternal(self, o);
      return None;
    });
    m('symmetric_difference_update', (self, args, kw) => {
      exactArgs('symmetric_difference_update', args, kw, 1);
      setSymmetricDifferenceUpdate(self, args[0]);
      return None;
    });
  }

  // ---- set_iterator
  const is = setIteratorType.slots;
  is.iter = (o) => {
    o.rc++;
    return o;
  };
  is.iternext = (o) => {
    const si = o as PySetIter;
    const so = si.set;
    if (so === null) return null;
    if (si.used !== so.used) {
      si.used = -1;
      throw raiseWith(exceptionTypes['RuntimeError'], [tmpStr('Set changed size during iteration')]);
    }
    let i = si.pos;
    while (i <= so.mask && (so.tkeys[i] === null || so.tkeys[i] === DUMMY)) i++;
    si.pos = i + 1;
    if (i > so.mask) {
      si.set = null;
      decref(so);
      return null;
    }
    si.len--;
    const k = so.tkeys[i]!;
    k.rc++;
    return k;
  };
  setIteratorType.dealloc = (o) => {
    gcUntrack(o as PySetIter);
    release((o as PySetIter).set);
    return false;
  };
  setIteratorType.traverse = (o, visit) => {
    const s = (o as PySetIter).set;
    if (s !== null) visit(s);
  };
  setIteratorType.freeMemory = freeObject;
  defineMethod(setIteratorType, '__length_hint__', (self) => {
    const si = self as PySetIter;
    return newInt(si.set !== null && si.used === si.set.used ? si.len : 0);
  });
  void deallocate;
  void swallow;
});

/** A str used as an exception argument: raiseWith increfs, so hand it over at refcount 0. */
function tmpStr(s: string): PyObject {
  const o = newStr(s);
  o.rc--;
  return o;
}

import { newTuple as tupleTypeNew } from './tuple';
