/**
 * Classes written in Python and the generic attribute protocol (Objects/typeobject.c,
 * Objects/object.c):
 *  - `genericGetAttr` / `genericSetAttr`: PyObject_GenericGetAttr/SetAttr — data descriptors on
 *    the type win, then the instance's own attributes (3.12 inline values or its `__dict__`),
 *    then non-data descriptors and class attributes;
 *  - `typeGetAttr` / `typeSetAttr`: attribute access on classes (metatype first);
 *  - `makeClass`: type(name, bases, ns) — C3 MRO, `__slots__`, layout and size, inherited native
 *    slots, and `fixupSlots`, which points each slot at the dunder the class defines (CPython's
 *    slotdefs/update_one_slot), so operators on instances call `__add__`, `__eq__`, `__len__` …
 */
import { exactHashers, intHashHook } from './exact-hash';
import { rt } from '../vm/state';
import { PyObject, decref, release } from './object';
import { PyType, TypeSlots, c3Linearize, NB, NB_COUNT, BinarySlot } from './typeobject';
import { objectType, typeType, strType, tupleType, functionType } from './core-types';
import { PyGCObject, InlineValues, gcTrack, gcUntrack, GC_FINALIZED } from './gcobject';
import {
  PyDict, newDict, dictSet, dictSetInterned, dictForEach, dictCopyHook, dictPop, SharedKeys, sharedKeysAdd, newSplitDict, valuesArrayBytes,
} from './dict';
import { PyStr, newStr, internStr, runtimeIdentifier } from './str';
import { PyTuple, newTuple, newTupleFromBorrowed } from './tuple';
import { newList } from './list';
import { tpCall, makeTpCallArgs } from './tp-call';
import { addSubclass } from './subclass-registry';
import { None, NotImplemented } from './singletons';
import { True, False, PyInt } from './int';
import { typeError, attributeError, PyThrown, exceptionFactory } from './errors';
import { call, isTrue, noAttribute, hashOf } from './abstract';
import { allocObject, allocBuffer, freeBuffer } from './alloc';
import { PyFunction } from './function';
import { PyMethodDescr } from './descriptors';

// ------------------------------------------------------------------ instance attribute storage
/**
 * init_inline_values (object.__new__ → _PyObject_InitializeDict): the class's shared keys
 * shrink by one (down to 1), and the instance gets a values array of
 * shared_keys_usable_size = dk_nentries + dk_usable slots (new_values, PyMem).
 */
export function initInlineValues(o: PyGCObject, t: PyType): void {
  const keys = t.cachedKeys!;
  if (keys.usable > 1) keys.usable--;
  const size = keys.names.length + keys.usable;
  o.inline = new InlineValues(keys, size, allocBuffer(valuesArrayBytes(size)));
}

/**
 * The instance's `__dict__` as a heap dict (PyObject_GenericGetDict): from inline values,
 * make_dict_from_instance_attributes — a split dict that takes over the values array; with
 * neither (instances of builtin subclasses, or after gc cleared them),
 * new_dict_with_shared_keys — a split dict with a fresh values array.
 */
export function materializeDict(o: PyGCObject): PyDict {
  if (o.attrDict !== null) return o.attrDict as PyDict;
  const inl = o.inline;
  if (inl !== null) {
    o.inline = null;
    const d = newSplitDict(inl.keys, inl.addr, inl.order, inl.vals);
    o.attrDict = d;
    return d;
  }
  const ck = o.type.cachedKeys;
  if (ck !== null && o.attrs === null) {
    const addr = allocBuffer(valuesArrayBytes(ck.names.length + ck.usable));
    const d = newSplitDict(ck, addr, [], []);
    o.attrDict = d;
    return d;
  }
  const d = newDict();
  if (o.attrs !== null) {
    for (const [k, v] of o.attrs) {
      dictSetInterned(d, k, v);
      decref(v); // the dict now owns the reference the inline values held
    }
    o.attrs = null;
  }
  o.attrDict = d;
  return d;
}

/**
 * A GC object, or an instance of a heap subclass of a non-GC builtin (int, float, str …) that
 * was given PyGCObject's fields when created (initSubclassInstance).
 */
export function isGCLike(o: PyObject): o is PyGCObject {
  return o instanceof PyGCObject || (o as { attrs?: unknown }).attrs !== undefined;
}

export function hasInstanceDict(o: PyObject): o is PyGCObject {
  return isGCLike(o) && o.type.managedDict;
}

function instanceAttr(o: PyGCObject, name: string): PyObject | null {
  const inl = o.inline;
  if (inl !== null) {
    const ix = inl.keys.index.get(name);
    return ix === undefined ? null : inl.vals[ix] ?? null;
  }
  if (o.attrs !== null) return o.attrs.get(name) ?? null;
  if (o.attrDict !== null) return (o.attrDict as PyDict).getStr(name);
  return null;
}

