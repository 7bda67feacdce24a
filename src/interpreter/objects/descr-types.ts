/**
 * Construction and Python-level API of classmethod, staticmethod and property
 * (Objects/funcobject.c cm_init/sm_init, Objects/descrobject.c property_init/property_copy).
 * The descriptor slots themselves live in descriptors.ts.
 */
import { removeSubclass } from './subclass-registry';
import { PyObject, decref, xdecref, release } from './object';
import { PyType } from './typeobject';
import {
  classmethodType, staticmethodType, propertyType, strType, builtinFunctionType, methodWrapperType, methodDescrType,
  wrapperDescrType, getsetDescrType, moduleType, cellType, typeType,
} from './core-types';
import { PyCell } from './cell';
import { gcTrack, gcUntrack } from './gcobject';
import { allocObject } from './alloc';
import { PyDict, newDict, dictSetStr, dictPop } from './dict';
import { None } from './singletons';
import { True, False } from './int';
import { typeError, attributeError, valueError } from './errors';
import { call, getAttrOrNull, isTrue, reprText, noAttribute } from './abstract';
import { newStr, PyStr } from './str';
import { registerTypeInit } from './type-registry';
import { PyWrapper, PyProperty, PyBuiltin, PyMethodDescr, PyGetSetDescr, defineGetSet, defineMethod, parseArgs, noKwargs } from './descriptors';
import { genericGetAttr, weakrefHook } from './classes';
import { hexAddr } from './object-type';

function noneOrNull(o: PyObject | null): PyObject {
  return o === null ? None : o;
}

// ------------------------------------------------------------------ classmethod / staticmethod
function wrapperNew(type: PyType): PyWrapper {
  None.rc++;
  const w = new PyWrapper(type, None);
  if (type.isHeapType) type.rc++;
  if (type.nslots > 0) w.slotValues = new Array(type.nslots).fill(null);
  allocObject(w, type.basicsize);
  gcTrack(w);
  return w;
}

function wrapperDict(w: PyWrapper): PyDict {
  if (w.wrapDict === null) w.wrapDict = newDict();
  return w.wrapDict;
}

/** functools_wraps (3.12): copy __module__, __name__, __qualname__, __doc__, __annotations__. */
function functoolsWraps(w: PyWrapper, wrapped: PyObject): void {
  for (const name of ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__']) {
    const v = getAttrOrNullQuiet(wrapped, name);
    if (v !== null) {
      dictSetStr(wrapperDict(w), name, v);
      decref(v);
    }
  }
}

/** _PyObject_LookupAttr: AttributeError means "absent". */
function getAttrOrNullQuiet(o: PyObject, name: string): PyObject | null {
  try {
    return getAttrOrNull(o, name);
  } catch (e) {
    const exc = (e as { exc?: PyObject }).exc;
    if (exc !== undefined && exc.type.name === 'AttributeError') {
      decref(exc);
      return null;
    }
    throw e;
  }
}

function wrapperGetAttr(o: PyObject, name: string): PyObject | null {
  const w = o as PyWrapper;
  const type = o.type;
  const descr = type.lookup(name);
  if (descr !== null) {
    const get = descr.type.slots.descrGet;
    if (get !== undefined && descr.type.slots.descrSet !== undefined) return get(descr, o, type);
  }
  if (w.wrapDict !== null) {
    const v = w.wrapDict.getStr(name);
    if (v !== null) {
      v.rc++;
      return v;
    }
  }
  if (w.inline !== null || w.attrs !== null || w.attrDict !== null) {
    const v = genericGetAttr(o, name);
    if (v !== null) return v;
  }
  if (descr !== null) {
    const get = descr.type.slots.descrGet;
    if (get !== undefined) return get(descr, o, type);
    descr.rc++;
    return descr;
  }
  return null;
}

function wrapperSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const w = o as PyWrapper;
  const descr = o.type.lookup(name);
  if (descr !== null) {
    const set = descr.type.slots.descrSet;
    if (set !== undefined) {
      set(descr, o, v);
      return;
    }
  }
  const d = wrapperDict(w);
  if (v === null) {
    if (d.getStr(name) === null) throw noAttribute(o, name);
    const key = newStr(name);
    const old = dictPop(d, key);
    decref(key);
    if (old !== null) decref(old);
  } else dictSetStr(d, name, v);
}

