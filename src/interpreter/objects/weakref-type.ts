/**
 * Weak references (Objects/weakrefobject.c): `weakref.ReferenceType` (weakref.ref),
 * `weakref.ProxyType`, `weakref.CallableProxyType`, and PyObject_ClearWeakRefs.
 *
 * A referent's weakrefs form CPython's list (tp_weaklist), kept here as an array, head first:
 * the callback-less basic ref at the head (shared by every `ref(o)` without callback), the
 * callback-less proxy after it, and refs with callbacks inserted right after those (so newer
 * callbacks come first and run first). Weakref objects are GC-tracked, 64 bytes + GC header
 * (sys.getsizeof 80); they own their callback, not their referent.
 */
import { staticBuiltinType, inheritObjectSlots } from './static-type';
import { PyObject, decref, release } from './object';
import { PyType } from './typeobject';
import { PyGCObject, gcTrack, gcUntrack, isGC } from './gcobject';
import { typeType, functionType, setType, frozensetType, generatorType, methodType,
  builtinFunctionType, codeType, moduleType } from './core-types';
import { allocObject } from './alloc';
import { newStr, PyStr } from './str';
import { None, NotImplemented } from './singletons';
import { True, False } from './int';
import { typeError, exceptionFactory, PyThrown } from './errors';
import { call, getAttr, getAttrOrNull, setAttr, reprText, strText, hashOf, richCompare, isTrue, getItem, setItem,
  delItem, contains, length, getIter, binaryOp } from './abstract';
import { registerTypeInit } from './bootstrap';
import { hexAddr } from './object-type';
import { weakrefHook } from './classes';
import { subclassWeakref } from './subclass-registry';
import { defineGetSet } from './descriptors';

export type WeakKind = 'ref' | 'proxy' | 'callableproxy';

export class PyWeakRef extends PyGCObject {
  /** The referent (borrowed), or null once dead (CPython: Py_None). */
  obj: PyObject | null;
  callback: PyObject | null;
  hashCache: number | null = null;
  constructor(type: PyType, obj: PyObject, callback: PyObject | null, public kind: WeakKind) {
    super(type);
    this.obj = obj;
    this.callback = callback;
  }
}

export const refType = staticBuiltinType('ReferenceType', 64, 0, 'weakref', 'weakref');
export const proxyType = staticBuiltinType('ProxyType', 64, 0, 'weakref', 'weakref');
export const callableProxyType = staticBuiltinType('CallableProxyType', 64, 0, 'weakref', 'weakref');
proxyType.isBaseType = false;
callableProxyType.isBaseType = false;

export const isWeakref = (o: PyObject): o is PyWeakRef => o instanceof PyWeakRef;

// ------------------------------------------------------------------ the referent's list
const nonGCLists = new Map<PyObject, PyWeakRef[]>();

export function weakrefList(o: PyObject): PyWeakRef[] | null {
  if (o instanceof PyGCObject) return o.weakrefs as PyWeakRef[] | null;
  return nonGCLists.get(o) ?? null;
}

function setWeakrefList(o: PyObject, l: PyWeakRef[] | null): void {
  if (o instanceof PyGCObject) o.weakrefs = l;
  else if (l === null) nonGCLists.delete(o);
  else nonGCLists.set(o, l);
}

export function canWeakref(o: PyObject): boolean {
  return o.type.weakrefable;
}

/** get_basic_refs: the callback-less ref and proxy at the head of the list. */
function basicRefs(l: PyWeakRef[] | null): { ref: PyWeakRef | null; proxy: PyWeakRef | null; n: number } {
  let ref: PyWeakRef | null = null;
  let proxy: PyWeakRef | null = null;
  let i = 0;
  if (l !== null && i < l.length && l[i].type === refType && l[i].callback === null) ref = l[i++];
  if (l !== null && i < l.length && l[i].kind !== 'ref' && l[i].callback === null && (l[i].type === proxyType || l[i].type === callableProxyType)) proxy = l[i++];
  return { ref, proxy, n: i };
}

