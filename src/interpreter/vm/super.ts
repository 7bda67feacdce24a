/**
 * super (Objects/typeobject.c super_getattro): look an attribute up along type(obj).__mro__
 * starting after `cls`, binding it to obj. Zero-argument `super()` finds `cls` in the calling
 * frame's `__class__` cell and `obj` in its first argument; the compiler turns `super().m` into
 * LOAD_SUPER_ATTR, which calls `superLookup` without creating a super object (3.12).
 */
import { PyObject, decref, release } from '../objects/object';
import { PyType } from '../objects/typeobject';
import { superType } from '../objects/core-types';
import { PyGCObject, gcTrack, gcUntrack } from '../objects/gcobject';
import { allocObject } from '../objects/alloc';
import { newStr } from '../objects/str';
import { PyCell } from '../objects/cell';
import { typeError, runtimeError } from '../objects/errors';
import { genericGetAttr } from '../objects/classes';
import { registerTypeInit } from '../objects/bootstrap';
import { typeQualifiedName } from '../objects/object-type';
import { rt } from './state';
import { vmHooks } from './hooks';
import { functionType } from '../objects/core-types';

export class PySuper extends PyGCObject {
  constructor(
    public cls: PyType,
    public obj: PyObject | null,
    public objType: PyType | null,
  ) {
    super(superType);
  }
}

function superCheck(cls: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(cls)) return obj;
  if (obj.type.isSubtypeOf(cls)) return obj.type;
  throw typeError('super(type, obj): obj must be an instance or subtype of type');
}

/** Find name along objType's MRO after cls; returns a borrowed reference or null. */
function superFind(cls: PyType, objType: PyType, name: string): PyObject | null {
  const mro = objType.mro;
  let i = mro.indexOf(cls);
  if (i < 0) return null;
  for (i++; i < mro.length; i++) {
    const v = mro[i].dict.getStr(name);
    if (v !== null) return v;
  }
  return null;
}

function bind(v: PyObject, obj: PyObject | null, objType: PyType): PyObject {
  const get = v.type.slots.descrGet;
  if (get !== undefined) return get(v, obj === objType ? null : obj, objType);
  v.rc++;
  return v;
}

registerTypeInit(() => {
  const s = superType.slots;
  s.new = (type) => {
    const o = new PySuper(null as unknown as PyType, null, null);
    allocObject(o, 40);
    gcTrack(o);
    void type;
    return o;
  };
  s.init = (self, args) => {
    const sup = self as PySuper;
    let cls: PyObject;
    let obj: PyObject | null;
    if (args.length === 0) {
      const f = rt.frame;
      if (f === null || f.func === null) throw runtimeError('super(): no arguments');
      const names = f.code.unit.localsplusnames;
      const ci = names.lastIndexOf('__class__');
      if (ci < 0) throw runtimeError('super(): __class__ cell not found');
      const cell = f.localsplus[ci];
      const c = cell instanceof PyCell ? cell.ref : null;
      if (c === null) throw runtimeError('super(): empty __class__ cell');
      cls = c;
      let first = f.localsplus[0];
      if (first instanceof PyCell) first = first.ref;
      if (f.code.unit.argcount === 0 || first === null) throw runtimeError('super(): no arguments');
      obj = first;
    } else {
      cls = args[0];
      obj = args.length > 1 ? args[1] : null;
    }
    if (!(cls instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${cls.type.name}`);
    cls.rc++;
    sup.cls = cls;
    if (obj !== null) {
      sup.objType = superCheck(cls, obj);
      obj.rc++;
      sup.obj = obj;
      sup.objType.rc++;
    }
  };
  s.getattro = (o, name) => {
    const sup = o as PySuper;
    if (sup.objType !== null && name !== '__class__') {
      const v = superFind(sup.cls, sup.objType, name);
      if (v !== null) return bind(v, sup.obj, sup.objType);
    }
    return genericGetAttr(o, name);
  };
  s.repr = (o) => {
    const sup = o as PySuper;
    if (sup.objType !== null) {
      return newStr(`<super: <class '${sup.cls.name}'>, <${typeQualifiedName(sup.objType)} object>>`);
    }
    return newStr(`<super: <class '${sup.cls.name}'>, NULL>`);
  };
  superType.dealloc = (o) => {
    const sup = o as PySuper;
    gcUntrack(sup);
    release(sup.obj);
    release(sup.objType);
    release(sup.cls);
    return false;
  };
  superType.traverse = (o, visit) => {
    const sup = o as PySuper;
    if (sup.obj !== null) visit(sup.obj);
    if (sup.objType !== null) visit(sup.objType);
    if (sup.cls) visit(sup.cls);
  };
  vmHooks.superLookup = (gsuper, cls, self, name, method) => {
    if (!(cls instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${cls.type.name}`);
    const objType = superCheck(cls, self);
    const v = superFind(cls, objType, name);
    if (v === null) {
      void gsuper;
      throw attributeErr(name);
    }
    if (method && v.type === functionType) {
      v.rc++;
      return { value: v, method: true };
    }
    return { value: bind(v, self, objType), method: false };
  };
});

import { attributeError } from '../objects/errors';
function attributeErr(name: string) {
  return attributeError(`'super' object has no attribute '${name}'`);
}