function isAbstract(f: PyObject): PyObject {
  const v = getAttrOrNullQuiet(f, '__isabstractmethod__');
  if (v === null) return False;
  const r = isTrue(v);
  decref(v);
  return r ? True : False;
}

function initWrappers(): void {
  for (const [t, label] of [
    [classmethodType, 'classmethod'],
    [staticmethodType, 'staticmethod'],
  ] as const) {
    const s = t.slots;
    s.new = (type) => wrapperNew(type);
    s.init = (self, args, kw) => {
      noKwargs(label, kw);
      if (args.length !== 1) {
        throw typeError(
          args.length < 1
            ? `${label} expected 1 argument, got ${args.length}`
            : `${label} expected 1 argument, got ${args.length}`,
        );
      }
      const w = self as PyWrapper;
      const callable = args[0];
      callable.rc++;
      const old = w.callable;
      w.callable = callable;
      decref(old);
      functoolsWraps(w, callable);
    };
    s.getattro = wrapperGetAttr;
    s.setattro = wrapperSetAttr;
    s.repr = (o) => newStr(`<${label}(${reprText((o as PyWrapper).callable)})>`);
    const func = (o: PyObject) => {
      const c = (o as PyWrapper).callable;
      c.rc++;
      return c;
    };
    defineGetSet(t, '__func__', func);
    defineGetSet(t, '__wrapped__', func);
    defineGetSet(t, '__isabstractmethod__', (o) => isAbstract((o as PyWrapper).callable));
    defineGetSet(
      t,
      '__dict__',
      (o) => {
        const d = wrapperDict(o as PyWrapper);
        d.rc++;
        return d;
      },
      (o, v) => {
        if (v === null || !(v instanceof PyDict)) {
          throw typeError(v === null ? 'cannot delete __dict__' : `__dict__ must be set to a dictionary, not a '${v.type.name}'`);
        }
        const w = o as PyWrapper;
        v.rc++;
        const old = w.wrapDict;
        w.wrapDict = v;
        xdecref(old);
      },
    );
  }
}

// ------------------------------------------------------------------ property
function propertyNew(type: PyType): PyProperty {
  for (let i = 0; i < 4; i++) None.rc++;
  const p = new PyProperty(None, None, None, None);
  p.type = type;
  if (type.isHeapType) type.rc++;
  if (type.nslots > 0) p.slotValues = new Array(type.nslots).fill(null);
  allocObject(p, type.basicsize);
  gcTrack(p);
  return p;
}

/** getter_doc: the doc was taken from fget. */
const getterDoc = new WeakSet<PyProperty>();

function setField(p: PyProperty, field: 'fget' | 'fset' | 'fdel' | 'doc', v: PyObject): void {
  v.rc++;
  const old = p[field];
  p[field] = v;
  decref(old);
}

function propertyInit(self: PyObject, args: PyObject[], kw: string[] | null): void {
  const p = self as PyProperty;
  const [fget0, fset0, fdel0, doc0] = parseArgs('property', args, kw, ['fget', 'fset', 'fdel', 'doc'], 0);
  const fget = noneOrNull(fget0);
  setField(p, 'fget', fget);
  setField(p, 'fset', noneOrNull(fset0));
  setField(p, 'fdel', noneOrNull(fdel0));
  p.propName = null;
  getterDoc.delete(p);
  let propDoc: PyObject | null = null;
  if (doc0 !== null && doc0 !== None) {
    doc0.rc++;
    propDoc = doc0;
  } else if (fget !== None) {
    propDoc = getAttrOrNullQuiet(fget, '__doc__');
    if (p.type !== propertyType && propDoc !== null && propDoc !== None) {
      try {
        self.type.slots.setattro!(self, '__doc__', propDoc);
      } catch (e) {
        decref(propDoc);
        throw e;
      }
    }
    if (propDoc === None) {
      decref(propDoc);
      propDoc = null;
    }
    if (propDoc !== null) getterDoc.add(p);
  }
  if (p.type === propertyType) {
    setField(p, 'doc', propDoc ?? None);
    if (propDoc !== null) decref(propDoc);
    return;
  }
  // a property subclass: __doc__ goes into the instance (the class's own __doc__ shadows ours)
  const docv = propDoc ?? None;
  try {
    self.type.slots.setattro!(self, '__doc__', docv);
  } catch (e) {
    const exc = (e as { exc?: PyObject }).exc;
    if (!getterDoc.has(p) && exc !== undefined && exc.type.name === 'AttributeError') decref(exc);
    else throw e;
  } finally {
    if (propDoc !== null) decref(propDoc);
  }
}

