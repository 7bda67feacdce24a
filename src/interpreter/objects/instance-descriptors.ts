/**
 * Descriptors that classes written in Python get (Objects/typeobject.c subtype_getsets,
 * Objects/descrobject.c member descriptors): `__dict__` and `__weakref__` for classes that
 * introduce them, and one member descriptor per `__slots__` name, reading the instance's slot
 * array. Also `object.__sizeof__` (basicsize + itemsize × length, like object___sizeof___impl).
 */
import { PyObject, decref, release } from './object';
import { PyType } from './typeobject';
import { objectType, memberDescrType, getsetDescrType, typeType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { PyDict, dictSet } from './dict';
import { newInt } from './int';
import { newStr, internStr } from './str';
import { None } from './singletons';
import { typeError, attributeError } from './errors';
import { defineGetSet, defineMethod, PyGetSetDescr } from './descriptors';
import { registerTypeInit } from './bootstrap';
import { materializeDict, slotMemberFactory, classCreatedHook, isGCLike } from './classes';
import { allocObject } from './alloc';
import { dictSetStr, dictSetInterned, keysObjectSize, SHARED_KEYS_LOG2 } from './dict';
import { noAttribute } from './abstract';

export class PyMemberDescr extends PyGCObject {
  constructor(
    public owner: PyType,
    public name: string,
    public index: number,
  ) {
    super(memberDescrType);
  }
}

/** Give a new class its `__dict__` / `__weakref__` descriptors where it introduces them. */
export function addInstanceDescriptors(t: PyType): void {
  const baseHasDict = t.bases.some((b) => b.managedDict || b.lookup('__dict__') !== null && b !== objectType && b.isHeapType);
  if (t.managedDict && !baseHasDict) {
    defineGetSet(
      t,
      '__dict__',
      (o) => {
        if (!isGCLike(o)) throw typeError('This object has no __dict__');
        const d = materializeDict(o);
        d.rc++;
        return d;
      },
      (o, v) => {
        if (!isGCLike(o)) throw typeError('This object has no __dict__');
        if (v === null || !(v instanceof PyDict)) {
          throw typeError(`__dict__ must be set to a dictionary, not a '${v === null ? 'NoneType' : v.type.name}'`);
        }
        materializeDict(o);
        const old = o.attrDict;
        v.rc++;
        o.attrDict = v;
        if (old !== null) decref(old);
      },
    );
  }
  // add_weak: only when no base has a weakref list already (heap or builtin, e.g. set, type)
  const baseWeak = t.bases.some((b) => b.weakrefable);
  if (t.weakrefable && !baseWeak && t.dict.getStr('__weakref__') === null) {
    defineGetSet(t, '__weakref__', (o) => {
      const refs = o instanceof PyGCObject ? o.weakrefs : null;
      const r = refs !== null && refs.length > 0 ? refs[0] : None;
      r.rc++;
      return r;
    });
  }
}

registerTypeInit(() => {
  classCreatedHook.fn = addInstanceDescriptors;
  slotMemberFactory.define = (t, name, index) => {
    const d = new PyMemberDescr(t, name, index);
    allocObject(d, 48);
    t.rc++; // d_type
    gcTrack(d);
    dictSet(t.dict, internStr(name), d); // type_new interns the __slots__ names
    decref(d);
  };
  const s = memberDescrType.slots;
  s.descrGet = (descr, obj) => {
    const d = descr as PyMemberDescr;
    if (obj === null) {
      descr.rc++;
      return descr;
    }
    const vals = (obj as PyGCObject).slotValues;
    const v = vals?.[d.index] ?? null;
    if (v === null) {
      const err = noAttribute(obj, d.name);
      throw err;
    }
    v.rc++;
    return v;
  };
  s.descrSet = (descr, obj, v) => {
    const d = descr as PyMemberDescr;
    const g = obj as PyGCObject;
    if (g.slotValues === null) throw typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${obj.type.name}' object`);
    const old = g.slotValues[d.index];
    // Python/structmember.c PyMember_SetOne: deleting an unset T_OBJECT_EX slot raises AttributeError(name)
    if (v === null && old === null) throw attributeError(d.name);
    if (v !== null) v.rc++;
    g.slotValues[d.index] = v;
    if (old !== null) decref(old);
  };
  s.repr = (o) => {
    const d = o as PyMemberDescr;
    return newStr(`<member '${d.name}' of '${d.owner.name}' objects>`);
  };
  // descr_traverse / descr_dealloc: a descriptor of a class statement's class holds that class
  for (const dt of [memberDescrType, getsetDescrType]) {
    dt.traverse = (o, visit) => {
      const owner = (o as PyMemberDescr | PyGetSetDescr).owner;
      if (owner.isHeapType) visit(owner);
    };
    dt.dealloc = (o) => {
      gcUntrack(o as PyGCObject);
      const owner = (o as PyMemberDescr | PyGetSetDescr).owner;
      if (owner.isHeapType) release(owner);
      return false;
    };
  }
  defineMethod(objectType, '__sizeof__', (self) => {
    const t = self.type;
    let n = t.basicsize;
    if (t.itemsize > 0) {
      const len = (self as unknown as { items?: unknown[] }).items?.length ?? 0;
      n += t.itemsize * len;
    }
    return newInt(n);
  });
  // type___sizeof__: sizeof(PyHeapTypeObject) (920) plus the cached shared keys for classes,
  // sizeof(PyTypeObject) (416) for static builtin types
  defineMethod(typeType, '__sizeof__', (self) => {
    const t = self as PyType;
    if (!t.isHeapType) return newInt(416);
    return newInt(920 + (t.cachedKeys !== null ? keysObjectSize(SHARED_KEYS_LOG2, true) : 0));
  });
});

export type { PyObject };