// ------------------------------------------------------------------ generic getattr / setattr
export function genericGetAttr(o: PyObject, name: string): PyObject | null {
  const type = o.type;
  const descr = type.lookup(name);
  let get: TypeSlots['descrGet'];
  if (descr !== null) {
    get = descr.type.slots.descrGet;
    if (get !== undefined && descr.type.slots.descrSet !== undefined) return get(descr, o, type);
  }
  if (isGCLike(o) && (o.inline !== null || o.attrs !== null || o.attrDict !== null)) {
    const v = instanceAttr(o, name);
    if (v !== null) {
      v.rc++;
      return v;
    }
  }
  if (descr !== null) {
    if (get !== undefined) return get(descr, o, type);
    descr.rc++;
    return descr;
  }
  return null;
}

/** Does the instance itself (its inline values or __dict__) hold `name`? */
export function hasInstanceAttr(o: PyObject, name: string): boolean {
  return isGCLike(o) && (o.inline !== null || o.attrs !== null || o.attrDict !== null) && instanceAttr(o, name) !== null;
}

export function genericSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const type = o.type;
  const descr = type.lookup(name);
  if (descr !== null) {
    const set = descr.type.slots.descrSet;
    if (set !== undefined) {
      set(descr, o, v);
      return;
    }
  }
  if (!isGCLike(o) || !type.managedDict) {
    if (descr === null) {
      throw typeName(o) === 'object'
        ? attributeError(`'object' object has no attribute '${name}'`)
        : noAttribute(o, name);
    }
    throw attributeError(`'${type.name}' object attribute '${name}' is read-only`);
  }
  const inl = o.inline;
  if (inl !== null) {
    storeInstanceAttribute(o, inl, name, v);
    return;
  }
  if (o.attrDict === null && (o.attrs === null || type.cachedKeys !== null) && v !== null) {
    // _PyObjectDict_SetItem: no values and no dict yet → new_dict_with_shared_keys (managed
    // dict) or, for a dict slot (tp_dictoffset: exceptions, builtin subclasses), PyDict_New —
    // a real, GC-tracked dict object either way
    materializeDict(o);
  }
  if (o.attrDict !== null) {
    const d = o.attrDict as PyDict;
    if (v === null) {
      const key = newStr(name);
      const old = dictPop(d, key);
      decref(key);
      if (old === null) throw noAttribute(o, name);
      decref(old);
    } else dictSetInterned(d, name, v);
    return;
  }
  if (o.attrs === null) o.attrs = new Map();
  const old = o.attrs.get(name);
  if (v === null) {
    if (old === undefined) throw noAttribute(o, name);
    o.attrs.delete(name);
    decref(old);
    return;
  }
  v.rc++;
  o.attrs.set(name, v);
  if (old !== undefined) decref(old);
}

const typeName = (o: PyObject) => o.type.name;

/**
 * _PyObject_StoreInstanceAttribute: the name is looked up in (or appended to) the class's
 * shared keys — even for a deletion — and the value stored at its index; when the shared
 * keys are full the instance's dict is materialised and the store goes to it.
 */
function storeInstanceAttribute(o: PyGCObject, inl: InlineValues, name: string, v: PyObject | null): void {
  const keys = inl.keys;
  let ix = keys.index.get(name);
  if (ix === undefined) {
    if (keys.usable <= 0) {
      const d = materializeDict(o);
      if (v === null) {
        const key = newStr(name);
        const old = dictPop(d, key);
        decref(key);
        if (old === null) throw noAttribute(o, name);
        decref(old);
      } else dictSetInterned(d, name, v);
      return;
    }
    ix = sharedKeysAdd(keys, name);
  }
  const vals = inl.vals;
  const old = vals[ix] ?? null;
  if (v !== null) v.rc++;
  vals[ix] = v;
  if (old === null) {
    if (v === null) throw noAttribute(o, name);
    inl.added(ix);
  } else {
    if (v === null) inl.removed(ix);
    decref(old);
  }
}

// ------------------------------------------------------------------ attribute access on types
export function typeGetAttr(o: PyObject, name: string): PyObject | null {
  const type = o as PyType;
  const meta = type.type;
  const metaAttr = meta.lookup(name);
  let metaGet: TypeSlots['descrGet'];
  if (metaAttr !== null) {
    metaGet = metaAttr.type.slots.descrGet;
    if (metaGet !== undefined && metaAttr.type.slots.descrSet !== undefined) return metaGet(metaAttr, type, meta);
  }
  const attr = type.lookup(name);
  if (attr !== null) {
    const get = attr.type.slots.descrGet;
    if (get !== undefined) return get(attr, null, type);
    attr.rc++;
    return attr;
  }
  if (metaAttr !== null) {
    if (metaGet !== undefined) return metaGet(metaAttr, type, meta);
    metaAttr.rc++;
    return metaAttr;
  }
  return null;
}