/** clear_weakref / _PyWeakref_ClearRef: unlink from the referent; keepCallback for the latter. */
export function clearWeakref(wr: PyWeakRef, keepCallback: boolean): void {
  const o = wr.obj;
  if (o !== null) {
    const l = weakrefList(o);
    if (l !== null) {
      const i = l.indexOf(wr);
      if (i >= 0) l.splice(i, 1);
      if (l.length === 0) setWeakrefList(o, null);
    }
    wr.obj = null;
  }
  if (!keepCallback && wr.callback !== null) {
    const cb = wr.callback;
    wr.callback = null;
    decref(cb);
  }
}

/** Report an exception that cannot propagate (installed by gc/unraisable). */
export const weakrefUnraisable = {
  report: (exc: PyObject, _obj: PyObject): void => decref(exc),
};

/** handle_callback */
export function handleCallback(wr: PyObject, cb: PyObject): void {
  try {
    decref(call(cb, [wr]));
  } catch (e) {
    if (e instanceof PyThrown) weakrefUnraisable.report(e.exc, cb);
    else throw e;
  }
}

/** PyObject_ClearWeakRefs: called by a weakly referenceable object's dealloc. */
export function clearWeakRefs(o: PyObject): void {
  let l = weakrefList(o);
  if (l === null) return;
  // remove the callback-less basic ref and proxy
  for (let k = 0; k < 2; k++) {
    if (l !== null && l.length > 0 && l[0].callback === null) clearWeakref(l[0], false);
    l = weakrefList(o);
  }
  if (l === null || l.length === 0) return;
  const items = l.slice();
  const pending: [PyWeakRef, PyObject][] = [];
  for (const wr of items) {
    const cb = wr.callback;
    wr.callback = null;
    clearWeakref(wr, false);
    if (cb !== null) {
      if (wr.rc > 0) {
        wr.rc++;
        pending.push([wr, cb]);
      } else decref(cb);
    }
  }
  for (const [wr, cb] of pending) {
    handleCallback(wr, cb);
    decref(cb);
    decref(wr);
  }
}

// ------------------------------------------------------------------ creation
function newWeak(type: PyType, ob: PyObject, callback: PyObject | null, kind: WeakKind): PyWeakRef {
  const wr = new PyWeakRef(type, ob, callback, kind);
  if (callback !== null) callback.rc++;
  if (type.isHeapType) type.rc++;
  if (type.nslots > 0) wr.slotValues = new Array(type.nslots).fill(null);
  allocObject(wr, type.basicsize);
  gcTrack(wr);
  return wr;
}

function insert(ob: PyObject, wr: PyWeakRef, atHead: boolean): void {
  let l = weakrefList(ob);
  if (l === null) {
    l = [];
    setWeakrefList(ob, l);
  }
  if (atHead) {
    l.unshift(wr);
    return;
  }
  const { n } = basicRefs(l);
  l.splice(n, 0, wr);
}

function notWeakrefable(ob: PyObject): PyThrown {
  return typeError(`cannot create weak reference to '${ob.type.name}' object`);
}

/** weakref___new__ */
export function newRef(type: PyType, ob: PyObject, callback: PyObject | null): PyWeakRef {
  if (!canWeakref(ob)) throw notWeakrefable(ob);
  if (callback === None) callback = null;
  const l = weakrefList(ob);
  if (callback === null && type === refType) {
    const { ref } = basicRefs(l);
    if (ref !== null) {
      ref.rc++;
      return ref;
    }
  }
  const wr = newWeak(type, ob, callback, 'ref');
  insert(ob, wr, callback === null && type === refType);
  return wr;
}

