/**
 * Bringing the object model to life, in dependency order (CPython's _PyTypes_InitTypes +
 * pycore_init_builtins): static objects first, then every builtin type's metatype, MRO,
 * namespace and slots, slot inheritance, and the dunder wrappers in each type's dict.
 * Each type module exports an `initXxx()` that fills in its own slots and methods; the list
 * below is the one place that says in which order they run.
 */
import { makeImmortal, PyObject } from './object';
import { PyType, memoryHooks, TypeSlots, NB_COUNT, defaultDealloc, defaultFreeMemory, c3Linearize } from './typeobject';
import { allCoreTypes, objectType, typeType, boolType, intType, staticmethodType, builtinFunctionType } from './core-types';
import { allocStatic, freeObject, resetStaticArea } from './alloc';
import { newDict, initDictType, dictSetStr } from './dict';
import { initSmallInts } from './int';
import { initSingletons, None } from './singletons';
import { resetStrCaches, newStr } from './str';
import { resetTupleCaches, initTupleType } from './tuple';
import { initListType } from './list';
import { initCellType } from './cell';
import { initCodeType } from './code';
import { initFunctionTypes } from './function';
import { initModuleType } from './module';
import { initDescriptorTypes, newBuiltin, newWrapper } from './descriptors';
import { initObjectAndType } from './object-type';
import { initIntType } from './int-type';
import { exceptionTypeList, exceptionBase, exceptionTypes } from './exceptions';
import { addSlotWrappers, newWrapperHook } from './slot-wrappers';
import { staticWrapFactory } from './classes';
import { classmethodType } from './core-types';
import { typeError } from './errors';

export { registerTypeInit } from './type-registry';
import { registeredTypeInits, registeredStaticTypes, registeredLateTypeInits } from './type-registry';

function baseOf(t: PyType): PyType[] {
  if (t === objectType) return [];
  if (t === boolType) return [intType];
  // ExceptionGroup(BaseExceptionGroup, Exception): the one builtin exception with two bases
  if (t.layout === 'exception' && t.name === 'ExceptionGroup') return [exceptionBase(t.name), exceptionTypes['Exception']];
  if (t.layout === 'exception') return [exceptionBase(t.name)];
  return [objectType];
}

function setupType(t: PyType): void {
  t.type = typeType;
  makeImmortal(t);
  allocStatic(t, t === typeType ? 920 : 408);
  t.bases = baseOf(t);
  t.base = t.bases[0] ?? null;
  t.mro = t.base === null ? [t] : t.bases.length > 1 ? (c3Linearize(t, t.bases) ?? [t, ...t.base.mro]) : [t, ...t.base.mro];
  for (const b of t.bases) b.subclasses.push(t);
  t.dict = newDict();
  makeImmortal(t.dict);
  t.lookupCache.clear();
}

/** Copy slots the type does not define from its base (inherit_slots). */
function inheritSlots(t: PyType): void {
  const base = t.base;
  if (base === null) return;
  const s = t.slots as Record<string, unknown>;
  const b = base.slots as Record<string, unknown>;
  for (const k of Object.keys(b)) {
    if (k === 'nbLeft' || k === 'nbRight' || k === 'nbInplace') {
      const mine = (s[k] as unknown[] | undefined) ?? [];
      const theirs = b[k] as unknown[];
      const merged = new Array(NB_COUNT);
      for (let i = 0; i < NB_COUNT; i++) merged[i] = mine[i] ?? theirs[i];
      s[k] = merged;
    } else if (!(k in s)) s[k] = b[k];
  }
  if (t.dealloc === undefined) t.dealloc = base.dealloc;
  if (t.traverse === null && base.traverse !== null) t.traverse = base.traverse;
  if (t.freeMemory === undefined) t.freeMemory = base.freeMemory;
}

let typesReady = false;

/**
 * Build the static world once per JS process: singletons, small ints, builtin types and their
 * namespaces. Everything made here is allocated with `allocStatic`-like addresses (the caller
 * installs a static allocator while this runs), so it never occupies the simulated pymalloc
 * heap of a program — like CPython's statically allocated objects.
 */
export function bootstrapObjects(): void {
  if (typesReady) return;
  resetStaticArea();
  resetStrCaches();
  resetTupleCaches();
  memoryHooks.freeObject = freeObject;
  initSingletons();
  initSmallInts();
  const all: PyType[] = [...allCoreTypes, ...exceptionTypeList()];
  for (const t of all) setupType(t);
  initObjectAndType();
  initIntType();
  initTupleType();
  initListType();
  initDictType();
  initCellType();
  initCodeType();
  initFunctionTypes();
  initModuleType();
  initDescriptorTypes();
  for (const f of registeredTypeInits()) f();
  for (const t of all) inheritSlots(t);
  const nativeNewOf = (t: PyType) => {
    for (const b of t.mro) if (!b.isHeapType) return b.slots.new;
    return objectType.slots.new;
  };
  newWrapperHook.add = (t) => {
    const fn = t.slots.new!;
    const b = newBuiltin(
      '__new__',
      (_self, args, kw) => {
        // Objects/typeobject.c tp_new_wrapper's checks
        const npos = args.length - (kw === null ? 0 : kw.length);
        if (npos < 1) throw typeError(`${t.name}.__new__(): not enough arguments`);
        const cls = args[0];
        if (!(cls instanceof PyType)) throw typeError(`${t.name}.__new__(X): X is not a type object (${cls.type.name})`);
        if (!cls.isSubtypeOf(t)) throw typeError(`${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
        // the nearest base whose tp_new is not a Python __new__ must use this very tp_new
        let staticbase: PyType | null = cls;
        while (staticbase !== null && staticbase.isHeapType && staticbase.slots.new !== nativeNewOf(staticbase)) staticbase = staticbase.base;
        if (staticbase !== null && staticbase.slots.new !== fn) {
          throw typeError(`${t.name}.__new__(${cls.name}) is not safe, use ${staticbase.name}.__new__()`);
        }
        return fn(cls, args.slice(1), kw);
      },
      t, // tp_new_wrapper is bound to the type: <built-in method __new__ of type object at …>
      `${t.name}.__new__`,
      true,
    );
    makeImmortal(b);
    const sm = newWrapper(staticmethodType, b);
    makeImmortal(sm);
    dictSetStr(t.dict, '__new__', sm);
  };
  for (const t of all) addSlotWrappers(t, t.base === null ? null : t.base.slots);
  for (const st of registeredStaticTypes()) {
    const t = st as PyType;
    addSlotWrappers(t, t.base === null ? null : t.base.slots);
  }
  // type_dict_set_doc: every builtin type's dict has __doc__ (its tp_doc, or None)
  for (const t of [...all, ...(registeredStaticTypes() as PyType[])]) {
    if (t.dict.getStr('__doc__') === null) {
      const doc = t.doc !== null ? makeImmortal(newStr(t.doc)) : None;
      dictSetStr(t.dict, '__doc__', doc);
    }
  }
  for (const t of all) {
    t.leafDealloc = t.dealloc === defaultDealloc;
    if (t.freeMemory === defaultFreeMemory) t.freeMemory = freeObject;
  }
  staticWrapFactory.wrap = (f) => newWrapper(staticmethodType, f);
  staticWrapFactory.classmethod = (f) => newWrapper(classmethodType, f);
  typesReady = true;
  for (const f of registeredLateTypeInits()) f();
}

export type { PyObject };