export function typeSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const type = o as PyType;
  if (!type.isHeapType) {
    throw typeError(
      `cannot set '${name}' attribute of immutable type '${type.name}'`,
    );
  }
  const metaAttr = type.type.lookup(name);
  if (metaAttr !== null && metaAttr.type.slots.descrSet !== undefined) {
    metaAttr.type.slots.descrSet(metaAttr, type, v);
    return;
  }
  if (v === null) {
    const key = newStr(name);
    const old = dictPop(type.dict, key);
    decref(key);
    if (old === null) throw attributeError(`type object '${type.name}' has no attribute '${name}'`);
    decref(old);
  } else {
    dictSetInterned(type.dict, name, v);
  }
  type.invalidateCaches();
  if (name.startsWith('__') && name.endsWith('__')) {
    const work: PyType[] = [type];
    while (work.length) {
      const t = work.pop()!;
      fixupSlots(t);
      work.push(...t.subclasses);
    }
  }
}

// ------------------------------------------------------------------ calling dunders
/** Call the special method `name` found on type(o) with o as self (vectorcall_method). */
export function callDunder(o: PyObject, name: string, args: PyObject[]): PyObject {
  const f = o.type.lookup(name);
  if (f === null) throw noAttribute(o, name);
  if (f.type === functionType) return call(f, [o, ...args]);
  const get = f.type.slots.descrGet;
  if (get === undefined) return call(f, args);
  const bound = get(f, o, o.type);
  try {
    return call(bound, args);
  } finally {
    decref(bound);
  }
}

function hasOwnDunder(t: PyType, name: string): PyObject | null {
  return t.lookup(name);
}

/** Does the attribute found come from a builtin type's native slot wrapper? Then keep the native slot. */
function isNativeWrapperOf(attr: PyObject): boolean {
  return attr instanceof PyMethodDescr && attr.owner.isHeapType === false && attr.type.name === 'wrapper_descriptor';
}

const binarySlotNames: [NB, string, string, string][] = [
  [NB.ADD, '__add__', '__radd__', '__iadd__'],
  [NB.AND, '__and__', '__rand__', '__iand__'],
  [NB.FLOOR_DIVIDE, '__floordiv__', '__rfloordiv__', '__ifloordiv__'],
  [NB.LSHIFT, '__lshift__', '__rlshift__', '__ilshift__'],
  [NB.MATRIX_MULTIPLY, '__matmul__', '__rmatmul__', '__imatmul__'],
  [NB.MULTIPLY, '__mul__', '__rmul__', '__imul__'],
  [NB.REMAINDER, '__mod__', '__rmod__', '__imod__'],
  [NB.OR, '__or__', '__ror__', '__ior__'],
  [NB.POWER, '__pow__', '__rpow__', '__ipow__'],
  [NB.RSHIFT, '__rshift__', '__rrshift__', '__irshift__'],
  [NB.SUBTRACT, '__sub__', '__rsub__', '__isub__'],
  [NB.TRUE_DIVIDE, '__truediv__', '__rtruediv__', '__itruediv__'],
  [NB.XOR, '__xor__', '__rxor__', '__ixor__'],
  [NB.DIVMOD, '__divmod__', '__rdivmod__', ''],
];

const cmpNames = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/**
 * Point this class's slots at its dunders: for each special method the class (or a base written
 * in Python) defines, install a slot that calls it; otherwise keep the slot inherited from the
 * nearest builtin base. (update_one_slot in CPython.)
 */
