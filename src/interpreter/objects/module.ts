/** module objects (Objects/moduleobject.c): a namespace dict with a name. */
import { PyObject, release } from './object';
import { moduleType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject } from './alloc';
import { PyDict, newDict, dictSetStr } from './dict';
import { newStr } from './str';
import { None } from './singletons';

export class PyModule extends PyGCObject {
  constructor(public md: PyDict) {
    super(moduleType);
  }
  moduleName(): string {
    const n = this.md.getStr('__name__');
    return n !== null && 'value' in n ? String((n as { value: unknown }).value) : '?';
  }
}

export function newModule(name: string): PyModule {
  const d = newDict();
  const m = new PyModule(d);
  allocObject(m, 72);
  const n = newStr(name);
  dictSetStr(d, '__name__', n);
  n.rc--;
  for (const k of ['__doc__', '__package__', '__loader__', '__spec__']) dictSetStr(d, k, None);
  gcTrack(m);
  return m;
}

export function initModuleType(): void {
  moduleType.dealloc = (o) => {
    gcUntrack(o as PyModule);
    release((o as PyModule).md);
    return false;
  };
  moduleType.traverse = (o, visit) => visit((o as PyModule).md);
}

export type { PyObject };

import { registerTypeInit } from './type-registry';
import { newStr as mkStr, PyStr } from './str';
import { dictPop, dictSetStr as setStr } from './dict';
import { decref } from './object';
import { defineGetSet, defineMethod } from './descriptors';
import { newList } from './list';
import { noAttribute, call } from './abstract';
import { typeError } from './errors';

/** module_getattro / module_setattro / module_repr (Objects/moduleobject.c). */
registerTypeInit(() => {
  const s = moduleType.slots;
  s.getattro = (o, name) => {
    const m = o as PyModule;
    const descr = o.type.lookup(name);
    if (descr !== null && descr.type.slots.descrGet && descr.type.slots.descrSet) {
      return descr.type.slots.descrGet(descr, o, o.type);
    }
    const v = m.md.getStr(name);
    if (v !== null) {
      v.rc++;
      return v;
    }
    if (descr !== null) {
      if (descr.type.slots.descrGet) return descr.type.slots.descrGet(descr, o, o.type);
      descr.rc++;
      return descr;
    }
    const ga = m.md.getStr('__getattr__');
    if (ga !== null) {
      const f = ga.type.slots.call;
      if (f) return f(ga, [mkStr(name)], null);
    }
    return null;
  };
  s.setattro = (o, name, v) => {
    const m = o as PyModule;
    if (v === null) {
      const k = mkStr(name);
      const old = dictPop(m.md, k);
      decref(k);
      if (old === null) throw noAttribute(o, name);
      decref(old);
    } else setStr(m.md, name, v);
  };
  s.repr = (o) => {
    const m = o as PyModule;
    const file = m.md.getStr('__file__');
    if (file instanceof PyStr) return mkStr(`<module '${m.moduleName()}' from '${file.value}'>`);
    return mkStr(`<module '${m.moduleName()}' (built-in)>`);
  };
  s.new = (_t, args) => {
    const n = args[0];
    if (!(n instanceof PyStr)) throw typeError('module.__new__() argument must be str');
    return newModule(n.value);
  };
  s.init = () => {};
  defineGetSet(moduleType, '__dict__', (o) => {
    const d = (o as PyModule).md;
    d.rc++;
    return d;
  });
  // module_dir: a module-level __dir__ function if defined, else the names in __dict__
  defineMethod(moduleType, '__dir__', (self) => {
    const d = (self as PyModule).md;
    const custom = d.getStr('__dir__');
    if (custom !== null) return call(custom, []);
    const names: PyObject[] = [];
    for (const k of d.keys) if (k) {
      k.rc++;
      names.push(k);
    }
    return newList(names);
  });
});
