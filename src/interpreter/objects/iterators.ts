/**
 * Iterator types (Objects/iterobject.c, listobject.c, tupleobject.c, enumobject.c,
 * bltinmodule.c):
 *  - list_iterator, list_reverseiterator, tuple_iterator and the generic sequence `iterator`
 *    (classes with only `__getitem__`): they hold a reference to the sequence and drop it
 *    (it_seq = NULL) as soon as they are exhausted;
 *  - callable_iterator (`iter(f, sentinel)`);
 *  - enumerate and zip, which recycle their result tuple when nobody else holds it
 *    (Py_REFCNT(result) == 1), map, filter and reversed.
 * Every iterator is GC-tracked at creation, as in CPython, and its dealloc releases what it
 * holds. `lengthHint` is PyObject_LengthHint.
 */
import { PyObject, decref, release } from './object';
import {
  listIteratorType, listRevIteratorType, tupleIteratorType, seqIteratorType, callableIteratorType,
  enumerateType, zipType, mapType, filterType, reversedType, dictType,
} from './core-types';
import { PyType } from './typeobject';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject, freeObject } from './alloc';
import { PyInt, IntValue, newInt, toBig, norm, newIntSsize } from './int';
import { PyTuple, newTuple } from './tuple';
import { None, NotImplemented } from './singletons';
import { typeError, valueError, PyThrown } from './errors';
import { exceptionTypes } from './exceptions';
import { registerTypeInit } from './bootstrap';
import { defineMethod, parseArgs, noKwargs } from './descriptors';
import { call, getIter, iterNext, getItem, isTrue, length, lookupSpecial, richEq, seqIterFactory } from './abstract';
import { indexValue } from './slice';

// ------------------------------------------------------------------ helpers
/** Swallow a thrown exception if it is an instance of one of `types` (decref it); else rethrow. */
export function swallow(e: unknown, ...names: string[]): void {
  if (e instanceof PyThrown) {
    for (const n of names) {
      if (e.exc.type.isSubtypeOf(exceptionTypes[n])) {
        decref(e.exc);
        return;
      }
    }
  }
  throw e;
}

/** PyObject_LengthHint(o, default). */
export function lengthHint(o: PyObject, dflt: number): number {
  if (o.type.slots.len) {
    try {
      return length(o);
    } catch (e) {
      swallow(e, 'TypeError');
    }
  }
  const hint = lookupSpecial(o, '__length_hint__');
  if (hint === null) return dflt;
  let r: PyObject;
  try {
    r = call(hint, []);
  } catch (e) {
    decref(hint);
    swallow(e, 'TypeError');
    return dflt;
  }
  decref(hint);
  if (r === NotImplemented) return dflt;
  if (!(r instanceof PyInt)) {
    const n = r.type.name;
    decref(r);
    throw typeError(`__length_hint__ must be an integer, not ${n}`);
  }
  const v = Number(r.value);
  decref(r);
  if (v < 0) throw valueError('__length_hint__() should return >= 0');
  return v;
}

function newIterObject<T extends PyGCObject>(o: T, size: number): T {
  allocObject(o, size);
  gcTrack(o);
  return o;
}

const selfIter = (o: PyObject): PyObject => {
  o.rc++;
  return o;
};

// ------------------------------------------------------------------ sequence iterators
export class PySeqIter extends PyGCObject {
  constructor(
    type: PyType,
    public seq: PyObject | null,
    public index: number,
  ) {
    super(type);
  }
}

/** list_iterator / tuple_iterator / iterator over `seq` (new reference to seq taken). */
export function newSeqIter(type: PyType, seq: PyObject): PySeqIter {
  seq.rc++;
  return newIterObject(new PySeqIter(type, seq, 0), 32);
}

/** list_reverseiterator (list___reversed___impl). */
export function newListRevIter(seq: PyObject, len: number): PySeqIter {
  seq.rc++;
  return newIterObject(new PySeqIter(listRevIteratorType, seq, len - 1), 32);
}