function propertyCopy(old: PyProperty, get: PyObject | null, set: PyObject | null, del: PyObject | null): PyObject {
  const g = get === null || get === None ? old.fget : get;
  const s = set === null || set === None ? old.fset : set;
  const d = del === null || del === None ? old.fdel : del;
  const doc = getterDoc.has(old) && g !== None ? None : old.doc;
  const n = call(old.type, [g, s, d, doc]);
  if (n instanceof PyProperty) n.propName = old.propName;
  return n;
}

function initProperty(): void {
  const t = propertyType;
  const s = t.slots;
  s.new = (type) => propertyNew(type);
  s.init = propertyInit;
  const field = (name: string, k: 'fget' | 'fset' | 'fdel') =>
    defineGetSet(t, name, (o) => {
      const v = (o as PyProperty)[k];
      v.rc++;
      return v;
    });
  field('fget', 'fget');
  field('fset', 'fset');
  field('fdel', 'fdel');
  defineGetSet(
    t,
    '__doc__',
    (o) => {
      const v = (o as PyProperty).doc;
      v.rc++;
      return v;
    },
    (o, v) => setField(o as PyProperty, 'doc', v ?? None),
  );
  defineGetSet(t, '__isabstractmethod__', (o) => {
    const p = o as PyProperty;
    for (const f of [p.fget, p.fset, p.fdel]) {
      if (f === None) continue;
      if (isAbstract(f) === True) return True;
    }
    return False;
  });
  defineMethod(t, 'getter', (self, args, kw) => {
    noKwargs('getter', kw);
    if (args.length !== 1) throw typeError(`property.getter() takes exactly one argument (${args.length} given)`);
    return propertyCopy(self as PyProperty, args[0], null, null);
  });
  defineMethod(t, 'setter', (self, args, kw) => {
    noKwargs('setter', kw);
    if (args.length !== 1) throw typeError(`property.setter() takes exactly one argument (${args.length} given)`);
    return propertyCopy(self as PyProperty, null, args[0], null);
  });
  defineMethod(t, 'deleter', (self, args, kw) => {
    noKwargs('deleter', kw);
    if (args.length !== 1) throw typeError(`property.deleter() takes exactly one argument (${args.length} given)`);
    return propertyCopy(self as PyProperty, null, null, args[0]);
  });
  defineMethod(t, '__set_name__', (self, args, kw) => {
    noKwargs('__set_name__', kw);
    if (args.length !== 2) throw typeError(`__set_name__() takes 2 positional arguments but ${args.length} were given`);
    const p = self as PyProperty;
    const name = args[1];
    p.propName = name instanceof PyStr || name.type.isSubtypeOf(strType) ? (name as PyStr).value : reprText(name);
    None.rc++;
    return None;
  });
  void attributeError;
  void hexAddr;
}