export function fixupSlots(t: PyType): void {
  const base = t.base ?? objectType;
  const inherited = nativeSlotsOf(t);
  const s: TypeSlots = { ...inherited };
  const py = (name: string): PyObject | null => {
    const a = hasOwnDunder(t, name);
    return a !== null && !isNativeWrapperOf(a) ? a : null;
  };

  if (py('__repr__')) s.repr = (o) => callDunder(o, '__repr__', []);
  if (py('__str__')) s.str = (o) => callDunder(o, '__str__', []);
  const hashAttr = t.lookup('__hash__');
  if (hashAttr === None) s.hash = null;
  else if (py('__hash__')) {
    s.hash = (o) => Number(hashResultExact(callDunder(o, '__hash__', [])));
    exactHashers.set(t, (o) => hashResultExact(callDunder(o, '__hash__', [])));
  }
  else if (py('__eq__') && t.dict.getStr('__hash__') === null && t.dict.getStr('__eq__') !== null) {
    // a class that defines __eq__ but not __hash__ gets __hash__ = None (set in makeClass)
    s.hash = null;
  }
  if (cmpNames.some((n) => py(n))) {
    s.richcompare = (a, b, op) => {
      const name = cmpNames[op];
      if (a.type.lookup(name) === null) return NotImplemented;
      return callDunder(a, name, [b]);
    };
  }
  if (py('__iter__')) s.iter = (o) => callDunder(o, '__iter__', []);
  if (py('__next__')) {
    s.iternext = (o) => {
      try {
        return callDunder(o, '__next__', []);
      } catch (e) {
        if (e instanceof PyThrown && e.exc.type === exceptionFactory.types['StopIteration']) {
          decref(e.exc);
          return null;
        }
        throw e;
      }
    };
    s.iternextRaising = (o) => callDunder(o, '__next__', []);
  }
  if (py('__call__')) {
    // slot_tp_call: no vectorcall, so the call packs its arguments first (tp-call.ts)
    s.call = (o, args, kw) => {
      const packed = tpCall.fromTuple ? null : makeTpCallArgs(args, kw);
      tpCall.fromTuple = false;
      try {
        return callDunderKw(o, '__call__', args, kw);
      } finally {
        if (packed !== null) packed();
      }
    };
  }
  if (py('__getattribute__') || py('__getattr__')) {
    const hasGetattribute = py('__getattribute__') !== null;
    const hasGetattr = py('__getattr__') !== null;
    s.getattro = (o, name) => {
      let r: PyObject | null;
      if (hasGetattribute) {
        const n = internStr(name);
        try {
          r = callDunder(o, '__getattribute__', [n]);
        } catch (e) {
          if (hasGetattr && e instanceof PyThrown && e.exc.type.isSubtypeOf(exceptionFactory.types['AttributeError'])) {
            decref(e.exc);
            return callDunder(o, '__getattr__', [n]);
          }
          throw e;
        }
        return r;
      }
      r = genericGetAttr(o, name);
      if (r !== null || !hasGetattr) return r;
      return callDunder(o, '__getattr__', [internStr(name)]);
    };
  }
  if (py('__setattr__') || py('__delattr__')) {
    s.setattro = (o, name, v) => {
      const r = v === null ? callDunder(o, '__delattr__', [internStr(name)]) : callDunder(o, '__setattr__', [internStr(name), v]);
      decref(r);
    };
  }
  if (py('__get__')) s.descrGet = (d, obj, type) => callDunder(d, '__get__', [obj ?? None, type]);
  if (py('__set__') || py('__delete__')) {
    s.descrSet = (d, obj, v) => {
      const r = v === null ? callDunder(d, '__delete__', [obj]) : callDunder(d, '__set__', [obj, v]);
      decref(r);
    };
  }
  if (py('__len__')) s.len = (o) => lenResult(callDunder(o, '__len__', []));
  if (py('__bool__')) {
    s.bool = (o) => {
      const r = callDunder(o, '__bool__', []);
      if (r === True) return true;
      if (r === False) return false;
      decref(r);
      throw typeError(`__bool__ should return bool, returned ${r.type.name}`);
    };
  } else if (py('__len__')) {
    s.bool = undefined;
  }
  if (py('__getitem__')) s.getitem = (o, k) => callDunder(o, '__getitem__', [k]);
  if (py('__setitem__') || py('__delitem__')) {
    s.setitem = (o, k, v) => {
      const r = v === null ? callDunder(o, '__delitem__', [k]) : callDunder(o, '__setitem__', [k, v]);
      decref(r);
    };
  }
  if (py('__contains__')) {
    s.contains = (o, v) => {
      const r = callDunder(o, '__contains__', [v]);
      const b = isTrue(r);
      decref(r);
      return b;
    };
  }
  for (const [name, slot] of [
    ['__neg__', 'negative'],
    ['__pos__', 'positive'],
    ['__invert__', 'invert'],
    ['__abs__', 'absolute'],
    ['__int__', 'int'],
    ['__float__', 'float'],
    ['__index__', 'index'],
  ] as const) {
    if (py(name)) s[slot] = (o: PyObject) => callDunder(o, name, []);
  }
  if (binarySlotNames.some(([, l, r, i]) => py(l) || py(r) || (i && py(i)))) {
    const left: (BinarySlot | undefined)[] = (inherited.nbLeft ?? []).slice();
    const right: (BinarySlot | undefined)[] = (inherited.nbRight ?? []).slice();
    const inpl: (BinarySlot | undefined)[] = (inherited.nbInplace ?? []).slice();
    left.length = right.length = inpl.length = NB_COUNT;
    for (const [i, l, r, ip] of binarySlotNames) {
      if (py(l)) left[i] = (a, b) => (a.type.lookup(l) !== null ? callDunder(a, l, [b]) : NotImplemented);
      if (py(r)) right[i] = (a, b) => (b.type.lookup(r) !== null ? callDunder(b, r, [a]) : NotImplemented);
      if (ip && py(ip)) inpl[i] = (a, b) => callDunder(a, ip, [b]);
    }
    s.nbLeft = left;
    s.nbRight = right;
    s.nbInplace = inpl;
  }
  if (py('__init__')) {
    s.init = (o, args, kw) => {
      const r = callDunderKw(o, '__init__', args, kw);
      if (r !== None) {
        decref(r);
        throw typeError(`__init__() should return None, not '${r.type.name}'`);
      }
    };
  }
  if (py('__new__')) {
    s.new = (type, args, kw) => {
      const f = type.lookup('__new__')!;
      const fn = f.type.name === 'staticmethod' ? (f as unknown as { callable: PyObject }).callable : f;
      return call(fn, [type, ...args], kw);
    };
  }
  if (py('__del__')) s.finalize = (o) => decref(callDunder(o, '__del__', []));
  void base;
  t.slots = s;
}

