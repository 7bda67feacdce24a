/**
 * `object` and `type`: the roots of the type system (Objects/typeobject.c) — instance creation
 * (object.__new__ / type.__call__), default repr/hash/eq, the generic attribute slots, and the
 * descriptors every class has (`__class__`, `__dict__`, `__name__`, `__mro__` …).
 */
import { PyObject, decref } from './object';
import { PyType } from './typeobject';
import { tpCall, makeTpCallArgs } from './tp-call';
import {
  objectType, typeType, strType, tupleType, dictType, intType, bytesType, bytearrayType, complexType, functionType, moduleType,
  setType, frozensetType, methodType, generatorType, codeType,
} from './core-types';
import { PyGCObject, gcTrack, ownGCFields } from './gcobject';
import { allocObject } from './alloc';
import { PyDict, newDict, dictSetStr, dictSet } from './dict';
import { PyStr, newStr, internStr, internedOrNewStr } from './str';
import { PyTuple, newTuple, theEmptyTuple, newTupleFromBorrowed } from './tuple';
import { None, NotImplemented } from './singletons';
import { True, False, newInt } from './int';
import { typeError } from './errors';
import { genericGetAttr, genericSetAttr, typeGetAttr, typeSetAttr, makeClass, materializeDict, isGCLike, initInlineValues } from './classes';
import { defineGetSet, defineMethod, defineClassMethod, parseArgs, markRecursionChecking } from './descriptors';
import { strText, str as pyStr } from './abstract';

/**
 * An instance of a class written in Python. `inline` and `attrDict` are own fields here (not
 * PyGCObject's out-of-line accessors): every attribute access of an instance reads them.
 */
export class PyInstance extends PyGCObject {
  constructor(type: PyType) {
    super(type);
    this.inline = null;
    this.attrDict = null;
  }
}
ownGCFields(PyInstance.prototype, ['inline', 'attrDict']);

/** `0x7f…` address text as CPython's %p prints it. */
export const hexAddr = (o: PyObject): string => '0x' + o.addr.toString(16).padStart(12, '0');

/** _Py_HashPointer: the address rotated right by 4 bits (as a signed 64-bit value). */
/**
 * tp_dictoffset / tp_weaklistoffset (3.12, 64-bit): −1 for a managed dict and −32 for a managed
 * weakref list (both in the pre-header), 16 for BaseException's own dict field; builtin types
 * with the fields inside the object give their offsets (table below), all others 0.
 */
const NATIVE_OFFSETS = new Map<PyType, [number, number]>([
  [typeType, [264, 368]],
  [functionType, [88, 96]],
  [moduleType, [16, 40]],
  [setType, [0, 192]],
  [frozensetType, [0, 192]],
  [methodType, [0, 32]],
  [generatorType, [0, 16]],
  [codeType, [0, 144]],
]);

function nativeOffsets(t: PyType): [number, number] {
  for (const b of t.mro) {
    const o = NATIVE_OFFSETS.get(b);
    if (o !== undefined) return o;
  }
  return [0, 0];
}

function dictOffsetOf(t: PyType): number {
  if (t.inlineDict) return 16;
  if (t.managedDict) return nativeOffsets(t)[0] || -1;
  return nativeOffsets(t)[0];
}

function weakrefOffsetOf(t: PyType): number {
  if (t.managedWeakref) return -32;
  return nativeOffsets(t)[1];
}

export function pointerHash(o: PyObject): number {
  const a = o.addr;
  // rotate right by 4 over 64 bits: low 4 bits move to the top (which makes the value negative
  // or huge); addresses are 16-byte aligned so the low bits are zero and this is a plain shift.
  return Math.floor(a / 16);
}

function moduleOf(t: PyType): string {
  if (!t.isHeapType) return t.moduleName;
  const m = t.dict.getStr('__module__');
  return m !== null && m.type === strType ? (m as PyStr).value : 'builtins';
}

export function typeQualifiedName(t: PyType): string {
  const mod = moduleOf(t);
  return mod === 'builtins' ? t.qualname : `${mod}.${t.qualname}`;
}