const itemsOf = (o: PyObject): PyObject[] => (o as unknown as { items: PyObject[] }).items;

function seqIterDealloc(o: PyObject): boolean {
  gcUntrack(o as PyGCObject);
  release((o as PySeqIter).seq);
  return false;
}
function seqIterTraverse(o: PyObject, visit: (r: PyObject) => void): void {
  const s = (o as PySeqIter).seq;
  if (s !== null) visit(s);
}

function exhaust(it: PySeqIter): null {
  const seq = it.seq;
  it.seq = null;
  if (seq !== null) decref(seq);
  return null;
}

// ------------------------------------------------------------------ callable iterator
export class PyCallableIter extends PyGCObject {
  constructor(
    public callable: PyObject | null,
    public sentinel: PyObject | null,
  ) {
    super(callableIteratorType);
  }
}

/** iter(callable, sentinel): PyCallIter_New. */
export function newCallableIter(callable: PyObject, sentinel: PyObject): PyCallableIter {
  callable.rc++;
  sentinel.rc++;
  return newIterObject(new PyCallableIter(callable, sentinel), 32);
}

// ------------------------------------------------------------------ enumerate / zip / map / filter / reversed
export class PyEnumerate extends PyGCObject {
  constructor(
    type: PyType,
    public index: IntValue,
    public it: PyObject,
    public result: PyTuple,
  ) {
    super(type);
  }
}

export class PyZip extends PyGCObject {
  constructor(
    type: PyType,
    public iters: PyTuple,
    public result: PyTuple,
    public strict: boolean,
  ) {
    super(type);
  }
}

export class PyMap extends PyGCObject {
  constructor(
    type: PyType,
    public func: PyObject,
    public iters: PyTuple,
  ) {
    super(type);
  }
}

export class PyFilter extends PyGCObject {
  constructor(
    type: PyType,
    public func: PyObject,
    public it: PyObject,
  ) {
    super(type);
  }
}

export class PyReversed extends PyGCObject {
  constructor(
    type: PyType,
    public seq: PyObject | null,
    public index: number,
  ) {
    super(type);
  }
}

/** Recycle `result` if only the iterator holds it (refcount 1), else a fresh tuple. */
function refill(holder: { result: PyTuple }, items: PyObject[]): PyTuple {
  const result = holder.result;
  if (result.rc === 1) {
    result.rc++;
    const old = result.items.slice();
    for (let i = 0; i < items.length; i++) result.items[i] = items[i];
    for (const x of old) decref(x);
    gcTrack(result);
    return result;
  }
  return newTuple(items);
}

function allocFor(o: PyGCObject, type: PyType): void {
  if (type.isHeapType) type.rc++;
  allocObject(o, type.basicsize);
  gcTrack(o);
}

/** PySequence_Check */
export function isSequence(o: PyObject): boolean {
  return o.type.slots.getitem !== undefined && !o.type.isSubtypeOf(dictType);
}

