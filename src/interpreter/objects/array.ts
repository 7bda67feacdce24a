/**
 * `array.array` (Modules/arraymodule.c, CPython 3.12, 64-bit Linux).
 *
 * Memory, as CPython 3.12 lays it out:
 *  - the object: arrayobject = PyObject_VAR_HEAD (24) + ob_item, allocated, ob_descr,
 *    weakreflist, ob_exports (5 × 8) = 64 bytes, a GC type (Py_TPFLAGS_HAVE_GC: 16-byte GC head,
 *    so `sys.getsizeof` = 80 + allocated × itemsize and `__sizeof__` = 64 + allocated × itemsize);
 *  - the items: a separate PyMem block of exactly `allocated × itemsize` bytes (ob_item, NULL
 *    when the array is empty), grown by array_resize's rule: no realloc while
 *    `allocated >= newsize` and the array does not shrink by 16 or more; otherwise
 *    `allocated = newsize + (newsize >> 4) + (size < 8 ? 3 : 7)` (0 → free the block).
 *    newarrayobject, concatenation, repetition and slicing allocate exactly `n × itemsize`.
 *  - array('u', str) takes over PyUnicode_AsWideCharString's block of (n + 1) × 4 bytes with
 *    allocated = n.
 * Item values are stored little-endian in a JS buffer whose capacity may exceed `allocated`
 * (the simulated allocation is what sizes and tracemalloc see).
 */
import { staticBuiltinType, inheritObjectSlots } from './static-type';
import { PyObject, decref } from './object';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { PyType, NB, NB_COUNT, BinarySlot } from './typeobject';
import { PyInt, newInt, newBool } from './int';
import { newFloat } from './float';
import { toDouble } from './float-type';
import { PyStr, newStr } from './str';
import { newTuple } from './tuple';
import { PyList, newList } from './list';
import { PyTuple } from './tuple';
import { PyBytes, PyByteArray, newBytes, bytesLike } from './bytes';
import { None, NotImplemented } from './singletons';
import { typeError, valueError, indexError, overflowError, runtimeError, raise } from './errors';
import { ensureAllocatable } from './size-limits';
import { allocObject, freeObject, allocBuffer, reallocBuffer, freeBuffer } from './alloc';
import { defineMethod, defineClassMethod, defineGetSet, exactArgs, noKwargs } from './descriptors';
import { newGenericAlias } from './genericalias';
import { registerTypeInit } from './type-registry';
import { getIter, iterNext, richCompareBool, reprText, callMethod } from './abstract';
import { exceptionTypes } from './exceptions';
import { PySlice, sliceIndices, asSsize, asSsizeOverflow, hasIndex, indexValue } from './slice';
import { markUnhashable, indexBounds } from './tuple-type';
import { clearWeakRefs, weakrefList } from './weakref-type';
import type { IntValue } from './int';

// ================================================================== item descriptors

