/**
 * Struct sequences (Objects/structseq.c): named tuples implemented in C, such as
 * sys.version_info, sys.float_info, sys.int_info, sys.hash_info and sys.flags — tuple subclasses
 * whose items are also readable by field name, printed as `sys.version_info(major=3, …)`.
 * Also types.SimpleNamespace, for sys.implementation.
 */
import { PyObject, makeImmortal, decref, release } from './object';
import { PyType } from './typeobject';
import { PyGCObject, gcTrack, gcUntrack as gcUntrackHook } from './gcobject';
import { allocObject, allocStatic } from './alloc';
import { newDict, PyDict } from './dict';
import { PyTuple } from './tuple';
import { newTupleOfType } from './tuple-type';
import { newStr, PyStr } from './str';
import { typeError } from './errors';
import { reprText } from './abstract';
import { defineGetSet } from './descriptors';
import { objectType, tupleType, typeType } from './core-types';
import { genericGetAttr, genericSetAttr } from './classes';
import { registerStaticType } from './type-registry';
import { withStaticAllocator } from './memory';

function staticSubtype(name: string, module: string, base: PyType, layout: string, basicsize: number): PyType {
  const t = new PyType(typeType, name, layout);
  t.basicsize = basicsize;
  t.itemsize = base.itemsize;
  t.hasGC = true;
  t.moduleName = module;
  makeImmortal(t);
  allocStatic(t, 408);
  t.bases = [base];
  t.base = base;
  t.mro = [t, ...base.mro];
  base.subclasses.push(t);
  t.dict = newDict();
  makeImmortal(t.dict);
  for (const [k, v] of Object.entries(base.slots)) {
    if (!(k in t.slots)) (t.slots as Record<string, unknown>)[k] = v;
  }
  t.dealloc = base.dealloc;
  t.traverse = base.traverse;
  t.freeMemory = base.freeMemory;
  t.isBaseType = false;
  return t;
}

const structTypes = new Map<string, PyType>();

/** A struct sequence type `module.name` with the given fields (cached per process). */
/** `tpName`: the type's tp_name (repr), `module.name` unless the C code names it bare. */
export function structSeqType(module: string, name: string, fields: string[], tpName = `${module}.${name}`): PyType {
  const cacheKey = `${module}.${name}`;
  const cached = structTypes.get(cacheKey);
  if (cached !== undefined) return cached;
  // its dict and descriptors too are made once per process: outside the first program's heap
  return withStaticAllocator(() => makeStructSeqType(tpName, cacheKey, module, name, fields));
}

function makeStructSeqType(key: string, cacheKey: string, module: string, name: string, fields: string[]): PyType {
  const t = staticSubtype(name, module, tupleType, 'tuple', 40);
  t.slots.new = () => {
    throw typeError(`cannot create '${key}' instances`);
  };
  t.slots.repr = (o) => {
    const items = (o as PyTuple).items;
    const parts = fields.map((f, i) => `${f}=${reprText(items[i])}`);
    return newStr(`${key}(${parts.join(', ')})`);
  };
  fields.forEach((f, i) =>
    defineGetSet(t, f, (o) => {
      const v = (o as PyTuple).items[i];
      v.rc++;
      return v;
    }),
  );
  structTypes.set(cacheKey, t);
  // static from now on (later programs reuse it): gc's start-up population lists its dict
  registerStaticType(t);
  return t;
}

/**
 * A struct sequence instance made by C code (sys.int_info, time.localtime(), os.stat() …);
 * takes over the references in `values`. PyStructSequence_New allocates it with
 * PyObject_GC_NewVar (counted by the collector) but never tracks it: gc.is_tracked() is False.
 */
export function newStructSeq(t: PyType, values: PyObject[]): PyTuple {
  const o = newTupleOfType(t, values);
  gcUntrackHook(o);
  return o;
}

let simpleNamespaceType: PyType | null = null;

/** types.SimpleNamespace(**attrs); takes over the references in `attrs`. */
export function newSimpleNamespace(attrs: [string, PyObject][]): PyObject {
  if (simpleNamespaceType === null) {
    const t = withStaticAllocator(() => staticSubtype('SimpleNamespace', 'types', objectType, 'object', 24));
    t.managedDict = false;
    t.slots.getattro = genericGetAttr;
    t.slots.setattro = (o, n, v) => {
      const g = o as PyGCObject;
      if (v === null) {
        const old = g.attrs?.get(n);
        if (old === undefined) throw typeError(`'types.SimpleNamespace' object has no attribute '${n}'`);
        g.attrs!.delete(n);
        decref(old);
        return;
      }
      v.rc++;
      const old = (g.attrs ??= new Map()).get(n);
      g.attrs.set(n, v);
      if (old !== undefined) decref(old);
    };
    t.slots.repr = (o) => {
      const g = o as PyGCObject;
      const parts: string[] = [];
      if (g.attrs !== null) for (const [k, v] of g.attrs) parts.push(`${k}=${reprText(v)}`);
      return newStr(`namespace(${parts.join(', ')})`);
    };
    t.dealloc = (o) => {
      const g = o as PyGCObject;
      gcUntrackHook(g);
      if (g.attrs !== null) for (const v of g.attrs.values()) release(v);
      g.attrs = null;
      return false;
    };
    simpleNamespaceType = t;
    void genericSetAttr;
    void PyStr;
    void PyDict;
  }
  const o = new (class extends PyGCObject {})(simpleNamespaceType);
  o.attrs = new Map(attrs);
  allocObject(o, 48);
  gcTrack(o);
  return o;
}