/** object.__new__(cls): a plain instance laid out for `cls`. */
export function objectNew(type: PyType): PyObject {
  const o = new PyInstance(type);
  if (type.isHeapType) type.rc++;
  if (type.nslots > 0) o.slotValues = new Array(type.nslots).fill(null);
  allocObject(o, type.basicsize);
  // _PyObject_InitializeDict → init_inline_values
  if (type.cachedKeys !== null) initInlineValues(o, type);
  // `object()` itself is not a GC type (no Py_TPFLAGS_HAVE_GC): gc.is_tracked(object()) is False
  if (type.hasGC) gcTrack(o);
  return o;
}

export function initObjectAndType(): void {
  const os = objectType.slots;
  os.repr = (o) => newStr(`<${typeQualifiedName(o.type)} object at ${hexAddr(o)}>`);
  os.hash = pointerHash;
  os.richcompare = (a, b, op) => {
    if (op === 2) return a === b ? True : NotImplemented;
    if (op === 3) {
      // object.__ne__ inverts __eq__ unless it returns NotImplemented
      const eq = a.type.slots.richcompare;
      if (eq === os.richcompare) return a === b ? False : NotImplemented;
      const r = eq!(a, b, 2);
      if (r === NotImplemented) return r;
      const res = r === True ? False : r === False ? True : isTrueNot(r);
      return res;
    }
    return NotImplemented;
  };
  // object_str: the type's tp_repr
  os.str = (o) => o.type.slots.repr!(o);
  os.getattro = genericGetAttr;
  os.setattro = genericSetAttr;
  os.new = (type, args, kw) => {
    if ((args.length > 0 || (kw !== null && kw.length > 0)) && type.slots.init === objectType.slots.init) {
      throw typeError(`${type.name}() takes no arguments`);
    }
    if (type.isHeapType || type === objectType) return objectNew(type);
    throw typeError(`cannot create '${type.name}' instances`);
  };
  os.init = (self, args, kw) => {
    if ((args.length > 0 || (kw !== null && kw.length > 0)) && self.type.slots.new === objectType.slots.new) {
      throw typeError(`${self.type.name}.__init__() takes exactly one argument (the instance to initialize)`);
    }
  };

  const ts = typeType.slots;
  ts.repr = (o) => newStr(`<class '${typeQualifiedName(o as PyType)}'>`);
  ts.hash = pointerHash;
  ts.richcompare = os.richcompare;
  ts.getattro = typeGetAttr;
  ts.setattro = typeSetAttr;
  ts.call = (o, args, kw) => {
    const type = o as PyType;
    if (type === typeType && args.length === 1 && (kw === null || kw.length === 0)) {
      args[0].type.rc++;
      return args[0].type;
    }
    const packed = tpCall.fromTuple || !(type.isHeapType || type.tpCallOnly) ? null : makeTpCallArgs(args, kw);
    tpCall.fromTuple = false;
    try {
      return typeCall(type, args, kw);
    } finally {
      if (packed !== null) packed();
    }
  };
  const typeCall = (type: PyType, args: PyObject[], kw: string[] | null): PyObject => {
    const newf = type.slots.new;
    if (!newf) throw typeError(`cannot create '${typeQualifiedName(type)}' instances`);
    const obj = newf(type, args, kw);
    if (!obj.type.isSubtypeOf(type)) return obj;
    const init = obj.type.slots.init;
    if (init) {
      try {
        init(obj, args, kw);
      } catch (e) {
        decref(obj);
        throw e;
      }
    }
    return obj;
  };
  for (const t of [intType, bytesType, bytearrayType, complexType]) t.tpCallOnly = true;
  ts.new = (meta, args, kw) => {
    // type_new: three positional arguments; keyword arguments go to __init_subclass__
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - nkw;
    if (npos !== 3) {
      if (meta === typeType && npos !== 1) throw typeError('type() takes 1 or 3 arguments');
      throw typeError(`type.__new__() takes exactly 3 arguments (${npos} given)`);
    }
    const [name, bases, ns] = args;
    const initKw = nkw > 0 ? { values: args.slice(npos), names: kw! } : null;
    if (name.type !== strType) throw typeError(`type.__new__() argument 1 must be str, not ${name.type.name}`);
    if (bases.type !== tupleType) throw typeError(`type.__new__() argument 2 must be tuple, not ${bases.type.name}`);
    if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${ns.type.name}`);
    // _PyType_CalculateMetaclass runs over the bases' types before best_base checks that they
    // are types: the most derived metaclass wins
    const baseItems = (bases as PyTuple).items;
    let winner = meta;
    for (const b of baseItems) {
      if (b.type.isSubtypeOf(winner)) winner = b.type;
      else if (!winner.isSubtypeOf(b.type)) {
        throw typeError(
          'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
        );
      }
    }
    const bs = baseItems.map((b) => {
      if (!(b instanceof PyType)) throw typeError('bases must be types');
      return b;
    });
    return makeClass(winner, (name as PyStr).value, bs, ns, initKw, bases as PyTuple);
  };
  ts.init = () => {};

  // ---- descriptors on object
  defineGetSet(
    objectType,
    '__class__',
    (o) => {
      o.type.rc++;
      return o.type;
    },
    (o, v) => {
      if (v === null || !(v instanceof PyType)) {
        throw typeError(`__class__ must be set to a class, not '${v === null ? 'NoneType' : v.type.name}' object`);
      }
      if (!o.type.isHeapType || !v.isHeapType || v.layout !== o.type.layout) {
        throw typeError(`__class__ assignment only supported for mutable types or ModuleType subclasses`);
      }
      const old = o.type;
      // object_set_class: "changing the class will change the implicit dict keys, so we must
      // materialize the dictionary first"
      if (isGCLike(o) && (o as PyGCObject).inline !== null) materializeDict(o as PyGCObject);
      v.rc++;
      o.type = v;
      decref(old);
    },
  );
  defineMethod(objectType, '__reduce_ex__', () => {
    throw typeError('cannot pickle objects in this interpreter');
  });
  defineMethod(objectType, '__reduce__', () => {
    throw typeError('cannot pickle objects in this interpreter');
  });
  // object.__getstate__: the instance dict (None when there is none or it is empty)
  defineMethod(objectType, '__getstate__', (self) => {
    if (isGCLike(self) && self.type.managedDict) {
      const d = materializeDict(self);
      if (d.keys.some((k) => k !== null)) {
        d.rc++;
        return d;
      }
    }
    None.rc++;
    return None;
  });
  defineMethod(objectType, '__dir__', (self) => {
    const names = new Set<string>();
    const g = self as PyGCObject;
    if (isGCLike(g) && g.inline) for (const ix of g.inline.order) names.add(g.inline.keys.names[ix]);
    if (isGCLike(g) && g.attrs) for (const k of g.attrs.keys()) names.add(k);
    if (isGCLike(g) && g.attrDict) for (const k of (g.attrDict as PyDict).keys) if (k) names.add((k as PyStr).value);
    for (const t of self.type.mro) for (const k of t.dict.keys) if (k) names.add((k as PyStr).value);
    const { newList } = listModule;
    return newList([...names].map((n) => newStr(n)));
  });
  // object.__init_subclass__ is METH_NOARGS: extra class keywords that no __init_subclass__
  // consumed end here (the bound method's qualname is the class's: 'B.__init_subclass__')
  defineClassMethod(objectType, '__init_subclass__', (cls, args, kw) => {
    const owner = cls instanceof PyType ? cls.qualname : cls.type.qualname;
    if (kw !== null && kw.length > 0) throw typeError(`${owner}.__init_subclass__() takes no keyword arguments`);
    if (args.length > 0) throw typeError(`${owner}.__init_subclass__() takes no arguments (${args.length} given)`);
    return None;
  });
  defineClassMethod(objectType, '__subclasshook__', () => NotImplemented);
  defineMethod(objectType, '__format__', (self, args) => {
    const spec = args[0];
    if (spec.type !== strType) throw typeError(`__format__() argument must be str, not ${spec.type.name}`);
    if ((spec as PyStr).value !== '') {
      throw typeError(`unsupported format string passed to ${self.type.name}.__format__`);
    }
    return pyStr(self);
  });
  // object___format__ is METH_O (Objects/typeobject.c): its calls take a C recursion unit
  markRecursionChecking(objectType, ['__format__']);

  // ---- descriptors on type
  const tget = (name: string, f: (t: PyType) => PyObject, set?: (t: PyType, v: PyObject | null) => void) =>
    defineGetSet(typeType, name, (o) => f(o as PyType), set ? (o, v) => set(o as PyType, v) : null);
  // a heap type's ht_name / ht_qualname are the (interned) strs it was made with; a static
  // type's __name__ is a new str from tp_name
  tget('__name__', (t) => (t.isHeapType ? internedOrNewStr(t.name) : newStr(t.name)), (t, v) => {
    if (v === null || v.type !== strType) throw typeError(`can only assign string to ${t.name}.__name__, not '${v === null ? 'NoneType' : v.type.name}'`);
    t.name = (v as PyStr).value;
  });
  tget('__qualname__', (t) => (t.isHeapType ? internedOrNewStr(t.qualname) : newStr(t.qualname)), (t, v) => {
    if (v === null || v.type !== strType) throw typeError(`can only assign string to ${t.name}.__qualname__`);
    t.qualname = (v as PyStr).value;
  });
  tget('__basicsize__', (t) => newInt(t.basicsize));
  tget('__itemsize__', (t) => newInt(t.itemsize));
  tget('__dictoffset__', (t) => newInt(dictOffsetOf(t)));
  tget('__weakrefoffset__', (t) => newInt(weakrefOffsetOf(t)));
  tget('__mro__', (t) => {
    if (t.mroTuple !== null) return (t.mroTuple.rc++, t.mroTuple);
    return newTuple(t.mro.map((x) => (x.rc++, x)));
  });
  tget('__bases__', (t) => {
    if (t.basesTuple !== null) return (t.basesTuple.rc++, t.basesTuple);
    return newTuple(t.bases.map((x) => (x.rc++, x)));
  });
  tget('__base__', (t) => {
    const b = t.base ?? None;
    b.rc++;
    return b;
  });
  tget('__dict__', (t) => {
    t.dict.rc++;
    return mappingProxy.make(t.dict);
  });
  tget('__module__', (t) => {
    const m = t.isHeapType ? t.dict.getStr('__module__') : null;
    if (m !== null) {
      m.rc++;
      return m;
    }
    return newStr(t.moduleName);
  }, (t, v) => setSpecialTypeAttr(t, '__module__', v));
  tget('__doc__', (t) => {
    const d = t.dict.getStr('__doc__');
    if (d !== null) {
      d.rc++;
      return d;
    }
    return t.doc !== null ? newStr(t.doc) : None;
  }, (t, v) => setSpecialTypeAttr(t, '__doc__', v));
  defineMethod(typeType, 'mro', (self) => {
    const { newList } = listModule;
    return newList((self as PyType).mro.map((x) => (x.rc++, x)));
  });
  defineMethod(typeType, '__subclasses__', (self) => {
    const { newList } = listModule;
    return newList((self as PyType).subclasses.map((x) => (x.rc++, x)));
  });
  defineMethod(typeType, '__instancecheck__', (self, args) => ((args[0].type.isSubtypeOf(self as PyType)) ? True : False));
  defineMethod(typeType, '__subclasscheck__', (self, args) =>
    args[0] instanceof PyType && args[0].isSubtypeOf(self as PyType) ? True : False,
  );
  defineClassMethod(typeType, '__prepare__', () => newDict());
  // type.__dir__: the names in the class's __dict__ and its bases' (merge_class_dict)
  defineMethod(typeType, '__dir__', (self) => {
    const names = new Set<string>();
    const merge = (t: PyType) => {
      for (const k of t.dict.keys) if (k) names.add((k as PyStr).value);
      for (const b of t.bases) merge(b);
    };
    merge(self as PyType);
    const { newList } = listModule;
    return newList([...names].map((n) => newStr(n)));
  });
}

/** type_set_module / type_set_doc (check_set_special_type_attr, then store in the dict). */
function setSpecialTypeAttr(t: PyType, name: string, v: PyObject | null): void {
  if (!t.isHeapType) throw typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  if (v === null) throw typeError(`cannot delete '${name}' attribute of immutable type '${t.name}'`);
  dictSetStr(t.dict, name, v);
  t.invalidateCaches();
}

function isTrueNot(r: PyObject): PyObject {
  const v = r.type.slots.bool ? r.type.slots.bool(r) : true;
  decref(r);
  return v ? False : True;
}

/** `obj.__dict__` for instances with a dict. */
export function instanceDictGetter(o: PyObject): PyObject {
  if (!isGCLike(o)) throw typeError('no __dict__');
  const d = materializeDict(o);
  d.rc++;
  return d;
}

export const listModule = {
  newList: (_items: PyObject[]): PyObject => {
    throw new Error('list not bootstrapped');
  },
};
export const mappingProxy = {
  make: (d: PyObject): PyObject => d,
};

export { dictType, theEmptyTuple };