export function callDunderKw(o: PyObject, name: string, args: PyObject[], kw: string[] | null): PyObject {
  if (kw === null || kw.length === 0) return callDunder(o, name, args);
  const f = o.type.lookup(name);
  if (f === null) throw noAttribute(o, name);
  if (f instanceof PyFunction) {
    // lookup_method finds a plain function: _PyObject_Call_Prepend(self, args, kwargs) →
    // _PyObject_FastCallDictTstate → _PyStack_UnpackDict: a PyMem array of the arguments
    // (after a heap one for the prepended stack when it outgrows its 5-slot C array) and a
    // tuple of the keyword names, alive for the call
    const npos = args.length - kw.length;
    const prepended = npos + 1 > 5 ? allocBuffer((npos + 1) * 8) : 0;
    const stack = allocBuffer((1 + npos + 1 + kw.length) * 8);
    const kwnames = newTuple(kw.map((k) => internStr(k)));
    try {
      return call(f, [o, ...args], kw);
    } finally {
      freeBuffer(stack);
      decref(kwnames);
      if (prepended !== 0) freeBuffer(prepended);
    }
  }
  const get = f.type.slots.descrGet;
  const bound = get !== undefined ? get(f, o, o.type) : (f.rc++, f);
  try {
    return call(bound, args, kw);
  } finally {
    decref(bound);
  }
}

/**
 * slot_tp_hash: the int __hash__ returned, as a Py_hash_t when it fits (-1 becomes -2), else
 * the hash of that int.
 */
function hashResultExact(r: PyObject): bigint {
  if (!(r instanceof PyInt)) {
    decref(r);
    throw typeError('__hash__ method should return an integer');
  }
  const v = BigInt(r.value);
  decref(r);
  if (v >= -(2n ** 63n) && v < 2n ** 63n) return v === -1n ? -2n : v;
  return intHashHook.fn(v);
}

function lenResult(r: PyObject): number {
  if (!(r instanceof PyInt)) {
    const n = r.type.name;
    decref(r);
    throw typeError(`'${n}' object cannot be interpreted as an integer`);
  }
  const raw = r.value;
  decref(r);
  // slot_sq_length: PyNumber_AsSsize_t(res, PyExc_OverflowError)
  if (typeof raw === 'bigint' && (raw > 0x7fffffffffffffffn || raw < -0x8000000000000000n)) {
    throw new PyThrown(exceptionFactory.make(exceptionFactory.types['OverflowError'], "cannot fit 'int' into an index-sized integer"));
  }
  const v = Number(raw);
  if (v < 0) throw valueErrorLen();
  return v;
}

function valueErrorLen(): PyThrown {
  return new PyThrown(exceptionFactory.make(exceptionFactory.types['ValueError'], '__len__() should return >= 0'));
}

/** Slots of the nearest builtin (non-heap) type in the MRO, plus natives inherited along the way. */
function nativeSlotsOf(t: PyType): TypeSlots {
  for (const b of t.mro) if (!b.isHeapType) return b.slots;
  return objectType.slots;
}

// ------------------------------------------------------------------ class creation
/**
 * solid_base: the nearest type (itself or an ancestor) that adds instance fields to its base —
 * __slots__ for classes, a larger struct for builtins — so ValueError and KeyError (both plain
 * BaseException structs) share BaseException's layout and can be combined.
 */
function solidOf(t: PyType): PyType {
  const base = t.base;
  if (base === null) return t;
  const s = solidOf(base);
  if (t.isHeapType) return t.nslots > base.nslots ? t : s;
  if (!base.isHeapType && t.basicsize === base.basicsize && t.itemsize === base.itemsize) return s;
  return t;
}

/** The most derived builtin layout among the bases ("solid base"); TypeError on conflicts. */
function solidBase(bases: PyType[]): PyType {
  let winner: PyType | null = null;
  for (const b of bases) {
    const candidate = solidOf(b);
    if (winner === null || candidate.isSubtypeOf(winner)) winner = candidate;
    else if (!winner.isSubtypeOf(candidate)) throw typeError('multiple bases have instance lay-out conflict');
  }
  return winner ?? objectType;
}

/**
 * type.__new__(metatype, name, bases, namespace): build a class. `ns` is borrowed (copied).
 */