/** PyWeakref_NewProxy */
export function newProxy(ob: PyObject, callback: PyObject | null): PyWeakRef {
  if (!canWeakref(ob)) throw notWeakrefable(ob);
  if (callback === None) callback = null;
  const callable = ob.type.slots.call !== undefined;
  if (callback === null) {
    const { proxy } = basicRefs(weakrefList(ob));
    if (proxy !== null) {
      proxy.rc++;
      return proxy;
    }
  }
  const wr = newWeak(callable ? callableProxyType : proxyType, ob, callback, callable ? 'callableproxy' : 'proxy');
  if (callback === null) {
    const { ref, n } = basicRefs(weakrefList(ob));
    // the basic proxy goes right after the basic ref (or at the head)
    let l = weakrefList(ob);
    if (l === null) {
      l = [];
      setWeakrefList(ob, l);
    }
    l.splice(ref !== null ? 1 : 0, 0, wr);
    void n;
  } else insert(ob, wr, false);
  return wr;
}

export function weakrefCount(ob: PyObject): number {
  return weakrefList(ob)?.length ?? 0;
}

// ------------------------------------------------------------------ slots
function referenceError(): PyThrown {
  return new PyThrown(
    exceptionFactory.make(exceptionFactory.types['ReferenceError'], 'weakly-referenced object no longer exists'),
  );
}

/** The proxy's referent (borrowed), or ReferenceError. */
function proxied(o: PyObject): PyObject {
  const ob = (o as PyWeakRef).obj;
  if (ob === null) throw referenceError();
  return ob;
}

function withReferent<T>(o: PyObject, f: (ob: PyObject) => T): T {
  const ob = proxied(o);
  ob.rc++;
  try {
    return f(ob);
  } finally {
    decref(ob);
  }
}