// ------------------------------------------------------------------ builtin functions, method descriptors
function initNativeCallables(): void {
  const isModule = (o: PyObject | null) => o === null || o.type === moduleType;
  const ownerOf = (self: PyObject): PyType => (self instanceof PyType ? self : self.type);
  const bs = builtinFunctionType.slots;
  bs.repr = (o) => {
    const b = o as PyBuiltin;
    if (isModule(b.self)) return newStr(`<built-in function ${b.name}>`);
    return newStr(`<built-in method ${b.name} of ${b.self!.type.name} object at ${hexAddr(b.self!)}>`);
  };
  methodWrapperType.slots.repr = (o) => {
    const b = o as PyBuiltin;
    return newStr(`<method-wrapper '${b.name}' of ${b.self!.type.name} object at ${hexAddr(b.self!)}>`);
  };
  for (const t of [builtinFunctionType, methodWrapperType]) {
    defineGetSet(t, '__name__', (o) => newStr((o as PyBuiltin).name));
    defineGetSet(t, '__qualname__', (o) => {
      const b = o as PyBuiltin;
      if (isModule(b.self)) return newStr(b.name);
      return newStr(`${ownerOf(b.self!).qualname}.${b.name}`);
    });
    defineGetSet(t, '__self__', (o) => {
      const s = (o as PyBuiltin).self ?? None;
      s.rc++;
      return s;
    });
    defineGetSet(t, '__doc__', (o) => {
      const d = (o as PyBuiltin).doc;
      return d === null ? (None.rc++, None) : newStr(d);
    });
  }
  defineGetSet(builtinFunctionType, '__module__', (o) => {
    const b = o as PyBuiltin;
    if (b.moduleName !== null) return newStr(b.moduleName);
    if (b.self === null) return newStr('builtins');
    None.rc++;
    return None;
  });
  const descrRepr = (kind: string) => (o: PyObject) => {
    const d = o as PyMethodDescr;
    return newStr(`<${kind} '${d.name}' of '${d.owner.name}' objects>`);
  };
  methodDescrType.slots.repr = descrRepr('method');
  wrapperDescrType.slots.repr = descrRepr('slot wrapper');
  getsetDescrType.slots.repr = (o) => {
    const d = o as PyGetSetDescr;
    return newStr(`<attribute '${d.name}' of '${d.owner.name}' objects>`);
  };
  for (const t of [methodDescrType, wrapperDescrType, getsetDescrType]) {
    defineGetSet(t, '__name__', (o) => newStr((o as PyMethodDescr).name));
    defineGetSet(t, '__qualname__', (o) => newStr(`${(o as PyMethodDescr).owner.qualname}.${(o as PyMethodDescr).name}`));
    defineGetSet(t, '__objclass__', (o) => {
      const ow = (o as PyMethodDescr).owner;
      ow.rc++;
      return ow;
    });
  }
}

// ------------------------------------------------------------------ cell (Objects/cellobject.c)
function initCellApi(): void {
  cellType.slots.repr = (o) => {
    const r = (o as PyCell).ref;
    if (r === null) return newStr(`<cell at ${hexAddr(o)}: empty>`);
    return newStr(`<cell at ${hexAddr(o)}: ${r.type.name} object at ${hexAddr(r)}>`);
  };
  defineGetSet(
    cellType,
    'cell_contents',
    (o) => {
      const r = (o as PyCell).ref;
      if (r === null) throw valueError('Cell is empty');
      r.rc++;
      return r;
    },
    (o, v) => {
      const c = o as PyCell;
      if (v !== null) v.rc++;
      const old = c.ref;
      c.ref = v;
      xdecref(old);
    },
  );
}

// ------------------------------------------------------------------ heap types (type_traverse / type_dealloc)
function initTypeGC(): void {
  // type_traverse: the namespace, tp_mro, tp_bases, tp_base (the metatype, when it is a heap
  // type, is visited by the metaclass instance's own traverse)
  typeType.traverse = (o, visit) => {
    const t = o as PyType;
    if (!t.isHeapType) return;
    visit(t.dict);
    if (t.mroTuple !== null) visit(t.mroTuple);
    if (t.basesTuple !== null) visit(t.basesTuple);
    if (t.base !== null) visit(t.base);
  };
  typeType.dealloc = (o) => {
    const t = o as PyType;
    if (!t.isHeapType) return false;
    gcUntrack(t);
    // type_dealloc_common: remove_all_subclasses, then PyObject_ClearWeakRefs
    for (const b of t.bases) removeSubclass(b, t);
    if (t.weakrefs !== null) weakrefHook.clear(t);
    t.lookupCache.clear();
    // type_dealloc: tp_base, tp_dict, tp_bases, tp_mro
    if (t.base !== null) release(t.base);
    release(t.dict);
    const bt = t.basesTuple;
    t.basesTuple = null;
    if (bt !== null) release(bt);
    const mt = t.mroTuple;
    t.mroTuple = null;
    if (mt !== null) release(mt);
    const hs = t.htSlots;
    t.htSlots = null;
    if (hs !== null) release(hs);
    return false;
  };
}

registerTypeInit(() => {
  initTypeGC();
  initCellApi();
  initWrappers();
  initProperty();
  initNativeCallables();
});