export function makeClass(
  metatype: PyType,
  name: string,
  bases: PyType[],
  ns: PyDict,
  initKw: { values: PyObject[]; names: string[] } | null = null,
  basesTuple: PyTuple | null = null,
): PyType {
  if (bases.length === 0) bases = [objectType];
  for (const b of bases) {
    if (!b.isBaseType) throw typeError(`type '${b.name}' is not an acceptable base type`);
  }
  const solid = solidBase(bases);
  // __slots__ names, checked before anything is allocated (type_new_slots)
  const slotsAttr = ns.getStr('__slots__');
  let slotNames: string[] = [];
  if (slotsAttr !== null) {
    const names: string[] =
      slotsAttr.type === strType ? [(slotsAttr as PyStr).value] : iterStrings(slotsAttr);
    slotNames = names.map((n) => mangleName(name, n));
    for (const sn of names) {
      if (sn !== '__dict__' && sn !== '__weakref__' && ns.getStr(sn) !== null) {
        throw new PyThrown(
          exceptionFactory.make(exceptionFactory.types['ValueError'], `'${sn}' in __slots__ conflicts with class variable`),
        );
      }
    }
  }
  const t = new PyType(metatype, name, bases[0].layout);
  t.isHeapType = true;
  t.hasGC = true;
  t.bases = bases;
  t.base = bases.find((b) => b.isSubtypeOf(solid) || solid.isSubtypeOf(b)) ?? bases[0];
  t.layout = solid.layout;
  const mro = c3Linearize(t, bases);
  if (mro === null) {
    throw typeError(
      `Cannot create a consistent method resolution\norder (MRO) for bases ${bases.map((b) => b.name).join(', ')}`,
    );
  }
  t.mro = mro;
  // What a class is made of on the heap (Objects/typeobject.c type_new_impl, type_ready), in
  // CPython's allocation order: tp_bases (the class statement's tuple, or a new `(object,)`),
  // the namespace copy, the type object itself (tracked at allocation), tp_mro — a tuple holding
  // the class itself, so every class is a reference cycle that only the collector frees — then
  // member descriptors for __slots__ and the `__dict__` / `__weakref__` getset descriptors, each
  // holding a reference to the class (d_type).
  metatype.rc++;
  if (basesTuple !== null && basesTuple.items.length > 0) {
    basesTuple.rc++;
    t.basesTuple = basesTuple;
  } else {
    t.basesTuple = newTuple(bases.map((b) => (b.rc++, b)));
  }
  t.base.rc++; // tp_base
  t.dict = dictCopyHook.fn(ns); // type_new_init: PyDict_Copy(orig_dict), before the type object
  if (slotsAttr !== null) t.htSlots = copySlotsTuple(slotsAttr, slotNames);
  // type_new_alloc: metatype->tp_alloc(metatype, nslot) — PyType_GenericAlloc allocates
  // nitems + 1 PyMemberDef (40 bytes each) after the 920-byte PyHeapTypeObject
  const newSlots = slotNames.filter((n) => n !== '__dict__' && n !== '__weakref__').length;
  allocObject(t, 920 + 40 * (newSlots + 1));
  gcTrack(t);
  t.mroTuple = newTuple(mro.map((b) => (b.rc++, b)));

  // __slots__
  t.nslots = bases.reduce((n, b) => Math.max(n, b.nslots), 0);
  let wantsDict = true;
  let wantsWeakref = true;
  if (slotsAttr !== null) {
    const names = slotNames;
    wantsDict = names.includes('__dict__') || bases.some((b) => b.managedDict);
    wantsWeakref = names.includes('__weakref__') || bases.some((b) => b.weakrefable && b !== objectType);
    // member descriptors follow ht_slots, which type_new_copy_slots sorted
    t.slotNames = names.filter((n) => n !== '__dict__' && n !== '__weakref__').sort(compareCodePoints);
    for (const sn of t.slotNames) slotMemberFactory.define(t, sn, t.nslots++);
  }
  const baseSize = solid.isHeapType ? solid.basicsize : solid.basicsize;
  t.basicsize = baseSize + 8 * (t.nslots - (solid.isHeapType ? solid.nslots : 0));
  t.itemsize = solid.itemsize;
  t.managedDict = wantsDict && solid.layout !== 'type';
  // type_new_slots: no weakref list is added to instances of a variable-size base (int, tuple, bytes)
  t.weakrefable = (wantsWeakref && solid.itemsize === 0) || solid.weakrefable;
  // type_new_descriptors: weakref support added by a heap type is MANAGED_WEAKREF (pre-header);
  // a builtin base's own weakref field (functions, sets, modules…) is reused
  const nativeBase = nativeBaseOf(t);
  t.inlineDict = nativeBase.inlineDict;
  t.managedWeakref = t.weakrefable && !nativeBase.weakrefable && nativeBase.itemsize === 0;
  if (slotsAttr === null && solid !== objectType && !solid.isHeapType && solid.layout !== 'type') {
    // subclass of a builtin: dict and weakref live in the instance (not "managed" pre-header);
    // a metaclass's instances are classes, whose dict is the type's own (tp_dict)
    t.managedDict = true;
  }

  // __qualname__, __module__, __doc__
  const qual = ns.getStr('__qualname__');
  t.qualname = qual !== null && qual.type === strType ? (qual as PyStr).value : name;
  if (qual !== null) {
    const k = newStr('__qualname__');
    const old = dictPop(t.dict, k);
    decref(k);
    if (old !== null) decref(old);
  }
  if (t.dict.getStr('__module__') === null) {
    // type_new_set_module: the calling frame's globals' __name__
    const modName = rt.frame?.globals.getStr('__name__') ?? null;
    if (modName !== null) dictSet(t.dict, runtimeIdentifier('__module__'), modName);
  }
  for (const special of ['__new__']) {
    const f = t.dict.getStr(special);
    if (f !== null && f.type === functionType) {
      const sm = staticWrapFactory.wrap(f);
      dictSet(t.dict, runtimeIdentifier(special), sm);
      decref(sm);
    }
  }
  for (const special of ['__init_subclass__', '__class_getitem__']) {
    const f = t.dict.getStr(special);
    if (f !== null && f.type === functionType) {
      const cm = staticWrapFactory.classmethod(f);
      dictSet(t.dict, runtimeIdentifier(special), cm);
      decref(cm);
    }
  }

  // __classcell__: the class body's `__class__` cell gets the new class (type_new_set_classcell)
  {
    const k = newStr('__classcell__');
    const cell = dictPop(t.dict, k);
    decref(k);
    if (cell !== null) {
      const c = cell as unknown as { ref: PyObject | null };
      if (c.ref === null) {
        c.ref = t;
        t.rc++;
      }
      decref(cell);
    }
  }
  for (const b of bases) addSubclass(b, t);
  classCreatedHook.fn(t);
  // PyType_Ready: __doc__ (type_dict_set_doc), then __hash__ = None for __eq__ without __hash__
  if (t.dict.getStr('__doc__') === null) dictSet(t.dict, runtimeIdentifier('__doc__'), None);
  if (ns.getStr('__eq__') !== null && ns.getStr('__hash__') === null) dictSet(t.dict, runtimeIdentifier('__hash__'), None);
  t.dealloc = instanceDeallocFor(t);
  t.freeMemory = solid.freeMemory;
  t.traverse = instanceTraverseFor(solid);
  fixupSlots(t);
  // Py_TPFLAGS_MANAGED_DICT (every heap type with a dict except BaseException's subclasses,
  // whose base has its own dict slot): type_ready_managed_dict gives the class its shared keys
  // (_PyDict_NewKeysForClass), allocated when the class is created.
  if (t.managedDict && nativeBaseOf(t).layout !== 'exception') t.cachedKeys = new SharedKeys();
  try {
    setNames(t);
    initSubclass(t, initKw);
  } catch (e) {
    decref(t);
    throw e;
  }
  return t;
}