registerTypeInit(() => {
  for (const t of [typeType, functionType, setType, frozensetType, generatorType, methodType, builtinFunctionType,
    codeType, moduleType]) {
    t.weakrefable = true;
  }
  for (const t of [refType, proxyType, callableProxyType]) {
    inheritObjectSlots(t);
    t.dealloc = (o) => {
      const wr = o as PyWeakRef;
      gcUntrack(wr);
      clearWeakref(wr, true);
      const cb = wr.callback;
      wr.callback = null;
      release(cb);
      return false;
    };
    t.traverse = (o, visit) => {
      const cb = (o as PyWeakRef).callback;
      if (cb !== null) visit(cb);
    };
  }
  const rs = refType.slots;
  rs.new = (type, args, kw) => {
    const n = kw === null ? args.length : args.length - kw.length;
    if (n < 1 || n > 2) {
      throw typeError(n < 1 ? `__new__ expected at least 1 argument, got ${n}` : `__new__ expected at most 2 arguments, got ${n}`);
    }
    return newRef(type, args[0], n > 1 ? args[1] : null);
  };
  rs.init = () => {};
  rs.call = (o, args, kw) => {
    if (args.length > 0 || (kw !== null && kw.length > 0)) throw typeError('weakref() takes no arguments');
    const ob = (o as PyWeakRef).obj ?? None;
    ob.rc++;
    return ob;
  };
  rs.repr = (o) => {
    const wr = o as PyWeakRef;
    const ob = wr.obj;
    if (ob === null) return newStr(`<weakref at ${hexAddr(o)}; dead>`);
    ob.rc++;
    try {
      let name: PyObject | null = null;
      try {
        name = getAttrOrNull(ob, '__name__');
      } catch (e) {
        if (!(e instanceof PyThrown)) throw e;
        decref(e.exc);
      }
      const base = `<weakref at ${hexAddr(o)}; to '${ob.type.name}' at ${hexAddr(ob)}`;
      if (name === null || !(name instanceof PyStr)) {
        if (name !== null) decref(name);
        return newStr(`${base}>`);
      }
      const s = `${base} (${name.value})>`;
      decref(name);
      return newStr(s);
    } finally {
      decref(ob);
    }
  };
  rs.hash = (o) => {
    const wr = o as PyWeakRef;
    if (wr.hashCache !== null) return wr.hashCache;
    if (wr.obj === null) throw typeError('weak object has gone away');
    const ob = wr.obj;
    ob.rc++;
    try {
      wr.hashCache = hashOf(ob);
    } finally {
      decref(ob);
    }
    return wr.hashCache;
  };
  rs.richcompare = (a, b, op) => {
    if ((op !== 2 && op !== 3) || !(b instanceof PyWeakRef) || b.kind !== 'ref') return NotImplemented;
    const x = (a as PyWeakRef).obj;
    const y = b.obj;
    if (x === null || y === null) {
      const same = a === b;
      return (op === 2) === same ? True : False;
    }
    x.rc++;
    y.rc++;
    try {
      return richCompare(x, y, op);
    } finally {
      decref(x);
      decref(y);
    }
  };
  defineGetSet(refType, '__callback__', (o) => {
    const cb = (o as PyWeakRef).callback ?? None;
    cb.rc++;
    return cb;
  });

  for (const t of [proxyType, callableProxyType]) {
    const s = t.slots;
    s.new = undefined;
    s.getattro = (o, name) => withReferent(o, (ob) => getAttr(ob, name));
    s.setattro = (o, name, v) => withReferent(o, (ob) => setAttr(ob, name, v));
    s.repr = (o) => {
      const ob = (o as PyWeakRef).obj ?? None;
      return newStr(`<weakproxy at ${hexAddr(o)} to ${ob.type.name} at ${hexAddr(ob)}>`);
    };
    s.str = (o) => withReferent(o, (ob) => newStr(strText(ob)));
    s.hash = () => {
      throw typeError(`unhashable type: 'weakref.${t.name}'`);
    };
    s.bool = (o) => withReferent(o, (ob) => isTrue(ob));
    s.len = (o) => withReferent(o, (ob) => length(ob));
    s.getitem = (o, k) => withReferent(o, (ob) => getItem(ob, k));
    s.setitem = (o, k, v) => withReferent(o, (ob) => (v === null ? delItem(ob, k) : setItem(ob, k, v)));
    s.contains = (o, v) => withReferent(o, (ob) => contains(ob, v));
    s.iter = (o) => withReferent(o, (ob) => getIter(ob));
    s.richcompare = (a, b, op) =>
      withReferent(a, (ob) => richCompare(ob, b instanceof PyWeakRef && b.kind !== 'ref' ? proxied(b) : b, op));
    const unwrap = (x: PyObject) => (x instanceof PyWeakRef && x.kind !== 'ref' ? proxied(x) : x);
    const nb: ((a: PyObject, b: PyObject) => PyObject)[] = [];
    for (let i = 0; i < 14; i++) nb[i] = (a, b) => binaryOp(unwrap(a), unwrap(b), i);
    s.nbLeft = nb;
    s.nbRight = nb;
    s.nbInplace = undefined;
    if (t === callableProxyType) s.call = (o, args, kw) => withReferent(o, (ob) => call(ob, args, kw));
    else s.call = undefined;
  }

  weakrefHook.clear = (o) => clearWeakRefs(o);
  subclassWeakref.make = (t) => newRef(refType, t, null);
  void reprText;
});

/**
 * Weakly referenceable builtin types clear their weakrefs first thing in tp_dealloc
 * (func_dealloc, set_dealloc, gen_dealloc …). Their dealloc hooks belong to their own modules,
 * so they are wrapped once the object world is complete (called from the collector's reset).
 */
let deallocsWrapped = false;
export function wrapWeakrefableDeallocs(): void {
  if (deallocsWrapped) return;
  deallocsWrapped = true;
  for (const t of [typeType, functionType, setType, frozensetType, generatorType, methodType, builtinFunctionType,
    codeType, moduleType]) {
    const orig = t.dealloc;
    t.dealloc = (o) => {
      if (weakrefList(o) !== null) {
        // these deallocs untrack the object before PyObject_ClearWeakRefs (a gc.collect() in a
        // callback must not find the dying object)
        if (isGC(o)) gcUntrack(o);
        clearWeakRefs(o);
      }
      return orig(o);
    };
  }
}
