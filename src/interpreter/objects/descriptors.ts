/**
 * Native callables and descriptors (Objects/methodobject.c, descrobject.c, funcobject.c):
 *  - builtin functions and bound builtin methods (`len`, `[].append`)  → PyBuiltin
 *  - method descriptors in builtin types' dicts (`list.append`)          → PyMethodDescr
 *  - getset descriptors (`__dict__`, `__name__`, native properties)      → PyGetSetDescr
 *  - classmethod, staticmethod, property                                  → PyWrapper, PyProperty
 * and the small API builtin types use to define their methods.
 */
import { tpCall, makeTpCallArgs } from './tp-call';
import { newTupleFromBorrowed } from './tuple';
import { PyObject, release, decref } from './object';
import {
  builtinFunctionType, methodDescrType, getsetDescrType, classmethodType, staticmethodType, propertyType,
  wrapperDescrType, methodWrapperType,
} from './core-types';
import { PyType, NativeFn } from './typeobject';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject } from './alloc';
import { dictSetStr, dictSet, PyDict } from './dict';
import { runtimeIdentifier, TYPE_DICT_IDENTIFIERS } from './str';
import { typeError, attributeError } from './errors';
import { None } from './singletons';
import { call } from './abstract';
import { newMethod } from './function';
import { enterRecursiveCall, cRecursion } from './recursion-guard';

export class PyBuiltin extends PyGCObject {
  /** m_module: the defining module's name (module-level functions), else null. */
  moduleName: string | null = null;
  /** Calls take a unit of the C recursion budget (METH_O/VARARGS/NOARGS builtins). */
  entersRecursion = false;
  constructor(
    public name: string,
    public fn: NativeFn,
    public self: PyObject | null,
    public qualname: string,
    public doc: string | null = null,
    type = builtinFunctionType,
  ) {
    super(type);
  }
}

export function newBuiltin(name: string, fn: NativeFn, self: PyObject | null = null, qualname = name, immortal = false): PyBuiltin {
  const b = new PyBuiltin(name, fn, self, qualname);
  if (self !== null) self.rc++;
  allocObject(b, 56);
  if (!immortal) gcTrack(b);
  return b;
}

export class PyMethodDescr extends PyGCObject {
  /** Calls take a unit of the C recursion budget (a METH_O/VARARGS/NOARGS method in CPython). */
  entersRecursion = false;
  constructor(
    public owner: PyType,
    public name: string,
    public fn: NativeFn,
    public isClassMethod = false,
    type = methodDescrType,
  ) {
    super(type);
  }
}

export class PyGetSetDescr extends PyGCObject {
  constructor(
    public owner: PyType,
    public name: string,
    public get: (o: PyObject) => PyObject,
    public set: ((o: PyObject, v: PyObject | null) => void) | null,
  ) {
    super(getsetDescrType);
  }
}

/** classmethod / staticmethod: wrap a callable. */
export class PyWrapper extends PyGCObject {
  wrapDict: PyDict | null = null;
  constructor(
    type: PyType,
    public callable: PyObject,
  ) {
    super(type);
  }
}

export class PyProperty extends PyGCObject {
  constructor(
    public fget: PyObject,
    public fset: PyObject,
    public fdel: PyObject,
    public doc: PyObject,
  ) {
    super(propertyType);
  }
  /** Name given by __set_name__ (3.12 uses it in error messages). */
  propName: string | null = null;
}

// ------------------------------------------------------------------ definitions API
export function defineMethod(type: PyType, name: string, fn: NativeFn): void {
  const d = new PyMethodDescr(type, name, fn);
  allocObject(d, d.type.basicsize);
  dictSetStr(type.dict, name, d);
  d.rc--;
}

/** Mark methods whose CPython calling convention checks the C recursion budget on every call. */
export function markRecursionChecking(type: PyType, names: string[]): void {
  for (const name of names) {
    const d = type.dict.getStr(name);
    if (d instanceof PyMethodDescr) d.entersRecursion = true;
  }
}