/**
 * type_new_set_names: call `__set_name__(owner, name)` on class attributes that define it,
 * iterating over a copy of the class dict (PyDict_Copy: a dict allocated and freed for every
 * class statement — a fresh one, counted by the gc, when the dict free list is empty).
 */
function setNames(t: PyType): void {
  const copy = dictCopyHook.fn(t.dict);
  const items: [PyObject, PyObject][] = [];
  dictForEach(copy, (k, v) => items.push([k, v]));
  try {
    setNamesOf(t, items);
  } finally {
    decref(copy);
  }
}

function setNamesOf(t: PyType, items: [PyObject, PyObject][]): void {
  for (const [k, v] of items) {
    const f = v.type.lookup('__set_name__');
    if (f === null) continue;
    v.rc++;
    try {
      decref(callDunder(v, '__set_name__', [t, k]));
    } finally {
      decref(v);
    }
  }
}

/** type_new_init_subclass: super(t, t).__init_subclass__() */
function initSubclass(t: PyType, kw: { values: PyObject[]; names: string[] } | null): void {
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].dict.getStr('__init_subclass__');
    if (f === null) continue;
    const get = f.type.slots.descrGet;
    const bound = get !== undefined ? get(f, null, t) : (f.rc++, f);
    try {
      decref(kw === null || kw.names.length === 0 ? call(bound, []) : call(bound, kw.values, kw.names));
    } finally {
      decref(bound);
    }
    return;
  }
}

/** Code-point order, as unicode_compare sorts str objects. */
function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < x.length && i < y.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

/**
 * ht_slots as type_new_get_slots / type_new_copy_slots build it (Objects/typeobject.c): the
 * `__slots__` value made a tuple (PyTuple_Pack(1, s) for a str, PySequence_Tuple otherwise, which
 * returns a tuple itself), a new list of the names without `__dict__`/`__weakref__`, sorted and
 * turned into a new tuple (PyList_AsTuple) that the class keeps; the list and the first tuple
 * are released.
 */
function copySlotsTuple(slotsAttr: PyObject, names: string[]): PyObject {
  let asTuple: PyTuple;
  if (slotsAttr.type === strType) asTuple = newTupleFromBorrowed([slotsAttr]);
  else if (slotsAttr.type === tupleType) (asTuple = slotsAttr as PyTuple), asTuple.rc++;
  else asTuple = newTupleFromBorrowed((slotsAttr as unknown as { items: PyObject[] }).items);
  // _Py_Mangle returns a new reference: the same str, or a new one for a private name
  const kept: PyObject[] = [];
  asTuple.items.forEach((x, i) => {
    if (names[i] === '__dict__' || names[i] === '__weakref__') return;
    if (names[i] === (x as PyStr).value) (x.rc++, kept.push(x));
    else kept.push(newStr(names[i]));
  });
  const list = newList(kept.slice());
  const sorted = kept.slice().sort((a, b) => compareCodePoints((a as PyStr).value, (b as PyStr).value));
  const tuple = newTupleFromBorrowed(sorted);
  decref(list);
  decref(asTuple);
  return tuple;
}