registerTypeInit(() => {
  // CPython 3.12 sizes (sys.getsizeof minus the 16-byte GC header)
  enumerateType.basicsize = 56;

  seqIterFactory.make = (o) => newSeqIter(seqIteratorType, o);

  // ---- list_iterator
  listIteratorType.slots.iter = selfIter;
  listIteratorType.slots.iternext = (o) => {
    const it = o as PySeqIter;
    const seq = it.seq;
    if (seq === null) return null;
    const items = itemsOf(seq);
    if (it.index < items.length) {
      const v = items[it.index++];
      v.rc++;
      return v;
    }
    return exhaust(it);
  };
  defineMethod(listIteratorType, '__length_hint__', (self) => {
    const it = self as PySeqIter;
    if (it.seq === null) return newInt(0);
    const n = itemsOf(it.seq).length - it.index;
    return newInt(n >= 0 ? n : 0);
  });

  // ---- list_reverseiterator
  listRevIteratorType.slots.iter = selfIter;
  listRevIteratorType.slots.iternext = (o) => {
    const it = o as PySeqIter;
    const seq = it.seq;
    if (seq === null) return null;
    const items = itemsOf(seq);
    if (it.index >= 0 && it.index < items.length) {
      const v = items[it.index--];
      v.rc++;
      return v;
    }
    it.index = -1;
    return exhaust(it);
  };
  defineMethod(listRevIteratorType, '__length_hint__', (self) => {
    const it = self as PySeqIter;
    if (it.seq === null || it.index >= itemsOf(it.seq).length) return newInt(0);
    return newInt(it.index + 1);
  });

  // ---- tuple_iterator
  tupleIteratorType.slots.iter = selfIter;
  tupleIteratorType.slots.iternext = listIteratorType.slots.iternext;
  defineMethod(tupleIteratorType, '__length_hint__', (self) => {
    const it = self as PySeqIter;
    return newInt(it.seq === null ? 0 : itemsOf(it.seq).length - it.index);
  });

  // ---- iterator (sequence protocol)
  seqIteratorType.slots.iter = selfIter;
  seqIteratorType.slots.iternext = (o) => {
    const it = o as PySeqIter;
    const seq = it.seq;
    if (seq === null) return null;
    const idx = newInt(it.index);
    try {
      const v = getItem(seq, idx);
      it.index++;
      return v;
    } catch (e) {
      swallow(e, 'IndexError', 'StopIteration');
      return exhaust(it);
    } finally {
      decref(idx);
    }
  };
  defineMethod(seqIteratorType, '__length_hint__', (self) => {
    const it = self as PySeqIter;
    if (it.seq === null) return newInt(0);
    if (!it.seq.type.slots.len) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    const n = length(it.seq) - it.index;
    return newInt(n < 0 ? 0 : n);
  });

  for (const t of [listIteratorType, listRevIteratorType, tupleIteratorType, seqIteratorType]) {
    t.dealloc = seqIterDealloc;
    t.traverse = seqIterTraverse;
    t.freeMemory = freeObject;
  }

  // ---- callable_iterator
  callableIteratorType.slots.iter = selfIter;
  callableIteratorType.slots.iternext = (o) => {
    const it = o as PyCallableIter;
    const f = it.callable;
    if (f === null) return null;
    let r: PyObject;
    try {
      r = call(f, []);
    } catch (e) {
      swallow(e, 'StopIteration');
      clearCallIter(it);
      return null;
    }
    let eq: boolean;
    try {
      eq = richEq(r, it.sentinel!);
    } catch (e) {
      decref(r);
      throw e;
    }
    if (!eq) return r;
    decref(r);
    clearCallIter(it);
    return null;
  };
  callableIteratorType.dealloc = (o) => {
    const it = o as PyCallableIter;
    gcUntrack(it);
    release(it.callable);
    release(it.sentinel);
    return false;
  };
  callableIteratorType.traverse = (o, visit) => {
    const it = o as PyCallableIter;
    if (it.callable) visit(it.callable);
    if (it.sentinel) visit(it.sentinel);
  };

  // ---- enumerate
  const es = enumerateType.slots;
  es.new = (type, args, kw) => {
    const [iterable, start] = parseArgs('enumerate', args, kw, ['iterable', 'start'], 1);
    let idx: IntValue = 0;
    if (start !== null) idx = indexValue(start);
    const it = getIter(iterable!);
    None.rc += 2;
    const result = newTuple([None, None]);
    const e = new PyEnumerate(type, idx, it, result);
    allocFor(e, type);
    return e;
  };
  es.iter = selfIter;
  es.iternext = (o) => {
    const en = o as PyEnumerate;
    const item = iterNext(en.it);
    if (item === null) return null;
    const idx = newIntSsize(en.index);
    en.index = typeof en.index === 'number' && en.index < 9007199254740991 ? en.index + 1 : norm(toBig(en.index) + 1n);
    return refill(en, [idx, item]);
  };
  enumerateType.dealloc = (o) => {
    const en = o as PyEnumerate;
    gcUntrack(en);
    release(en.it);
    release(en.result);
    return false;
  };
  enumerateType.traverse = (o, visit) => {
    const en = o as PyEnumerate;
    visit(en.it);
    visit(en.result);
  };

  // ---- zip
  const zs = zipType.slots;
  zs.new = (type, args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - nkw;
    let strict = false;
    for (let i = 0; i < nkw; i++) {
      if (kw![i] !== 'strict') throw typeError(`'${kw![i]}' is an invalid keyword argument for zip()`);
      strict = isTrue(args[npos + i]);
    }
    const its: PyObject[] = [];
    try {
      for (let i = 0; i < npos; i++) its.push(getIter(args[i]));
    } catch (e) {
      for (const x of its) decref(x);
      throw e;
    }
    const iters = newTuple(its);
    const nones: PyObject[] = [];
    for (let i = 0; i < npos; i++) nones.push(None);
    None.rc += npos;
    const z = new PyZip(type, iters, newTuple(nones), strict);
    allocFor(z, type);
    return z;
  };
  zs.iter = selfIter;
  zs.iternext = (o) => {
    const z = o as PyZip;
    const n = z.iters.items.length;
    if (n === 0) return null;
    const got: PyObject[] = [];
    let i = 0;
    let failure: unknown = null;
    for (; i < n; i++) {
      let v: PyObject | null;
      try {
        v = iterNext(z.iters.items[i]);
      } catch (e) {
        if (!z.strict) {
          for (const x of got) decref(x);
          throw e;
        }
        failure = e;
        v = null;
      }
      if (v === null) break;
      got.push(v);
    }
    if (i === n) return refill(z, got);
    // recycled result keeps the items it already had in CPython; we drop the partial row
    for (const x of got) decref(x);
    if (!z.strict) return null;
    if (failure !== null) swallow(failure, 'StopIteration');
    if (i > 0) {
      throw valueError(`zip() argument ${i + 1} is shorter than argument${i === 1 ? ' ' : 's 1-'}${i}`);
    }
    for (let j = 1; j < n; j++) {
      let v: PyObject | null = null;
      try {
        v = iterNext(z.iters.items[j]);
      } catch (e) {
        swallow(e, 'StopIteration');
      }
      if (v !== null) {
        decref(v);
        throw valueError(`zip() argument ${j + 1} is longer than argument${j === 1 ? ' ' : 's 1-'}${j}`);
      }
    }
    return null;
  };
  zipType.dealloc = (o) => {
    const z = o as PyZip;
    gcUntrack(z);
    release(z.iters);
    release(z.result);
    return false;
  };
  zipType.traverse = (o, visit) => {
    visit((o as PyZip).iters);
    visit((o as PyZip).result);
  };

  // ---- map
  const ms = mapType.slots;
  ms.new = (type, args, kw) => {
    if (type === mapType) noKwargs('map', kw);
    if (args.length < 2) throw typeError('map() must have at least two arguments.');
    const its: PyObject[] = [];
    try {
      for (let i = 1; i < args.length; i++) its.push(getIter(args[i]));
    } catch (e) {
      for (const x of its) decref(x);
      throw e;
    }
    args[0].rc++;
    const m = new PyMap(type, args[0], newTuple(its));
    allocFor(m, type);
    return m;
  };
  ms.iter = selfIter;
  ms.iternext = (o) => {
    const m = o as PyMap;
    const vals: PyObject[] = [];
    try {
      for (const it of m.iters.items) {
        const v = iterNext(it);
        if (v === null) return null;
        vals.push(v);
      }
      return call(m.func, vals);
    } finally {
      for (const v of vals) decref(v);
    }
  };
  mapType.dealloc = (o) => {
    const m = o as PyMap;
    gcUntrack(m);
    release(m.iters);
    release(m.func);
    return false;
  };
  mapType.traverse = (o, visit) => {
    visit((o as PyMap).iters);
    visit((o as PyMap).func);
  };

  // ---- filter
  const fs = filterType.slots;
  fs.new = (type, args, kw) => {
    if (type === filterType) noKwargs('filter', kw);
    if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
    const it = getIter(args[1]);
    args[0].rc++;
    const f = new PyFilter(type, args[0], it);
    allocFor(f, type);
    return f;
  };
  fs.iter = selfIter;
  fs.iternext = (o) => {
    const f = o as PyFilter;
    const plain = f.func === None || f.func === boolTypeRef.t;
    for (;;) {
      const item = iterNext(f.it);
      if (item === null) return null;
      let ok: boolean;
      try {
        if (plain) ok = isTrue(item);
        else {
          const good = call(f.func, [item]);
          try {
            ok = isTrue(good);
          } finally {
            decref(good);
          }
        }
      } catch (e) {
        decref(item);
        throw e;
      }
      if (ok) return item;
      decref(item);
    }
  };
  filterType.dealloc = (o) => {
    const f = o as PyFilter;
    gcUntrack(f);
    release(f.func);
    release(f.it);
    return false;
  };
  filterType.traverse = (o, visit) => {
    visit((o as PyFilter).func);
    visit((o as PyFilter).it);
  };

  // ---- reversed
  const rs = reversedType.slots;
  rs.new = (type, args, kw) => {
    if (type === reversedType) noKwargs('reversed', kw);
    if (args.length !== 1) throw typeError(`reversed expected 1 argument, got ${args.length}`);
    const seq = args[0];
    const meth = lookupSpecial(seq, '__reversed__');
    if (meth === None) {
      decref(meth);
      throw typeError(`'${seq.type.name}' object is not reversible`);
    }
    if (meth !== null) {
      try {
        return call(meth, []);
      } finally {
        decref(meth);
      }
    }
    if (!isSequence(seq)) throw typeError(`'${seq.type.name}' object is not reversible`);
    const n = length(seq);
    seq.rc++;
    const r = new PyReversed(type, seq, n - 1);
    allocFor(r, type);
    return r;
  };
  rs.iter = selfIter;
  rs.iternext = (o) => {
    const r = o as PyReversed;
    if (r.seq !== null && r.index >= 0) {
      const idx = newIntSsize(r.index);
      try {
        const v = getItem(r.seq, idx);
        r.index--;
        return v;
      } catch (e) {
        swallow(e, 'IndexError', 'StopIteration');
      } finally {
        decref(idx);
      }
    }
    r.index = -1;
    const s = r.seq;
    r.seq = null;
    if (s !== null) decref(s);
    return null;
  };
  defineMethod(reversedType, '__length_hint__', (self) => {
    const r = self as PyReversed;
    if (r.seq === null) return newInt(0);
    const n = length(r.seq);
    const pos = r.index + 1;
    return newInt(n < pos ? 0 : pos);
  });
  reversedType.dealloc = (o) => {
    const r = o as PyReversed;
    gcUntrack(r);
    release(r.seq);
    return false;
  };
  reversedType.traverse = (o, visit) => {
    const s = (o as PyReversed).seq;
    if (s !== null) visit(s);
  };
});

function clearCallIter(it: PyCallableIter): void {
  const c = it.callable;
  const s = it.sentinel;
  it.callable = null;
  it.sentinel = null;
  if (c !== null) decref(c);
  if (s !== null) decref(s);
}

/** bool type, for filter(bool, …)'s fast path (set lazily to avoid an import cycle). */
const boolTypeRef: { t: PyObject | null } = { t: null };
import { boolType } from './core-types';
boolTypeRef.t = boolType;