export function defineClassMethod(type: PyType, name: string, fn: NativeFn): void {
  const d = new PyMethodDescr(type, name, fn, true);
  allocObject(d, d.type.basicsize);
  dictSetStr(type.dict, name, d);
  d.rc--;
}

export function defineStaticMethod(type: PyType, name: string, fn: NativeFn): void {
  const b = newBuiltin(name, fn, null, `${type.name}.${name}`);
  const sm = new PyWrapper(staticmethodType, b);
  allocObject(sm, 32);
  dictSetStr(type.dict, name, sm);
  sm.rc--;
}

export function defineGetSet(
  type: PyType,
  name: string,
  get: (o: PyObject) => PyObject,
  set: ((o: PyObject, v: PyObject | null) => void) | null = null,
): void {
  const d = new PyGetSetDescr(type, name, get, set);
  allocObject(d, d.type.basicsize);
  if (type.isHeapType) {
    // a class's own descriptor holds its class (d_type) and is tracked (descr_traverse)
    type.rc++;
    gcTrack(d);
  }
  // a class's `__dict__` / `__weakref__` are keyed by the runtime's static identifiers
  if (TYPE_DICT_IDENTIFIERS.includes(name)) dictSet(type.dict, runtimeIdentifier(name), d);
  else dictSetStr(type.dict, name, d);
  d.rc--;
}

/** A builtin function stored in a module's dict. */
export function defineFunction(dict: PyDict, name: string, fn: NativeFn, self: PyObject | null = null): PyBuiltin {
  const b = newBuiltin(name, fn, self);
  const modName = dict.getStr('__name__');
  b.moduleName = modName !== null && 'value' in modName ? String((modName as unknown as { value: string }).value) : null;
  dictSetStr(dict, name, b);
  b.rc--;
  return b;
}

// ------------------------------------------------------------------ argument checking
export function noKwargs(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${fname}() takes no keyword arguments`);
}

export function exactArgs(fname: string, args: PyObject[], kwnames: string[] | null, n: number): void {
  noKwargs(fname, kwnames);
  if (args.length !== n) {
    if (n === 0) throw typeError(`${fname}() takes no arguments (${args.length} given)`);
    if (n === 1) throw typeError(`${fname}() takes exactly one argument (${args.length} given)`);
    throw typeError(`${fname} expected ${n} arguments, got ${args.length}`);
  }
}

export function rangeArgs(fname: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  noKwargs(fname, kwnames);
  if (args.length < min) {
    throw typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  }
  if (args.length > max) {
    throw typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/**
 * Argument-Clinic-style parsing: `names` are the parameter names in order; the first `npos`
 * may be given positionally (`posOnly` of them only positionally); returns one slot per name
 * (null where not given). Messages follow CPython's _PyArg_UnpackKeywords.
 */
export function parseArgs(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  names: string[],
  required: number,
  npos = names.length,
  posOnly = 0,
): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  // every parameter positional-only: METH_O / _PyArg_NoKwnames
  if (nkw > 0 && posOnly >= names.length) throw typeError(`${fname}() takes no keyword arguments`);
  const nargs = args.length - nkw;
  if (nargs > npos) {
    if (npos === 0) throw typeError(`${fname}() takes no positional arguments`);
    throw typeError(
      `${fname}() takes ${npos === required ? 'exactly' : 'at most'} ${npos} positional argument${npos === 1 ? '' : 's'} (${nargs} given)`,
    );
  }
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = names.indexOf(name);
    if (i < 0 || i < posOnly) {
      // C functions (vgetargskeywords, _PyArg_UnpackKeywords) word it this way; Python functions differ
      throw typeError(`'${name}' is an invalid keyword argument for ${fname}()`);
    }
    if (out[i] !== null) throw typeError(`argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
    out[i] = args[nargs + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) {
      if (i < nargs + nkw || nkw > 0 || i >= npos) {
        throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      }
      throw typeError(
        `${fname}() takes ${npos === required ? 'exactly' : 'at least'} ${required} positional argument${required === 1 ? '' : 's'} (${nargs} given)`,
      );
    }
  }
  return out;
}

