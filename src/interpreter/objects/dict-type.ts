/**
 * dict behaviour (Objects/dictobject.c): repr with the recursion guard, ==, subscripting with
 * `__missing__`, the methods, views (dict_keys / dict_values / dict_items with set operations)
 * and iterators (forward and reversed; items iterators recycle their result tuple when its
 * refcount is 1, as dictiter_iternextitem does), dict(...) construction and update with
 * CPython's error messages, `|` and `|=`. The table itself lives in dict.ts.
 */
import { PyObject, decref, release } from './object';
import {
  dictType, dictKeysType, dictValuesType, dictItemsType, dictKeyIteratorType, dictValueIteratorType,
  dictItemIteratorType, objectType, typeType, tupleType, setType, frozensetType,
} from './core-types';
import {
  PyDict, newDict, dictGet, dictSet, dictPop, dictClear, dictFind, keyHash, dictSizeof, dictResizeLog2,
  estimateLog2Keysize, keysObjectSize, splitDictCopy, dictCopyHook,
} from './dict';
import { PyType, NB, NB_COUNT, BinarySlot } from './typeobject';
import { PyTuple, newTuple } from './tuple';
import { newInt, newBool } from './int';
import { newStr, StrKind } from './str';
import { None, NotImplemented } from './singletons';
import { typeError, valueError, runtimeError } from './errors';
import { exceptionTypes, raiseWith } from './exceptions';
import { registerTypeInit } from './bootstrap';
import { defineMethod, defineClassMethod, defineGetSet, parseArgs, exactArgs, noKwargs, rangeArgs } from './descriptors';
import {
  call, callMethod, getAttrOrNull, getItem, getIter, iterNext, lookupSpecial, reprText, repr, richEq, length,
} from './abstract';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject, allocStatic, freeObject } from './alloc';
import { makeImmortal } from './object';
import { defineSlotMethod, markUnhashable } from './tuple-type';
import { reprEnter, reprLeave } from './repr-guard';
import { UnicodeWriterModel } from './unicode-writer';
import { addSlotWrappers } from './slot-wrappers';
import { listModule, mappingProxy } from './object-type';
import { vmHooks } from '../vm/hooks';
import { PySet, newSetOf, setAddKey, setUpdateInternal, isAnySet } from './set';
import { sequenceList } from './list-type';
import { swallow } from './iterators';

const isDict = (o: PyObject): o is PyDict => o instanceof PyDict;

// ------------------------------------------------------------------ extra types
function extraType(name: string, basicsize: number): PyType {
  const t = new PyType(typeType, name, 'dictiter');
  t.basicsize = basicsize;
  t.hasGC = true;
  makeImmortal(t);
  allocStatic(t, 408);
  t.bases = [objectType];
  t.base = objectType;
  t.mro = [t, objectType];
  objectType.subclasses.push(t);
  t.dict = newDict();
  makeImmortal(t.dict);
  t.isBaseType = false;
  return t;
}

export let dictRevKeyIteratorType: PyType;
export let dictRevValueIteratorType: PyType;
export let dictRevItemIteratorType: PyType;

// ------------------------------------------------------------------ views and iterators
export class PyDictView extends PyGCObject {
  constructor(
    type: PyType,
    public dict: PyDict,
  ) {
    super(type);
  }
}

export class PyDictIter extends PyGCObject {
  used: number;
  pos: number;
  len: number;
  constructor(
    type: PyType,
    public dict: PyDict | null,
    public result: PyTuple | null,
    public reverse: boolean,
  ) {
    super(type);
    this.used = dict!.used;
    this.len = dict!.used;
    this.pos = reverse ? dict!.keys.length - 1 : 0;
  }
}

export function newDictView(type: PyType, d: PyDict): PyDictView {
  d.rc++;
  const v = new PyDictView(type, d);
  allocObject(v, 24);
  gcTrack(v);
  return v;
}

const ITEMS = 2;
const KEYS = 0;
const VALUES = 1;