/** _Py_Mangle (Python/compile.c): `__x` in class `_C` is `_C__x`, unless it ends in `__`, has a dot, or the class name is all underscores. */
function mangleName(className: string, n: string): string {
  if (!n.startsWith('__') || n.endsWith('__') || n.includes('.')) return n;
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? n : `_${stripped}${n}`;
}

function iterStrings(o: PyObject): string[] {
  const items = o instanceof PyTuple ? o.items : (o as unknown as { items?: PyObject[] }).items;
  if (!items) throw typeError(`__slots__ items must be strings, not '${o.type.name}'`);
  return items.map((x) => {
    if (x.type !== strType) throw typeError(`__slots__ items must be strings, not '${x.type.name}'`);
    return (x as PyStr).value;
  });
}

/** Installed by instance-descriptors.ts: add `__dict__`/`__weakref__` getsets to a new class. */
export const classCreatedHook = { fn: (_t: PyType): void => {} };

export const slotMemberFactory = {
  define(_t: PyType, _name: string, _index: number): void {
    throw new Error('slot members not bootstrapped');
  },
};
export const staticWrapFactory = {
  wrap(_f: PyObject): PyObject {
    throw new Error('not bootstrapped');
  },
  classmethod(_f: PyObject): PyObject {
    throw new Error('not bootstrapped');
  },
};

/** subtype_dealloc: finalizer (once), weakrefs, then the instance's attributes, then the base's. */
function instanceDeallocFor(t: PyType): (o: PyObject) => boolean {
  return (o) => {
    const g = o as PyGCObject;
    const fin = o.type.slots.finalize;
    if (fin !== undefined && (g.gcFlags & GC_FINALIZED) === 0) {
      o.rc = 1; // temporarily resurrect (PyObject_CallFinalizerFromDealloc)
      finalizerHook.run(o, fin);
      // PyObject_CallFinalizer marks the object finalized after tp_finalize returns (inside
      // __del__, gc.is_finalized(self) is False); the collector's finalize_garbage marks first
      g.gcFlags |= GC_FINALIZED;
      if (--o.rc !== 0) return true; // resurrected
    }
    // subtype_dealloc untracks before PyObject_ClearWeakRefs: a gc.collect() in a weakref
    // callback must not see the dying object (refcount 0) as garbage
    gcUntrack(g);
    if (g.weakrefs !== null) weakrefHook.clear(g);
    if (g.slotValues != null) for (const v of g.slotValues) release(v);
    const inl = g.inline;
    if (inl != null) {
      // _PyObject_FreeInstanceAttributes: values in key-table order, then the values array
      g.inline = null;
      const vals = inl.vals;
      const n = Math.min(inl.keys.names.length, vals.length);
      for (let i = 0; i < n; i++) if (vals[i] !== null) release(vals[i]);
      freeBuffer(inl.addr);
    }
    if (g.attrs != null) {
      for (const v of g.attrs.values()) release(v);
      g.attrs = null;
    }
    release(g.attrDict);
    g.attrDict = null;
    const baseDealloc = nativeBaseOf(t).dealloc;
    const res = baseDealloc(o);
    release(o.type);
    return res;
  };
}

function nativeBaseOf(t: PyType): PyType {
  for (const b of t.mro) if (!b.isHeapType) return b;
  return objectType;
}

function instanceTraverseFor(solid: PyType): (o: PyObject, visit: (r: PyObject) => void) => void {
  // subtype_traverse: each reference is visited exactly once (gc subtracts one per visit), so
  // the base traverse is the nearest builtin base's — heap bases would visit slots, attributes
  // and the type a second time — and exceptions' own traverse already covers the attributes.
  const native = nativeBaseOf(solid);
  const baseTraverse = native.traverse;
  const baseVisitsAttrs = native.layout === 'exception';
  return (o, visit) => {
    const g = o as PyGCObject;
    if (g.slotValues !== null) for (const v of g.slotValues) if (v !== null) visit(v);
    if (!baseVisitsAttrs) {
      const inl = g.inline;
      if (inl !== null) {
        // _PyObject_VisitInstanceAttributes: key-table order
        const vals = inl.vals;
        for (let i = 0; i < vals.length; i++) if (vals[i] !== null) visit(vals[i]!);
      }
      if (g.attrs !== null) for (const v of g.attrs.values()) visit(v);
      if (g.attrDict !== null) visit(g.attrDict);
    }
    visit(o.type);
    if (baseTraverse !== null) baseTraverse(o, visit);
  };
}

/** Hooks filled by the VM / weakref module. */
export const finalizerHook = {
  run(o: PyObject, fin: (o: PyObject) => void): void {
    fin(o);
  },
};
export const weakrefHook = {
  clear(_o: PyGCObject): void {},
};

export { newTuple, tupleType, typeType, newStr, gcUntrack, release };