interface Descr {
  code: string;
  size: number;
  isInt: boolean;
  /** The value to store (setitem's conversion and range checks), or a thrown Python error. */
  conv(v: PyObject): number | bigint;
  get(dv: DataView, off: number): PyObject;
  put(dv: DataView, off: number, x: number | bigint): void;
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** PyLong_AsLong after __index__ (PyArg_Parse's integer formats start with it). */
function asLong(v: PyObject): number | bigint {
  const x: IntValue = indexValue(v);
  if (typeof x === 'bigint' && (x < LONG_MIN || x > LONG_MAX)) throw overflowError('Python int too large to convert to C long');
  return x;
}

function inRange(x: number | bigint, lo: number, hi: number, what: string): number {
  if (x < lo) throw overflowError(`${what} is less than minimum`);
  if (x > hi) throw overflowError(`${what} is greater than maximum`);
  return Number(x);
}

/** PyLong_AsUnsignedLong (I, L): negative and > ULONG_MAX checks. */
function asUnsignedLong(v: PyObject): number | bigint {
  const x: IntValue = indexValue(v);
  if (x < 0) throw overflowError("can't convert negative value to unsigned int");
  if (typeof x === 'bigint' && x > ULONG_MAX) throw overflowError('Python int too large to convert to C unsigned long');
  return x;
}

const big = (x: number | bigint): bigint => (typeof x === 'bigint' ? x : BigInt(x));
const intGet = (x: bigint): PyObject => newInt(x);

const DESCRS: Descr[] = [
  {
    code: 'b', size: 1, isInt: true,
    conv: (v) => inRange(inRange(asLong(v), -32768, 32767, 'signed short integer'), -128, 127, 'signed char'),
    get: (dv, o) => newInt(dv.getInt8(o)),
    put: (dv, o, x) => dv.setInt8(o, x as number),
  },
  {
    code: 'B', size: 1, isInt: true,
    conv: (v) => inRange(asLong(v), 0, 255, 'unsigned byte integer'),
    get: (dv, o) => newInt(dv.getUint8(o)),
    put: (dv, o, x) => dv.setUint8(o, x as number),
  },
  {
    code: 'u', size: 4, isInt: false,
    conv: (v) => {
      // 3.12's u_setitem: PyArg_Parse(v, "u#;array item must be unicode character") + len 1
      if (!(v instanceof PyStr) || v.length !== 1) throw typeError('array item must be unicode character');
      return v.value.codePointAt(0)!;
    },
    get: (dv, o) => newStr(String.fromCodePoint(dv.getUint32(o, true))),
    put: (dv, o, x) => dv.setUint32(o, x as number, true),
  },
  {
    code: 'h', size: 2, isInt: true,
    conv: (v) => inRange(asLong(v), -32768, 32767, 'signed short integer'),
    get: (dv, o) => newInt(dv.getInt16(o, true)),
    put: (dv, o, x) => dv.setInt16(o, x as number, true),
  },
  {
    code: 'H', size: 2, isInt: true,
    conv: (v) => inRange(inRange(asLong(v), -(2 ** 31), 2 ** 31 - 1, 'signed integer'), 0, 65535, 'unsigned short'),
    get: (dv, o) => newInt(dv.getUint16(o, true)),
    put: (dv, o, x) => dv.setUint16(o, x as number, true),
  },
  {
    code: 'i', size: 4, isInt: true,
    conv: (v) => inRange(asLong(v), -(2 ** 31), 2 ** 31 - 1, 'signed integer'),
    get: (dv, o) => newInt(dv.getInt32(o, true)),
    put: (dv, o, x) => dv.setInt32(o, x as number, true),
  },
  {
    code: 'I', size: 4, isInt: true,
    conv: (v) => {
      const x = asUnsignedLong(v);
      if (x > 4294967295) throw overflowError('unsigned int is greater than maximum');
      return Number(x);
    },
    get: (dv, o) => newInt(dv.getUint32(o, true)),
    put: (dv, o, x) => dv.setUint32(o, x as number, true),
  },
  {
    code: 'l', size: 8, isInt: true,
    conv: (v) => big(asLong(v)),
    get: (dv, o) => intGet(dv.getBigInt64(o, true)),
    put: (dv, o, x) => dv.setBigInt64(o, x as bigint, true),
  },
  {
    code: 'L', size: 8, isInt: true,
    conv: (v) => big(asUnsignedLong(v)),
    get: (dv, o) => intGet(dv.getBigUint64(o, true)),
    put: (dv, o, x) => dv.setBigUint64(o, x as bigint, true),
  },
  {
    code: 'q', size: 8, isInt: true,
    conv: (v) => {
      const x = big(indexValue(v));
      if (x < LONG_MIN || x > LONG_MAX) throw overflowError('int too big to convert');
      return x;
    },
    get: (dv, o) => intGet(dv.getBigInt64(o, true)),
    put: (dv, o, x) => dv.setBigInt64(o, x as bigint, true),
  },
  {
    code: 'Q', size: 8, isInt: true,
    conv: (v) => {
      const x = big(indexValue(v));
      if (x < 0n) throw overflowError("can't convert negative int to unsigned");
      if (x > ULONG_MAX) throw overflowError('int too big to convert');
      return x;
    },
    get: (dv, o) => intGet(dv.getBigUint64(o, true)),
    put: (dv, o, x) => dv.setBigUint64(o, x as bigint, true),
  },
  {
    code: 'f', size: 4, isInt: false,
    conv: (v) => Math.fround(toDouble(v)),
    get: (dv, o) => newFloat(dv.getFloat32(o, true)),
    put: (dv, o, x) => dv.setFloat32(o, x as number, true),
  },
  {
    code: 'd', size: 8, isInt: false,
    conv: (v) => toDouble(v),
    get: (dv, o) => newFloat(dv.getFloat64(o, true)),
    put: (dv, o, x) => dv.setFloat64(o, x as number, true),
  },
];

export const TYPECODES = DESCRS.map((d) => d.code).join('');
const descrByCode = new Map(DESCRS.map((d) => [d.code, d]));

// ================================================================== the object

export class PyArray extends PyGCObject {
  /** Backing bytes; capacity ≥ size × itemsize (JS side), [0, size × itemsize) meaningful. */
  bytes: Uint8Array = new Uint8Array(0);
  dv: DataView = new DataView(this.bytes.buffer);
  size = 0;
  /** CPython's `allocated` (items) and the PyMem block of ob_item (0 = NULL). */
  allocated = 0;
  bufAddr = 0;
  constructor(
    type: PyType,
    public descr: Descr,
  ) {
    super(type);
  }
  get nbytes(): number {
    return this.size * this.descr.size;
  }
  /** The items as bytes (bytes(a), b''.join …: the buffer protocol of other native code). */
  memoryviewBytes(): Uint8Array {
    return this.bytes.subarray(0, this.nbytes);
  }
  item(i: number): PyObject {
    return this.descr.get(this.dv, i * this.descr.size);
  }
}

export class PyArrayIter extends PyGCObject {
  index = 0;
  constructor(
    type: PyType,
    public ao: PyArray | null,
  ) {
    super(type);
  }
}

/** Make sure the JS store can hold `nbytes` (keeping the first `keep` bytes). */
function ensureCapacity(a: PyArray, nbytes: number): void {
  if (a.bytes.length >= nbytes) return;
  const cap = Math.max(nbytes, a.bytes.length * 2, 16);
  const nb = new Uint8Array(cap);
  nb.set(a.bytes.subarray(0, a.nbytes));
  a.bytes = nb;
  a.dv = new DataView(nb.buffer);
}

/** Set the simulated allocation to exactly `items` (PyMem_Realloc / PyMem_Free). */
function setAllocation(a: PyArray, items: number, blockBytes = items * a.descr.size): void {
  if (items === 0) {
    freeBuffer(a.bufAddr);
    a.bufAddr = 0;
  } else {
    a.bufAddr = a.bufAddr === 0 ? allocBuffer(blockBytes) : reallocBuffer(a.bufAddr, blockBytes);
  }
  a.allocated = items;
  ensureCapacity(a, items * a.descr.size);
}

/** Host bound on one item buffer (a JS ArrayBuffer); bigger requests are MemoryError. */
const HOST_MAX_BYTES = 2 ** 29;

/** MemoryError before any storage is built when the simulated heap or the host cannot hold it. */
function checkAlloc(nbytes: number): void {
  ensureAllocatable(nbytes, nbytes, HOST_MAX_BYTES);
}

/** array_resize */
export function arrayResize(a: PyArray, newsize: number): void {
  if (a.bufAddr !== 0 && a.allocated >= newsize && a.size < newsize + 16) {
    a.size = newsize;
    return;
  }
  if (newsize === 0) {
    setAllocation(a, 0);
    a.size = 0;
    return;
  }
  const alloc = (newsize >> 4) + (a.size < 8 ? 3 : 7) + newsize;
  checkAlloc(alloc * a.descr.size);
  const keep = Math.min(a.size, newsize) * a.descr.size;
  setAllocation(a, alloc);
  if (newsize > a.size) a.bytes.fill(0, keep, newsize * a.descr.size);
  a.size = newsize;
}

let arrayTypeRef: PyType;
let arrayIterTypeRef: PyType;

/** newarrayobject: `size` items allocated exactly (ob_item NULL when 0). */
export function newArray(type: PyType, size: number, descr: Descr): PyArray {
  checkAlloc(size * descr.size);
  const a = new PyArray(type, descr);
  if (type !== arrayTypeRef) type.rc++;
  allocObject(a, 64);
  if (size > 0) {
    try {
      setAllocation(a, size);
    } catch (e) {
      freeObject(a);
      throw e;
    }
  }
  a.size = size;
  gcTrack(a);
  return a;
}

const isArray = (o: PyObject): o is PyArray => o instanceof PyArray;

function setItemAt(a: PyArray, i: number, v: PyObject): void {
  a.descr.put(a.dv, i * a.descr.size, a.descr.conv(v));
}

/** ins1: check the value, grow by one, shift, store. */
function ins1(a: PyArray, where: number, v: PyObject): void {
  const x = a.descr.conv(v);
  const n = a.size;
  arrayResize(a, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  const sz = a.descr.size;
  if (where < n) a.bytes.copyWithin((where + 1) * sz, where * sz, n * sz);
  a.descr.put(a.dv, where * sz, x);
}

/** array_del_slice */
function delSlice(a: PyArray, ilow: number, ihigh: number): void {
  const n = a.size;
  if (ilow < 0) ilow = 0;
  else if (ilow > n) ilow = n;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > n) ihigh = n;
  const d = ihigh - ilow;
  if (d === 0) return;
  const sz = a.descr.size;
  a.bytes.copyWithin(ilow * sz, ihigh * sz, n * sz);
  arrayResize(a, n - d);
}

function iterExtend(a: PyArray, src: PyObject): void {
  const it = getIter(src);
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === null) break;
      try {
        ins1(a, a.size, v);
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
}

/** array_do_extend */
function doExtend(a: PyArray, b: PyObject): void {
  if (!isArray(b)) {
    iterExtend(a, b);
    return;
  }
  if (b.descr !== a.descr) throw typeError('can only extend with array of same kind');
  const old = a.size;
  const add = b.size;
  const data = b.memoryviewBytes().slice();
  arrayResize(a, old + add);
  a.bytes.set(data, old * a.descr.size);
}

function frombytes(a: PyArray, data: Uint8Array): void {
  const sz = a.descr.size;
  if (data.length % sz !== 0) throw valueError('bytes length not a multiple of item size');
  const n = data.length / sz;
  if (n > 0) {
    const copy = data.slice();
    const old = a.size;
    arrayResize(a, old + n);
    a.bytes.set(copy, old * sz);
  }
}

function tolist(a: PyArray): PyList {
  const items: PyObject[] = new Array(a.size);
  for (let i = 0; i < a.size; i++) items[i] = a.item(i);
  return newList(items);
}

function unicodeOf(a: PyArray): string {
  let s = '';
  for (let i = 0; i < a.size; i++) s += String.fromCodePoint(a.dv.getUint32(i * 4, true));
  return s;
}

function reprOf(a: PyArray): string {
  const name = a.type.name;
  if (a.size === 0) return `${name}('${a.descr.code}')`;
  const v: PyObject = a.descr.code === 'u' ? newStr(unicodeOf(a)) : tolist(a);
  try {
    return `${name}('${a.descr.code}', ${reprText(v)})`;
  } finally {
    decref(v);
  }
}

function indexOrError(key: PyObject, msg: string): number {
  if (!hasIndex(key)) throw typeError(msg);
  return asSsize(key, false);
}

/** array_subscr */
function subscript(a: PyArray, key: PyObject): PyObject {
  if (key instanceof PySlice) {
    const [start, , step, n] = sliceIndices(key, a.size);
    const r = newArray(arrayTypeRef, n, a.descr); // slices of subclasses are plain arrays
    const sz = a.descr.size;
    if (step === 1) r.bytes.set(a.bytes.subarray(start * sz, (start + n) * sz));
    else for (let k = 0, i = start; k < n; k++, i += step) r.bytes.set(a.bytes.subarray(i * sz, (i + 1) * sz), k * sz);
    return r;
  }
  let i = indexOrError(key, 'array indices must be integers');
  if (i < 0) i += a.size;
  if (i < 0 || i >= a.size) throw indexError('array index out of range');
  return a.item(i);
}

/** array_ass_subscr (value null deletes) */
function assSubscript(a: PyArray, key: PyObject, value: PyObject | null): void {
  const sz = a.descr.size;
  if (!(key instanceof PySlice)) {
    let i = indexOrError(key, 'array indices must be integers');
    if (i < 0) i += a.size;
    if (i < 0 || i >= a.size) throw indexError('array assignment index out of range');
    if (value === null) delSlice(a, i, i + 1);
    else setItemAt(a, i, value);
    return;
  }
  let [start, stop, step, slicelength] = sliceIndices(key, a.size);
  let src: Uint8Array;
  let needed: number;
  if (value === null) {
    src = new Uint8Array(0);
    needed = 0;
  } else if (isArray(value)) {
    if (value.descr !== a.descr) throw typeError('bad argument type for built-in operation');
    src = value.memoryviewBytes().slice();
    needed = value.size;
  } else {
    throw typeError(`can only assign array (not "${value.type.name}") to array slice`);
  }
  // Make step 1 slices with a negative step empty at the right place (as CPython does)
  if ((step > 0 && stop < start) || (step < 0 && stop > start)) stop = start;
  if (step === 1) {
    const n = a.size;
    if (slicelength > needed) {
      a.bytes.copyWithin((start + needed) * sz, stop * sz, n * sz);
      arrayResize(a, n + needed - slicelength);
    } else if (slicelength < needed) {
      arrayResize(a, n + needed - slicelength);
      a.bytes.copyWithin((start + needed) * sz, stop * sz, n * sz);
    }
    if (needed > 0) a.bytes.set(src, start * sz);
    return;
  }
  if (needed === 0) {
    // delete an extended slice: compact the kept items
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    let cur = start;
    let i = 0;
    for (; i < slicelength; cur += step, i++) {
      let lim = step - 1;
      if (cur + step >= a.size) lim = a.size - cur - 1;
      a.bytes.copyWithin((cur - i) * sz, (cur + 1) * sz, (cur + 1 + lim) * sz);
    }
    cur = start + slicelength * step;
    if (cur < a.size) a.bytes.copyWithin((cur - slicelength) * sz, cur * sz, a.size * sz);
    arrayResize(a, a.size - slicelength);
    return;
  }
  if (needed !== slicelength) {
    throw valueError(`attempt to assign array of size ${needed} to extended slice of size ${slicelength}`);
  }
  for (let cur = start, i = 0; i < slicelength; cur += step, i++) a.bytes.set(src.subarray(i * sz, (i + 1) * sz), cur * sz);
}

function compareArrays(v: PyArray, w: PyArray, op: number): PyObject {
  if (v.size !== w.size && (op === 2 || op === 3)) return newBool(op === 3);
  let k = 0;
  let vi: PyObject | null = null;
  let wi: PyObject | null = null;
  try {
    for (; k < v.size && k < w.size; k++) {
      vi = v.item(k);
      wi = w.item(k);
      const eq = richCompareBool(vi, wi, 2);
      if (!eq) break;
      decref(vi);
      decref(wi);
      vi = wi = null;
    }
    if (k >= v.size || k >= w.size) {
      const vs = v.size;
      const ws = w.size;
      const r = op === 0 ? vs < ws : op === 1 ? vs <= ws : op === 2 ? vs === ws : op === 3 ? vs !== ws : op === 4 ? vs > ws : vs >= ws;
      return newBool(r);
    }
    if (op === 2) return newBool(false);
    if (op === 3) return newBool(true);
    return newBool(richCompareBool(vi!, wi!, op));
  } finally {
    if (vi !== null) decref(vi);
    if (wi !== null) decref(wi);
  }
}

function findIndex(a: PyArray, v: PyObject, start: number, stop: number): number {
  for (let i = start; i < stop && i < a.size; i++) {
    const x = a.item(i);
    try {
      if (richCompareBool(x, v, 2)) return i;
    } finally {
      decref(x);
    }
  }
  return -1;
}

function byteswap(a: PyArray): void {
  const sz = a.descr.size;
  const b = a.bytes;
  for (let off = 0; off < a.nbytes; off += sz) b.subarray(off, off + sz).reverse();
}

function getTypecode(args: PyObject[]): Descr {
  const c = args[0];
  if (!(c instanceof PyStr) || c.length !== 1) {
    const what = c instanceof PyStr ? 'a string of length ' + c.length : c.type.name;
    throw typeError(`array() argument 1 must be a unicode character, not ${c instanceof PyStr ? 'str' : what}`);
  }
  const d = descrByCode.get(c.value);
  if (d === undefined) throw valueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  return d;
}

/** array_new */
function arrayNew(type: PyType, args: PyObject[], kw: string[] | null): PyObject {
  if (type === arrayTypeRef) noKwargs('array.array', kw);
  const nargs = args.length - (kw?.length ?? 0);
  if (nargs < 1) throw typeError(`array() takes at least 1 argument (${nargs} given)`);
  if (nargs > 2) throw typeError(`array() takes at most 2 arguments (${nargs} given)`);
  const descr = getTypecode(args);
  const initial = nargs > 1 ? args[1] : null;
  if (initial !== null && descr.code !== 'u') {
    if (initial instanceof PyStr) throw typeError(`cannot use a str to initialize an array with typecode '${descr.code}'`);
    if (isArray(initial) && initial.descr.code === 'u') {
      throw typeError(`cannot use a unicode array to initialize an array with typecode '${descr.code}'`);
    }
  }
  let len = 0;
  let seq: PyObject[] | null = null;
  if (initial instanceof PyList || initial instanceof PyTuple) {
    seq = (initial as PyList | PyTuple).items;
    len = seq.length;
  } else if (initial !== null && isArray(initial)) len = initial.size;
  const a = newArray(type, len, descr);
  try {
    if (seq !== null) {
      for (let i = 0; i < len && i < seq.length; i++) setItemAt(a, i, seq[i]);
    } else if (initial instanceof PyBytes || initial instanceof PyByteArray) {
      frombytes(a, bytesLike(initial)!);
    } else if (initial instanceof PyStr) {
      const cps = Array.from(initial.value, (ch) => ch.codePointAt(0)!);
      const n = cps.length;
      if (n > 0) {
        // PyUnicode_AsWideCharString's block (n + 1 wchar_t) becomes ob_item, allocated = n
        setAllocation(a, n, (n + 1) * 4);
        a.size = n;
        cps.forEach((cp, i) => a.dv.setUint32(i * 4, cp, true));
      }
    } else if (initial !== null && isArray(initial)) {
      if (initial.descr === descr) a.bytes.set(initial.memoryviewBytes());
      else for (let i = 0; i < len; i++) {
        const v = initial.item(i);
        try {
          setItemAt(a, i, v);
        } finally {
          decref(v);
        }
      }
    } else if (initial !== null) {
      iterExtend(a, initial);
    }
  } catch (e) {
    decref(a);
    throw e;
  }
  return a;
}

function concat(a: PyArray, b: PyObject): PyObject | null {
  if (!isArray(b)) return null;
  if (b.descr !== a.descr) throw typeError('bad argument type for built-in operation');
  const r = newArray(arrayTypeRef, a.size + b.size, a.descr);
  r.bytes.set(a.memoryviewBytes());
  r.bytes.set(b.memoryviewBytes(), a.nbytes);
  return r;
}

function repeat(a: PyArray, n: number): PyObject {
  if (n < 0) n = 0;
  if (a.size === 0 || n === 0) return newArray(arrayTypeRef, 0, a.descr);
  checkAlloc(a.size * n * a.descr.size);
  const r = newArray(arrayTypeRef, a.size * n, a.descr);
  const chunk = a.memoryviewBytes();
  for (let k = 0; k < n; k++) r.bytes.set(chunk, k * chunk.length);
  return r;
}

// ================================================================== the types

export const arrayType = staticBuiltinType('array', 64, 0, 'array', 'array', 928);
export const arrayIterType = staticBuiltinType('arrayiterator', 32, 0, 'array', 'arrayiter', 928);
arrayTypeRef = arrayType;
arrayIterTypeRef = arrayIterType;
arrayType.weakrefable = true;
arrayIterType.isBaseType = false;

function setup(): void {
  const s = arrayType.slots;
  s.new = arrayNew;
  s.repr = (o) => newStr(reprOf(o as PyArray));
  s.len = (o) => (o as PyArray).size;
  s.getitem = (o, k) => subscript(o as PyArray, k);
  s.setitem = (o, k, v) => assSubscript(o as PyArray, k, v);
  s.contains = (o, v) => findIndex(o as PyArray, v, 0, (o as PyArray).size) >= 0;
  s.richcompare = (a, b, op) => (isArray(a) && isArray(b) ? compareArrays(a, b, op) : NotImplemented);
  s.bool = (o) => (o as PyArray).size !== 0;
  s.iter = (o) => {
    const it = new PyArrayIter(arrayIterType, o as PyArray);
    o.rc++;
    allocObject(it, 32);
    gcTrack(it);
    return it;
  };
  const left: (BinarySlot | undefined)[] = new Array(NB_COUNT);
  const add: BinarySlot = (a, b) => {
    if (!isArray(a)) return NotImplemented;
    const r = concat(a, b);
    if (r !== null) return r;
    const other = b.type.slots.nbRight?.[NB.ADD];
    if (other && other !== add) {
      const x = other(a, b);
      if (x !== NotImplemented) return x;
    }
    throw typeError(`can only append array (not "${b.type.name}") to array`);
  };
  left[NB.ADD] = add;
  // sq_repeat reached through `*`: only a number-like right operand (nb_multiply) gets a say
  // before "can't multiply sequence by non-int"; sequences (str, list …) have no nb_multiply
  const mul: BinarySlot = (a, b) => {
    const [seq, n] = isArray(a) ? [a, b] : [b, a];
    if (!hasIndex(n)) {
      if (seq === a && n.type.slots.len === undefined) {
        const other = n.type.slots.nbRight?.[NB.MULTIPLY];
        if (other && other !== mul) {
          const r = other(a, b);
          if (r !== NotImplemented) return r;
        }
      }
      throw typeError(`can't multiply sequence by non-int of type '${n.type.name}'`);
    }
    return repeat(seq as PyArray, asSsizeOverflow(n));
  };
  left[NB.MULTIPLY] = mul;
  s.nbLeft = left;
  s.nbRight = left;
  const inplace: (BinarySlot | undefined)[] = new Array(NB_COUNT);
  inplace[NB.ADD] = (a, b) => {
    if (!isArray(b)) throw typeError(`can only extend array with array (not "${b.type.name}")`);
    doExtend(a as PyArray, b);
    a.rc++;
    return a;
  };
  inplace[NB.MULTIPLY] = (a, b) => {
    if (!hasIndex(b)) return NotImplemented;
    const x = a as PyArray;
    let n = asSsize(b, false);
    if (x.size > 0 && n !== 1) {
      if (n < 0) n = 0;
      checkAlloc(x.nbytes * n);
      const chunk = x.memoryviewBytes().slice();
      arrayResize(x, n * x.size);
      for (let k = 0; k < n; k++) x.bytes.set(chunk, k * chunk.length);
    }
    a.rc++;
    return a;
  };
  s.nbInplace = inplace;
  arrayType.traverse = () => {};
  arrayType.dealloc = (o) => {
    gcUntrack(o as PyGCObject);
    if (weakrefList(o) !== null) clearWeakRefs(o);
    return false;
  };
  arrayType.freeMemory = (o) => {
    const a = o as PyArray;
    freeBuffer(a.bufAddr);
    a.bufAddr = 0;
    freeObject(a);
  };
  markUnhashable(arrayType);

  const m = (name: string, fn: (self: PyArray, args: PyObject[], kw: string[] | null) => PyObject): void =>
    defineMethod(arrayType, name, (self, args, kw) => fn(self as PyArray, args, kw));
  const one = (name: string, args: PyObject[], kw: string[] | null): PyObject => {
    exactArgs(name, args, kw, 1);
    return args[0];
  };
  const none = (): PyObject => None;

  m('append', (a, args, kw) => (ins1(a, a.size, one('append', args, kw)), none()));
  m('extend', (a, args, kw) => (doExtend(a, one('extend', args, kw)), none()));
  m('insert', (a, args, kw) => {
    noKwargs('insert', kw);
    if (args.length !== 2) throw typeError(`insert expected 2 arguments, got ${args.length}`);
    const i = asSsize(args[0], true);
    ins1(a, i, args[1]);
    return none();
  });
  m('pop', (a, args, kw) => {
    noKwargs('pop', kw);
    if (args.length > 1) throw typeError(`pop expected at most 1 argument, got ${args.length}`);
    let i = args.length ? asSsize(args[0], false) : -1;
    if (a.size === 0) throw indexError('pop from empty array');
    if (i < 0) i += a.size;
    if (i < 0 || i >= a.size) throw indexError('pop index out of range');
    const v = a.item(i);
    delSlice(a, i, i + 1);
    return v;
  });
  m('remove', (a, args, kw) => {
    const i = findIndex(a, one('remove', args, kw), 0, a.size);
    if (i < 0) throw valueError('array.remove(x): x not in array');
    delSlice(a, i, i + 1);
    return none();
  });
  m('index', (a, args, kw) => {
    noKwargs('index', kw);
    if (args.length < 1 || args.length > 3) throw typeError(`index expected at least 1 argument, got ${args.length}`);
    const [st, sp] = indexBounds(args[1] ?? null, args[2] ?? null, a.size);
    const i = findIndex(a, args[0], st, sp);
    if (i < 0) throw valueError('array.index(x): x not in array');
    return newInt(i);
  });
  m('count', (a, args, kw) => {
    const v = one('count', args, kw);
    let n = 0;
    for (let i = 0; i < a.size; i++) {
      const x = a.item(i);
      try {
        if (richCompareBool(x, v, 2)) n++;
      } finally {
        decref(x);
      }
    }
    return newInt(n);
  });
  m('reverse', (a, args, kw) => {
    exactArgs('reverse', args, kw, 0);
    const sz = a.descr.size;
    for (let i = 0, j = a.size - 1; i < j; i++, j--) {
      const t = a.bytes.slice(i * sz, (i + 1) * sz);
      a.bytes.copyWithin(i * sz, j * sz, (j + 1) * sz);
      a.bytes.set(t, j * sz);
    }
    return none();
  });
  m('tolist', (a, args, kw) => (exactArgs('tolist', args, kw, 0), tolist(a)));
  m('tobytes', (a, args, kw) => (exactArgs('tobytes', args, kw, 0), newBytes(a.memoryviewBytes())));
  m('frombytes', (a, args, kw) => {
    const b = one('frombytes', args, kw);
    const d = bytesLike(b);
    if (d === null) throw typeError(`a bytes-like object is required, not '${b.type.name}'`);
    frombytes(a, d);
    return none();
  });
  m('fromlist', (a, args, kw) => {
    const l = one('fromlist', args, kw);
    if (!(l instanceof PyList)) throw typeError('arg must be list');
    const n = l.items.length;
    if (n > 0) {
      const old = a.size;
      arrayResize(a, old + n);
      for (let i = 0; i < n; i++) {
        try {
          setItemAt(a, old + i, l.items[i]);
        } catch (e) {
          arrayResize(a, old);
          throw e;
        }
      }
    }
    return none();
  });
  m('fromfile', (a, args, kw) => {
    noKwargs('fromfile', kw);
    if (args.length !== 2) throw typeError(`fromfile expected 2 arguments, got ${args.length}`);
    const n = asSsize(args[1], false);
    if (n < 0) throw valueError('negative count');
    const nbytes = n * a.descr.size;
    const sz = newInt(nbytes);
    let b: PyObject;
    try {
      b = callMethod(args[0], 'read', [sz]);
    } finally {
      decref(sz);
    }
    try {
      if (!(b instanceof PyBytes)) throw typeError('read() didn\'t return bytes');
      const d = b.data;
      const whole = d.length - (d.length % a.descr.size);
      frombytes(a, d.subarray(0, whole));
      if (d.length !== nbytes) throw raise(exceptionTypes['EOFError'], "read() didn't return enough bytes");
    } finally {
      decref(b);
    }
    return none();
  });
  m('tofile', (a, args, kw) => {
    const f = one('tofile', args, kw);
    // array_array_tofile writes blocks of 64 KiB
    const all = a.memoryviewBytes();
    const BLOCK = 64 * 1024;
    for (let off = 0; off < all.length; off += BLOCK) {
      const chunk = newBytes(all.slice(off, off + BLOCK));
      try {
        decref(callMethod(f, 'write', [chunk]));
      } finally {
        decref(chunk);
      }
    }
    return none();
  });
  m('tounicode', (a, args, kw) => {
    exactArgs('tounicode', args, kw, 0);
    if (a.descr.code !== 'u') throw valueError('tounicode() may only be called on unicode type arrays');
    return newStr(unicodeOf(a));
  });
  m('fromunicode', (a, args, kw) => {
    const s = one('fromunicode', args, kw);
    if (!(s instanceof PyStr)) throw typeError(`fromunicode() argument must be str, not ${s.type.name}`);
    if (a.descr.code !== 'u') throw valueError('fromunicode() may only be called on unicode type arrays');
    const cps = Array.from(s.value, (ch) => ch.codePointAt(0)!);
    if (cps.length > 0) {
      const old = a.size;
      arrayResize(a, old + cps.length);
      cps.forEach((cp, i) => a.dv.setUint32((old + i) * 4, cp, true));
    }
    return none();
  });
  m('byteswap', (a, args, kw) => {
    exactArgs('byteswap', args, kw, 0);
    if (![1, 2, 4, 8].includes(a.descr.size)) throw runtimeError("don't know how to byteswap this array type");
    byteswap(a);
    return none();
  });
  m('buffer_info', (a, args, kw) => {
    exactArgs('buffer_info', args, kw, 0);
    return newTuple([newInt(a.bufAddr), newInt(a.size)]);
  });
  m('__sizeof__', (a, args, kw) => {
    exactArgs('__sizeof__', args, kw, 0);
    return newInt(arrayType.basicsize + a.allocated * a.descr.size);
  });
  const copy = (a: PyArray): PyObject => {
    const r = newArray(arrayType, a.size, a.descr);
    r.bytes.set(a.memoryviewBytes());
    return r;
  };
  m('__copy__', (a, args, kw) => (exactArgs('__copy__', args, kw, 0), copy(a)));
  m('__deepcopy__', (a, args, kw) => (one('__deepcopy__', args, kw), copy(a)));
  defineClassMethod(arrayType, '__class_getitem__', (cls, args, kw) => {
    exactArgs('__class_getitem__', args, kw, 1);
    return newGenericAlias(cls, args[0]);
  });
  defineGetSet(arrayType, 'typecode', (o) => newStr((o as PyArray).descr.code));
  defineGetSet(arrayType, 'itemsize', (o) => newInt((o as PyArray).descr.size));

  const is = arrayIterType.slots;
  is.iter = (o) => {
    o.rc++;
    return o;
  };
  is.iternext = (o) => {
    const it = o as PyArrayIter;
    const a = it.ao;
    if (a === null) return null;
    if (it.index < a.size) return a.item(it.index++);
    it.ao = null;
    decref(a);
    return null;
  };
  is.new = () => {
    throw typeError("cannot create 'array.arrayiterator' instances");
  };
  arrayIterType.traverse = (o, visit) => {
    const a = (o as PyArrayIter).ao;
    if (a !== null) visit(a);
  };
  arrayIterType.dealloc = (o) => {
    const it = o as PyArrayIter;
    gcUntrack(it);
    if (it.ao !== null) {
      const a = it.ao;
      it.ao = null;
      decref(a);
    }
    return false;
  };
  arrayIterType.freeMemory = freeObject;
  // inherit object's slots (getattro, setattro, …) that these types do not define
  inheritObjectSlots(arrayType);
  inheritObjectSlots(arrayIterType);
}

registerTypeInit(setup);

export function arrayTypecodes(): string {
  return TYPECODES;
}