function iterTypeFor(kind: number, reverse: boolean): PyType {
  if (reverse) return kind === KEYS ? dictRevKeyIteratorType : kind === VALUES ? dictRevValueIteratorType : dictRevItemIteratorType;
  return kind === KEYS ? dictKeyIteratorType : kind === VALUES ? dictValueIteratorType : dictItemIteratorType;
}

export function newDictIter(d: PyDict, kind: number, reverse = false): PyDictIter {
  d.rc++;
  let result: PyTuple | null = null;
  if (kind === ITEMS) {
    None.rc += 2;
    result = newTuple([None, None]);
  }
  const it = new PyDictIter(iterTypeFor(kind, reverse), d, result, reverse);
  if (reverse && d.used === 0) it.pos = -1;
  allocObject(it, 56);
  gcTrack(it);
  return it;
}

function iterNextEntry(it: PyDictIter): number {
  const d = it.dict;
  if (d === null) return -1;
  if (it.used !== d.used) {
    it.used = -1;
    throw runtimeError('dictionary changed size during iteration');
  }
  let i = it.pos;
  if (!it.reverse) {
    const n = d.keys.length;
    while (i < n && d.keys[i] === null) i++;
    if (i >= n) return failIter(it);
  } else {
    if (i < 0) return failIter(it);
    while (i >= 0 && d.keys[i] === null) i--;
    if (i < 0) return failIter(it);
  }
  if (it.len === 0) {
    failIter(it);
    throw runtimeError('dictionary keys changed during iteration');
  }
  it.pos = it.reverse ? i - 1 : i + 1;
  it.len--;
  return i;
}

function failIter(it: PyDictIter): -1 {
  const d = it.dict;
  it.dict = null;
  if (d !== null) decref(d);
  return -1;
}

function iternextKind(kind: number) {
  return (o: PyObject): PyObject | null => {
    const it = o as PyDictIter;
    const d = it.dict;
    const i = iterNextEntry(it);
    if (i < 0) return null;
    const k = d!.keys[i]!;
    const v = d!.values[i]!;
    if (kind === KEYS) {
      k.rc++;
      return k;
    }
    if (kind === VALUES) {
      v.rc++;
      return v;
    }
    const result = it.result!;
    k.rc++;
    v.rc++;
    if (result.rc === 1) {
      const ok = result.items[0];
      const ov = result.items[1];
      result.items[0] = k;
      result.items[1] = v;
      result.rc++;
      decref(ok);
      decref(ov);
      gcTrack(result);
      return result;
    }
    return newTuple([k, v]);
  };
}

// ------------------------------------------------------------------ helpers
/** d[key] with KeyError (and __missing__ for subclasses): dict_subscript. */
function dictSubscript(d: PyDict, key: PyObject): PyObject {
  const v = dictGet(d, key);
  if (v !== null) {
    v.rc++;
    return v;
  }
  if (d.type !== dictType) {
    const missing = lookupSpecial(d, '__missing__');
    if (missing !== null) {
      try {
        return call(missing, [key]);
      } finally {
        decref(missing);
      }
    }
  }
  throw raiseWith(exceptionTypes['KeyError'], [key]);
}

/** PyDict_DelItem with KeyError. */
export function dictDelItem(d: PyDict, key: PyObject): void {
  if (d.used === 0) keyHash(key); // PyDict_DelItem hashes before looking (dict.pop does not)
  const old = dictPop(d, key);
  if (old === null) throw raiseWith(exceptionTypes['KeyError'], [key]);
  decref(old);
}

/** A copy of dict `src` into the empty dict `dst` (clone_combined_dict_keys geometry). */
function cloneInto(dst: PyDict, src: PyDict): void {
  dictResizeLog2(dst, src.log2Size, src.unicodeKeys, true);
  for (let i = 0; i < src.keys.length; i++) {
    const k = src.keys[i];
    if (k !== null) dictSet(dst, k, src.values[i]!);
  }
}