// ------------------------------------------------------------------ slots
/**
 * Slot wrappers (wrapper_descriptor, and method-wrapper when bound) have only tp_call in 3.12:
 * a call packs its arguments first (_PyObject_MakeTpCall, objects/tp-call.ts) — e.g.
 * `Base.__init__(self)` or `(1).__add__(2)` allocate a tuple.
 */
function packingTpCall(f: (o: PyObject, args: PyObject[], kw: string[] | null) => PyObject) {
  return (o: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    const packed = tpCall.fromTuple ? null : makeTpCallArgs(args, kw);
    tpCall.fromTuple = false;
    try {
      return f(o, args, kw);
    } finally {
      if (packed !== null) packed();
    }
  };
}

export function initDescriptorTypes(): void {
  builtinFunctionType.slots.call = (o, args, kw) => {
    const b = o as PyBuiltin;
    if (!b.entersRecursion) return b.fn(b.self ?? None, args, kw);
    enterRecursiveCall(' while calling a Python object');
    try {
      return b.fn(b.self ?? None, args, kw);
    } finally {
      cRecursion.remaining++;
    }
  };
  builtinFunctionType.dealloc = (o) => {
    gcUntrack(o as PyBuiltin);
    release((o as PyBuiltin).self);
    return false;
  };
  builtinFunctionType.traverse = (o, visit) => {
    const s = (o as PyBuiltin).self;
    if (s !== null) visit(s);
  };
  methodWrapperType.slots.call = packingTpCall(builtinFunctionType.slots.call!);
  methodWrapperType.dealloc = builtinFunctionType.dealloc;
  methodWrapperType.traverse = builtinFunctionType.traverse;

  const descrCall = (o: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    const d = o as PyMethodDescr;
    if (d.isClassMethod) return d.fn(d.owner, args, kw);
    if (args.length < 1 || (kw !== null && args.length - kw.length < 1)) {
      throw typeError(`unbound method ${d.owner.name}.${d.name}() needs an argument`);
    }
    const self = args[0];
    if (!self.type.isSubtypeOf(d.owner)) {
      // wrapperdescr_call and descr_check word it differently
      throw typeError(
        o.type === wrapperDescrType
          ? `descriptor '${d.name}' requires a '${d.owner.name}' object but received a '${self.type.name}'`
          : `descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${self.type.name}' object`,
      );
    }
    if (!d.entersRecursion) return d.fn(self, args.slice(1), kw);
    enterRecursiveCall(' while calling a Python object');
    try {
      return d.fn(self, args.slice(1), kw);
    } finally {
      cRecursion.remaining++;
    }
  };
  // wrapperdescr_call: self is args[0], the rest a new tuple (PyTuple_GetSlice(args, 1, argc))
  const wrapperDescrCall = (o: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    const npos = args.length - (kw === null ? 0 : kw.length);
    const rest = npos > 1 ? newTupleFromBorrowed(args.slice(1, npos)) : null;
    try {
      return descrCall(o, args, kw);
    } finally {
      if (rest !== null) decref(rest);
    }
  };
  for (const t of [methodDescrType, wrapperDescrType]) {
    t.slots.call = t === wrapperDescrType ? packingTpCall(wrapperDescrCall) : descrCall;
    t.slots.descrGet = (o, obj, type) => {
      const d = o as PyMethodDescr;
      if (d.isClassMethod) return newBuiltin(d.name, d.fn, obj !== null ? obj.type : type, `${d.owner.name}.${d.name}`);
      if (obj === null) {
        o.rc++;
        return o;
      }
      if (!obj.type.isSubtypeOf(d.owner)) {
        throw typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${obj.type.name}' object`);
      }
      if (o.type === wrapperDescrType) {
        // a bound slot wrapper is a method-wrapper (wrapperobject)
        const b = new PyBuiltin(d.name, d.fn, obj, `${d.owner.name}.${d.name}`, null, methodWrapperType);
        obj.rc++;
        allocObject(b, methodWrapperType.basicsize);
        gcTrack(b);
        return b;
      }
      const bound = newBuiltin(d.name, d.fn, obj, `${d.owner.name}.${d.name}`);
      bound.entersRecursion = d.entersRecursion;
      return bound;
    };
  }

  getsetDescrType.slots.descrGet = (o, obj) => {
    const d = o as PyGetSetDescr;
    if (obj === null) {
      o.rc++;
      return o;
    }
    return d.get(obj);
  };
  getsetDescrType.slots.descrSet = (o, obj, v) => {
    const d = o as PyGetSetDescr;
    if (d.set === null) {
      throw attributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
    }
    d.set(obj, v);
  };

  classmethodType.slots.descrGet = (o, obj, type) => {
    const w = o as PyWrapper;
    return newMethod(w.callable, obj !== null && type === null ? obj.type : type);
  };
  staticmethodType.slots.descrGet = (o) => {
    const w = o as PyWrapper;
    w.callable.rc++;
    return w.callable;
  };
  staticmethodType.slots.call = (o, args, kw) => call((o as PyWrapper).callable, args, kw);
  for (const t of [classmethodType, staticmethodType]) {
    t.dealloc = (o) => {
      gcUntrack(o as PyWrapper);
      release((o as PyWrapper).callable);
      release((o as PyWrapper).wrapDict);
      return false;
    };
    t.traverse = (o, visit) => {
      visit((o as PyWrapper).callable);
      const d = (o as PyWrapper).wrapDict;
      if (d !== null) visit(d);
    };
  }

  propertyType.slots.descrGet = (o, obj) => {
    const p = o as PyProperty;
    if (obj === null || obj === None) {
      o.rc++;
      return o;
    }
    if (p.fget === None) {
      throw attributeError(
        p.propName !== null
          ? `property '${p.propName}' of '${obj.type.qualname}' object has no getter`
          : `property of '${obj.type.qualname}' object has no getter`,
      );
    }
    return call(p.fget, [obj]);
  };
  propertyType.slots.descrSet = (o, obj, v) => {
    const p = o as PyProperty;
    const f = v === null ? p.fdel : p.fset;
    if (f === None) {
      const what = v === null ? 'deleter' : 'setter';
      throw attributeError(
        p.propName !== null
          ? `property '${p.propName}' of '${obj.type.qualname}' object has no ${what}`
          : `property of '${obj.type.qualname}' object has no ${what}`,
      );
    }
    const r = v === null ? call(f, [obj]) : call(f, [obj, v]);
    decref(r);
  };
  propertyType.dealloc = (o) => {
    const p = o as PyProperty;
    gcUntrack(p);
    release(p.fget);
    release(p.fset);
    release(p.fdel);
    release(p.doc);
    return false;
  };
  propertyType.traverse = (o, visit) => {
    const p = o as PyProperty;
    visit(p.fget);
    visit(p.fset);
    visit(p.fdel);
    visit(p.doc);
  };
}

export function newWrapper(type: PyType, callable: PyObject): PyWrapper {
  callable.rc++;
  const w = new PyWrapper(type, callable);
  allocObject(w, 32);
  gcTrack(w);
  return w;
}

export function newProperty(fget: PyObject, fset: PyObject, fdel: PyObject, doc: PyObject): PyProperty {
  for (const x of [fget, fset, fdel, doc]) x.rc++;
  const p = new PyProperty(fget, fset, fdel, doc);
  allocObject(p, 64);
  gcTrack(p);
  return p;
}

export { gcTrack };
