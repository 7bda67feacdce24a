/**
 * tp_subclasses as CPython 3.12 keeps it (Objects/typeobject.c add_subclass / remove_subclass):
 * every class is registered with each of its bases as `{PyLong_FromVoidPtr(cls): weakref(cls)}`.
 * So a class statement allocates a weakref (a gc-tracked object: gc.get_count() + 1,
 * `weakref.getweakrefcount(cls)` is 1) and an int key; a class used as a base gets a
 * subclasses dict on its first subclass, freed again when its last subclass goes. (The dicts of
 * the builtin types, `object`'s above all, exist from start-up; their entries are kept here
 * without simulating those dicts, which only grow after a hundred more classes.)
 */
import { PyObject, decref } from './object';
import { PyType } from './typeobject';
import { PyDict, newDict, dictSet, dictPop } from './dict';
import { newInt } from './int';

interface Entry {
  key: PyObject;
  ref: PyObject;
}

/** Weakrefs from static bases' (start-up) subclass dicts, by base then subclass. */
const staticEntries = new Map<PyType, Map<PyType, Entry>>();
/** Heap bases' tp_subclasses dicts. */
const heapDicts = new Map<PyType, PyDict>();

/** How the registry makes a weakref (set by the weakref type's module). */
export const subclassWeakref = { make: null as ((t: PyType) => PyObject) | null };

/** add_subclass(base, type) */
export function addSubclass(base: PyType, t: PyType): void {
  base.subclasses.push(t);
  const make = subclassWeakref.make;
  if (make === null) return;
  const key = newInt(t.addr);
  const ref = make(t);
  if (!base.isHeapType) {
    let m = staticEntries.get(base);
    if (m === undefined) staticEntries.set(base, (m = new Map()));
    m.set(t, { key, ref });
    return;
  }
  let d = heapDicts.get(base);
  if (d === undefined) heapDicts.set(base, (d = newDict()));
  dictSet(d, key, ref);
  decref(ref);
  decref(key);
}

/** remove_subclass(base, type), when `t` is deallocated. */
export function removeSubclass(base: PyType, t: PyType): void {
  const i = base.subclasses.indexOf(t);
  if (i >= 0) base.subclasses.splice(i, 1);
  if (!base.isHeapType) {
    const m = staticEntries.get(base);
    const e = m?.get(t);
    if (m === undefined || e === undefined) return;
    m.delete(t);
    decref(e.ref);
    decref(e.key);
    return;
  }
  const d = heapDicts.get(base);
  if (d === undefined) return;
  const key = newInt(t.addr); // get_subclasses_key: a new int for the lookup
  const v = dictPop(d, key);
  decref(key);
  if (v !== null) decref(v);
  if (d.used === 0) {
    heapDicts.delete(base);
    decref(d);
  }
}

/** A new program: forget the previous program's registrations (their heap is gone). */
export function resetSubclassRegistry(): void {
  staticEntries.clear();
  heapDicts.clear();
}

/** What the registry holds (the types' tp_subclasses, outside any traversable object). */
export function subclassRegistryObjects(): PyObject[] {
  const out: PyObject[] = [...heapDicts.values()];
  for (const m of staticEntries.values()) for (const e of m.values()) out.push(e.ref, e.key);
  return out;
}