/** dict_merge(a, b, override): override 0 keeps existing keys, 1 overwrites. */
export function dictMergeInto(a: PyDict, b: PyObject, override: 0 | 1): void {
  if (isDict(b) && b.type.slots.iter === dictType.slots.iter) {
    if (b === a || b.used === 0) return;
    if (a.used === 0) {
      override = 1;
      if (b.split === null && b.used === b.keys.length && (b.log2Size === 3 || (((((1 << b.log2Size) >> 1) << 1) / 3) | 0) < b.used)) {
        cloneInto(a, b);
        return;
      }
    }
    const usable = a.log2Size === 0 ? 0 : (((1 << a.log2Size) << 1) / 3) | 0;
    if (usable < b.used) dictResizeLog2(a, estimateLog2Keysize(a.used + b.used), b.unicodeKeys);
    const n0 = b.used;
    for (let i = 0; i < b.keys.length; i++) {
      const k = b.keys[i];
      if (k === null) continue;
      const v = b.values[i]!;
      k.rc++;
      v.rc++;
      try {
        if (override === 1 || dictGet(a, k) === null) dictSet(a, k, v);
      } finally {
        decref(k);
        decref(v);
      }
      if (b.used !== n0) throw runtimeError('dict mutated during update');
    }
    return;
  }
  // generic mapping: keys() then b[key]
  const keys = callMethod(b, 'keys');
  let it: PyObject;
  try {
    it = getIter(keys);
  } finally {
    decref(keys);
  }
  try {
    for (;;) {
      const k = iterNext(it);
      if (k === null) break;
      try {
        if (override === 1 || dictGet(a, k) === null) {
          const v = getItem(b, k);
          try {
            dictSet(a, k, v);
          } finally {
            decref(v);
          }
        }
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

/** PyDict_MergeFromSeq2 */
function mergeFromSeq2(d: PyDict, seq2: PyObject, override: boolean): void {
  const it = getIter(seq2);
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(it);
      if (item === null) break;
      try {
        let fast: PyObject[];
        let owner: PyObject | null = null;
        if (item.type === tupleType || item.type.name === 'list') fast = (item as PyTuple).items;
        else {
          try {
            owner = sequenceList(item);
          } catch (e) {
            swallow(e, 'TypeError');
            throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          fast = (owner as PyTuple).items;
        }
        try {
          if (fast.length !== 2) {
            throw valueError(`dictionary update sequence element #${i} has length ${fast.length}; 2 is required`);
          }
          const [k, v] = fast;
          k.rc++;
          v.rc++;
          try {
            if (override || dictGet(d, k) === null) dictSet(d, k, v);
          } finally {
            decref(k);
            decref(v);
          }
        } finally {
          if (owner !== null) decref(owner);
        }
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

/** dict_update_arg */
export function dictUpdateArg(d: PyDict, arg: PyObject): void {
  if (arg.type === dictType) {
    dictMergeInto(d, arg, 1);
    return;
  }
  const keys = getAttrOrNull(arg, 'keys');
  if (keys !== null) {
    decref(keys);
    dictMergeInto(d, arg, 1);
    return;
  }
  mergeFromSeq2(d, arg, true);
}

/** dict_update_common(self, args, kwds, methname) */
function dictUpdateCommon(d: PyDict, args: PyObject[], kw: string[] | null, name: string): void {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateArg(d, args[0]);
  for (let i = 0; i < nkw; i++) {
    const k = newStr(kw![i]);
    try {
      dictSet(d, k, args[npos + i]);
    } finally {
      decref(k);
    }
  }
}

/** PyDict_Copy */
export function dictCopy(d: PyDict): PyDict {
  if (d.split !== null && d.used > 0) return splitDictCopy(d);
  const copy = newDict();
  if (d.used === 0) return copy;
  if (d.type.slots.iter === dictType.slots.iter && d.used >= ((d.keys.length * 2) / 3 | 0)) {
    cloneInto(copy, d);
    return copy;
  }
  dictMergeInto(copy, d, 1);
  return copy;
}

function newDictOfType(type: PyType): PyDict {
  // dict_new: type->tp_alloc (PyType_GenericAlloc), which bypasses the dict free list
  const d = new PyDict(type);
  if (type.isHeapType) type.rc++;
  allocObject(d, type.basicsize);
  // tp_alloc tracks it; dict_new untracks an exact dict again (inserting a trackable key or
  // value tracks it — MAINTAIN_TRACKING), so dict(a=1) is untracked like {'a': 1}
  if (type !== dictType) gcTrack(d);
  return d;
}

// ------------------------------------------------------------------ views: set operations
function viewLen(v: PyDictView): number {
  return v.dict.used;
}

const isViewSet = (o: PyObject): o is PyDictView => o.type === dictKeysType || o.type === dictItemsType;

function viewContains(v: PyDictView, obj: PyObject): boolean {
  if (v.type === dictKeysType) return dictGet(v.dict, obj) !== null;
  if (v.type === dictItemsType) {
    if (!(obj instanceof PyTuple) || obj.items.length !== 2) return false;
    const found = dictGet(v.dict, obj.items[0]);
    if (found === null) return false;
    found.rc++;
    try {
      return richEq(found, obj.items[1]);
    } finally {
      decref(found);
    }
  }
  // values: sequence search
  const d = v.dict;
  for (let i = 0; i < d.keys.length; i++) {
    const x = d.values[i];
    if (x === null) continue;
    x.rc++;
    try {
      if (richEq(x, obj)) return true;
    } finally {
      decref(x);
    }
  }
  return false;
}

/** dictviews_to_set */
function viewsToSet(self: PyObject): PySet {
  let left = self;
  if (self.type === dictKeysType && (self as PyDictView).dict.type === dictType) left = (self as PyDictView).dict;
  return newSetOf(setType, left);
}

function allContainedIn(self: PyObject, other: PyObject): boolean {
  const it = getIter(self);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) return true;
      let ok: boolean;
      try {
        ok = containsGeneric(other, x);
      } finally {
        decref(x);
      }
      if (!ok) return false;
    }
  } finally {
    decref(it);
  }
}

function containsGeneric(container: PyObject, v: PyObject): boolean {
  const f = container.type.slots.contains;
  if (f) return f(container, v);
  throw typeError(`argument of type '${container.type.name}' is not iterable`);
}

function viewIntersect(self: PyObject, other: PyObject): PyObject {
  if (!isViewSet(self)) [self, other] = [other, self];
  let view = self as PyDictView;
  const lenSelf = viewLen(view);
  if (other.type === setType && lenSelf <= length(other)) return callMethod(other, 'intersection', [self]);
  if (isViewSet(other) && viewLen(other) > lenSelf) {
    const tmp = other;
    other = view;
    view = tmp;
  }
  const result = newSetOf(setType, null);
  try {
    const it = getIter(other);
    try {
      for (;;) {
        const k = iterNext(it);
        if (k === null) break;
        try {
          if (viewContains(view, k)) setAddKey(result, k);
        } finally {
          decref(k);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function viewSetOp(method: string) {
  return (a: PyObject, b: PyObject): PyObject => {
    const result = viewsToSet(a);
    try {
      if (method === 'update') setUpdateInternal(result, b);
      else decref(callMethod(result, method, [b]));
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  };
}

// ------------------------------------------------------------------ type init
registerTypeInit(() => {
  dictRevKeyIteratorType = extraType('dict_reversekeyiterator', 56);
  dictRevValueIteratorType = extraType('dict_reversevalueiterator', 56);
  dictRevItemIteratorType = extraType('dict_reverseitemiterator', 56);
  vmHooks.dictUpdate = (d, m) => dictUpdateArg(d, m);
  dictCopyHook.fn = dictCopy;

  const s = dictType.slots;
  s.repr = (o) => {
    const d = o as PyDict;
    // dict_repr enters the guard before looking at the size
    if (reprEnter(d)) return newStr('{...}');
    if (d.used === 0) {
      reprLeave(d);
      return newStr('{}');
    }
    const w = new UnicodeWriterModel();
    w.overallocate = true;
    w.minLength = 1 + 4 + 6 * (d.used - 1) + 1;
    try {
      w.writeChar('{');
      let first = true;
      for (let i = 0; i < d.keys.length; i++) {
        const k = d.keys[i];
        if (k === null) continue;
        const v = d.values[i]!;
        // "Prevent repr from deleting key or value during key format."
        k.rc++;
        v.rc++;
        try {
          if (!first) w.writeAscii(', ');
          first = false;
          const ks = repr(k);
          w.writeStr(ks);
          decref(ks);
          w.writeAscii(': ');
          const vs = repr(v);
          w.writeStr(vs);
          decref(vs);
        } finally {
          decref(k);
          decref(v);
        }
      }
      w.overallocate = false;
      w.writeChar('}');
    } catch (e) {
      w.dealloc();
      reprLeave(d);
      throw e;
    }
    reprLeave(d);
    return w.finish();
  };
  s.hash = null;
  s.richcompare = (a, b, op) => {
    if (!isDict(a) || !isDict(b) || (op !== 2 && op !== 3)) return NotImplemented;
    const eq = dictEqual(a, b);
    return newBool(op === 2 ? eq : !eq);
  };
  s.len = (o) => (o as PyDict).used;
  s.getitem = (o, key) => dictSubscript(o as PyDict, key);
  s.setitem = (o, key, value) => {
    if (value === null) dictDelItem(o as PyDict, key);
    else dictSet(o as PyDict, key, value);
  };
  s.contains = (o, key) => dictGet(o as PyDict, key) !== null;
  s.iter = (o) => newDictIter(o as PyDict, KEYS);
  s.new = (type) => newDictOfType(type);
  s.init = (self, args, kw) => dictUpdateCommon(self as PyDict, args, kw, 'dict');
  const left: (BinarySlot | undefined)[] = new Array(NB_COUNT);
  left[NB.OR] = (a, b) => {
    if (!isDict(a) || !isDict(b)) return NotImplemented;
    const n = callCopy(a);
    try {
      dictUpdateArg(n as PyDict, b);
    } catch (e) {
      decref(n);
      throw e;
    }
    return n;
  };
  s.nbLeft = left;
  s.nbRight = left;
  const inplace: (BinarySlot | undefined)[] = new Array(NB_COUNT);
  inplace[NB.OR] = (a, b) => {
    dictUpdateArg(a as PyDict, b);
    a.rc++;
    return a;
  };
  s.nbInplace = inplace;
  defineSlotMethod(dictType, '__ior__', (a, b) => inplace[NB.OR]!(a, b));
  markUnhashable(dictType);

  const m = (name: string, fn: (self: PyDict, args: PyObject[], kw: string[] | null) => PyObject) =>
    defineMethod(dictType, name, (self, args, kw) => fn(self as PyDict, args, kw));
  m('keys', (self, args, kw) => (exactArgs('dict.keys', args, kw, 0), newDictView(dictKeysType, self)));
  m('values', (self, args, kw) => (exactArgs('dict.values', args, kw, 0), newDictView(dictValuesType, self)));
  m('items', (self, args, kw) => (exactArgs('dict.items', args, kw, 0), newDictView(dictItemsType, self)));
  m('get', (self, args, kw) => {
    noKwargs('dict.get', kw);
    rangeArgs('get', args, kw, 1, 2);
    const v = dictGet(self, args[0]) ?? (args.length > 1 ? args[1] : None);
    v.rc++;
    return v;
  });
  m('setdefault', (self, args, kw) => {
    noKwargs('dict.setdefault', kw);
    rangeArgs('setdefault', args, kw, 1, 2);
    const found = dictGet(self, args[0]);
    if (found !== null) {
      found.rc++;
      return found;
    }
    const dflt = args.length > 1 ? args[1] : None;
    dictSet(self, args[0], dflt);
    dflt.rc++;
    return dflt;
  });
  m('pop', (self, args, kw) => {
    noKwargs('dict.pop', kw);
    rangeArgs('pop', args, kw, 1, 2);
    const v = dictPop(self, args[0]);
    if (v !== null) return v;
    if (args.length > 1) {
      args[1].rc++;
      return args[1];
    }
    throw raiseWith(exceptionTypes['KeyError'], [args[0]]);
  });
  m('popitem', (self, args, kw) => {
    exactArgs('popitem', args, kw, 0);
    if (self.used === 0) throw raiseWith(exceptionTypes['KeyError'], [newStr('popitem(): dictionary is empty')].map((x) => (x.rc--, x)));
    // dict_popitem_impl: a split table is first converted to a combined one of the same size
    if (self.split !== null) dictResizeLog2(self, self.log2Size, true);
    let i = self.keys.length - 1;
    while (i >= 0 && self.keys[i] === null) i--;
    const k = self.keys[i]!;
    k.rc++;
    const v = dictPop(self, k)!;
    // dk_nentries = i: the popped slot is reused by the next insertion
    while (self.keys.length > 0 && self.keys[self.keys.length - 1] === null) {
      self.keys.pop();
      self.values.pop();
      self.hashes?.pop();
    }
    return newTuple([k, v]);
  });
  m('update', (self, args, kw) => {
    dictUpdateCommon(self, args, kw, 'update');
    return None;
  });
  m('clear', (self, args, kw) => (exactArgs('dict.clear', args, kw, 0), dictClear(self), None));
  m('copy', (self, args, kw) => (exactArgs('dict.copy', args, kw, 0), dictCopy(self)));
  m('__sizeof__', (self) => newInt(dictSizeof(self)));
  m('__reversed__', (self) => newDictIter(self, KEYS, true));
  defineClassMethod(dictType, 'fromkeys', (cls, args, kw) => {
    noKwargs('dict.fromkeys', kw);
    rangeArgs('fromkeys', args, kw, 1, 2);
    const value = args.length > 1 ? args[1] : None;
    const d = call(cls, []);
    try {
      const iterable = args[0];
      if (d.type === dictType && iterable.type === dictType) {
        const src = iterable as PyDict;
        dictResizeLog2(d as PyDict, estimateLog2Keysize(src.used), src.unicodeKeys);
        for (const k of src.keys) if (k !== null) dictSet(d as PyDict, k, value);
        return d;
      }
      if (d.type === dictType && isAnySet(iterable)) {
        const src = iterable as PySet;
        dictResizeLog2(d as PyDict, estimateLog2Keysize(src.used), false);
        for (const k of src.keysInOrder()) dictSet(d as PyDict, k, value);
        return d;
      }
      const it = getIter(iterable);
      try {
        for (;;) {
          const k = iterNext(it);
          if (k === null) break;
          try {
            if (d.type === dictType) dictSet(d as PyDict, k, value);
            else d.type.slots.setitem!(d, k, value);
          } finally {
            decref(k);
          }
        }
      } finally {
        decref(it);
      }
      return d;
    } catch (e) {
      decref(d);
      throw e;
    }
  });

  // ---- views
  for (const [t, kind] of [
    [dictKeysType, KEYS],
    [dictValuesType, VALUES],
    [dictItemsType, ITEMS],
  ] as [PyType, number][]) {
    const vs = t.slots;
    vs.len = (o) => (o as PyDictView).dict.used;
    vs.iter = (o) => newDictIter((o as PyDictView).dict, kind);
    vs.contains = (o, v) => viewContains(o as PyDictView, v);
    vs.repr = (o) => {
      if (reprEnter(o)) return newStr('...');
      try {
        const l = sequenceList(o);
        try {
          return newStr(`${o.type.name}(${reprText(l)})`);
        } finally {
          decref(l);
        }
      } finally {
        reprLeave(o);
      }
    };
    t.dealloc = (o) => {
      gcUntrack(o as PyDictView);
      release((o as PyDictView).dict);
      return false;
    };
    t.traverse = (o, visit) => visit((o as PyDictView).dict);
    t.freeMemory = freeObject;
    t.isBaseType = false;
    defineMethod(t, '__reversed__', (self) => newDictIter((self as PyDictView).dict, kind, true));
    defineGetSet(t, 'mapping', (o) => {
      (o as PyDictView).dict.rc++;
      return mappingProxy.make((o as PyDictView).dict);
    });
    if (kind === VALUES) continue;
    vs.richcompare = (a, b, op) => {
      if (!isAnySet(b) && !isViewSet(b)) return NotImplemented;
      const la = length(a);
      const lb = length(b);
      let ok: boolean;
      switch (op) {
        case 2:
        case 3:
          ok = la === lb && allContainedIn(a, b);
          if (op === 3) ok = !ok;
          break;
        case 0:
          ok = la < lb && allContainedIn(a, b);
          break;
        case 1:
          ok = la <= lb && allContainedIn(a, b);
          break;
        case 4:
          ok = la > lb && allContainedIn(b, a);
          break;
        default:
          ok = la >= lb && allContainedIn(b, a);
      }
      return newBool(ok);
    };
    const vl: (BinarySlot | undefined)[] = new Array(NB_COUNT);
    vl[NB.AND] = viewIntersect;
    vl[NB.OR] = viewSetOp('update');
    vl[NB.SUBTRACT] = viewSetOp('difference_update');
    vl[NB.XOR] = viewSetOp('symmetric_difference_update');
    vs.nbLeft = vl;
    vs.nbRight = vl;
    defineMethod(t, 'isdisjoint', (self, args, kw) => {
      exactArgs('isdisjoint', args, kw, 1);
      let other = args[0];
      if (self === other) return newBool(length(self) === 0);
      let view = self as PyDictView;
      if (isAnySet(other) || isViewSet(other)) {
        const lo = length(other);
        if (lo > length(self) && isViewSet(other)) {
          const tmp = other;
          other = view;
          view = tmp;
        }
      }
      const it = getIter(other);
      try {
        for (;;) {
          const k = iterNext(it);
          if (k === null) return newBool(true);
          try {
            if (viewContains(view, k)) return newBool(false);
          } finally {
            decref(k);
          }
        }
      } finally {
        decref(it);
      }
    });
  }

  // ---- iterators
  const iterKinds: [PyType, number, boolean][] = [
    [dictKeyIteratorType, KEYS, false],
    [dictValueIteratorType, VALUES, false],
    [dictItemIteratorType, ITEMS, false],
    [dictRevKeyIteratorType, KEYS, true],
    [dictRevValueIteratorType, VALUES, true],
    [dictRevItemIteratorType, ITEMS, true],
  ];
  for (const [t, kind, rev] of iterKinds) {
    t.slots.iter = (o) => {
      o.rc++;
      return o;
    };
    t.slots.iternext = iternextKind(kind);
    t.dealloc = (o) => {
      const it = o as PyDictIter;
      gcUntrack(it);
      release(it.dict);
      release(it.result);
      return false;
    };
    t.traverse = (o, visit) => {
      const it = o as PyDictIter;
      if (it.dict !== null) visit(it.dict);
      if (it.result !== null) visit(it.result);
    };
    t.freeMemory = freeObject;
    defineMethod(t, '__length_hint__', (self) => {
      const it = self as PyDictIter;
      return newInt(it.dict !== null && it.used === it.dict.used ? it.len : 0);
    });
    if (rev) {
      t.slots.getattro = objectType.slots.getattro;
      t.slots.setattro = objectType.slots.setattro;
      t.slots.repr = objectType.slots.repr;
      t.slots.hash = objectType.slots.hash;
      t.slots.richcompare = objectType.slots.richcompare;
      addSlotWrappers(t, objectType.slots);
    }
  }
  void dictFind;
  void keyHash;
  void keysObjectSize;
  void parseArgs;
  void frozensetType;
  void listModule;
});

function callCopy(a: PyDict): PyObject {
  // dict_or: new = PyDict_Copy(self) (always an exact dict)
  return dictCopy(a);
}

/** dict_equal */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (k === null) continue;
    const av = a.values[i]!;
    k.rc++;
    av.rc++;
    try {
      const bv = dictGet(b, k);
      if (bv === null) return false;
      bv.rc++;
      try {
        if (!richEq(av, bv)) return false;
      } finally {
        decref(bv);
      }
    } finally {
      decref(k);
      decref(av);
    }
  }
  return true;
}
