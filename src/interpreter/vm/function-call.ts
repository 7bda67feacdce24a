/**
 * Calling Python functions from native code (the function type's tp_call / vectorcall), binding
 * functions as methods (func_descr_get), and the function/method/code attributes Python code
 * reads (`__name__`, `__qualname__`, `__doc__`, `__defaults__`, `__code__`, `__self__` …).
 */
import { PyObject, decref, xdecref } from '../objects/object';
import { functionType, methodType, codeType } from '../objects/core-types';
import { PyFunction, PyMethod, newMethod } from '../objects/function';
import { PyCode } from '../objects/code';
import { PyDict, newDict, dictSet } from '../objects/dict';
import { PyTuple, newTuple } from '../objects/tuple';
import { newStr, PyStr, internedOrNewStr } from '../objects/str';
import { newInt } from '../objects/int';
import { None } from '../objects/singletons';
import { typeError } from '../objects/errors';
import { defineGetSet } from '../objects/descriptors';
import { registerTypeInit } from '../objects/type-registry';
import { hexAddr, pointerHash } from '../objects/object-type';
import { call, reprText } from '../objects/abstract';
import { CodeFlag } from '../compiler/opcodes';
import { makeFunctionFrame } from './call';
import { evalFrame } from './interpreter';
import { vmHooks } from './hooks';

/** Call a Python function with borrowed arguments; returns a new reference. */
export function callFunction(fn: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
  const owned = args.slice();
  for (const a of owned) a.rc++;
  const f = makeFunctionFrame(fn, owned, kwnames);
  if ((fn.code.unit.flags & (CodeFlag.GENERATOR | CodeFlag.COROUTINE | CodeFlag.ASYNC_GENERATOR)) !== 0) return vmHooks.newGenerator(f);
  return evalFrame(f);
}

registerTypeInit(() => {
  const fs = functionType.slots;
  fs.call = (o, args, kw) => callFunction(o as PyFunction, args, kw);
  fs.descrGet = (o, obj) => {
    if (obj === null) {
      o.rc++;
      return o;
    }
    return newMethod(o, obj);
  };
  fs.repr = (o) => newStr(`<function ${(o as PyFunction).qualname} at ${hexAddr(o)}>`);
  fs.hash = pointerHash;
  const fget = (name: string, get: (f: PyFunction) => PyObject, set?: (f: PyFunction, v: PyObject | null) => void) =>
    defineGetSet(functionType, name, (o) => get(o as PyFunction), set ? (o, v) => set(o as PyFunction, v) : null);
  const strSetter = (attr: 'name' | 'qualname') => (f: PyFunction, v: PyObject | null) => {
    if (!(v instanceof PyStr)) throw typeError(`__${attr}__ must be set to a string object`);
    f[attr] = v.value;
  };
  fget('__name__', (f) => internedOrNewStr(f.name), strSetter('name'));
  fget('__qualname__', (f) => internedOrNewStr(f.qualname), strSetter('qualname'));
  fget('__doc__', (f) => (f.doc.rc++, f.doc), (f, v) => {
    const nv = v ?? None;
    nv.rc++;
    const old = f.doc;
    f.doc = nv;
    decref(old);
  });
  fget('__module__', (f) => {
    const m = f.module ?? None;
    m.rc++;
    return m;
  }, (f, v) => {
    if (v !== null) v.rc++;
    const old = f.module;
    f.module = v;
    xdecref(old);
  });
  fget('__defaults__', (f) => {
    const d = f.defaults ?? None;
    d.rc++;
    return d;
  }, (f, v) => {
    const nv = v === null || v === None ? null : v;
    if (nv !== null && !(nv instanceof PyTuple)) throw typeError('__defaults__ must be set to a tuple object');
    if (nv !== null) nv.rc++;
    const old = f.defaults;
    f.defaults = nv as PyTuple | null;
    xdecref(old);
  });
  fget('__kwdefaults__', (f) => {
    const d = f.kwdefaults ?? None;
    d.rc++;
    return d;
  }, (f, v) => {
    const nv = v === null || v === None ? null : v;
    if (nv !== null && !(nv instanceof PyDict)) throw typeError('__kwdefaults__ must be set to a dict object');
    if (nv !== null) nv.rc++;
    const old = f.kwdefaults;
    f.kwdefaults = nv as PyDict | null;
    xdecref(old);
  });
  fget('__code__', (f) => (f.code.rc++, f.code));
  fget('__globals__', (f) => (f.globals.rc++, f.globals));
  fget('__closure__', (f) => {
    const c = f.closure ?? None;
    c.rc++;
    return c;
  });
  fget('__builtins__', (f) => (f.builtins.rc++, f.builtins));
  fget('__annotations__', (f) => {
    if (f.annotations === null) f.annotations = newDict();
    else if (f.annotations instanceof PyTuple) {
      // func_get_annotation_dict: MAKE_FUNCTION's (name, value, …) tuple becomes a dict
      const t = f.annotations;
      const d = newDict();
      for (let i = 0; i + 1 < t.items.length; i += 2) dictSet(d, t.items[i], t.items[i + 1]);
      f.annotations = d;
      decref(t);
    }
    f.annotations.rc++;
    return f.annotations;
  }, (f, v) => {
    // func_set_annotations: None clears, otherwise a dict
    const nv = v === None ? null : v;
    if (nv !== null && !(nv instanceof PyDict)) throw typeError('__annotations__ must be set to a dict object');
    if (nv !== null) nv.rc++;
    const old = f.annotations;
    f.annotations = nv;
    xdecref(old);
  });
  fget('__dict__', (f) => {
    if (f.funcDict === null) f.funcDict = newDict();
    f.funcDict.rc++;
    return f.funcDict;
  }, (f, v) => {
    if (v === null) throw typeError('cannot delete __dict__');
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.type.name}'`);
    v.rc++;
    const old = f.funcDict;
    f.funcDict = v;
    xdecref(old);
  });
  // function attributes (f.cache = …) live in funcDict
  fs.getattro = (o, name) => {
    const f = o as PyFunction;
    const descr = o.type.lookup(name);
    if (descr !== null && descr.type.slots.descrGet && descr.type.slots.descrSet) return descr.type.slots.descrGet(descr, o, o.type);
    const v = f.funcDict?.getStr(name) ?? null;
    if (v !== null) {
      v.rc++;
      return v;
    }
    if (descr !== null) {
      if (descr.type.slots.descrGet) return descr.type.slots.descrGet(descr, o, o.type);
      descr.rc++;
      return descr;
    }
    return null;
  };
  fs.setattro = (o, name, v) => {
    const f = o as PyFunction;
    const descr = o.type.lookup(name);
    if (descr !== null && descr.type.slots.descrSet) {
      descr.type.slots.descrSet(descr, o, v);
      return;
    }
    if (f.funcDict === null) f.funcDict = newDict();
    if (v === null) {
      const k = newStr(name);
      try {
        const old = dictPopOrRaise(f.funcDict, k, o, name);
        decref(old);
      } finally {
        decref(k);
      }
    } else dictSetStrRef(f.funcDict, name, v);
  };

  const ms = methodType.slots;
  ms.call = (o, args, kw) => {
    const m = o as PyMethod;
    if (m.func instanceof PyFunction) return callFunction(m.func, [m.self, ...args], kw);
    return call(m.func, [m.self, ...args], kw);
  };
  ms.repr = (o) => {
    const m = o as PyMethod;
    const fname = m.func instanceof PyFunction ? m.func.qualname : '?';
    return newStr(`<bound method ${fname} of ${reprText(m.self)}>`);
  };
  ms.descrGet = (o) => (o.rc++, o);
  ms.richcompare = (a, b, op) => {
    if ((op !== 2 && op !== 3) || !(b instanceof PyMethod)) return None === a ? a : (NotImpl.rc++, NotImpl);
    const eq = (a as PyMethod).func === b.func && (a as PyMethod).self === b.self;
    return boolObj(op === 2 ? eq : !eq);
  };
  ms.hash = (o) => pointerHash((o as PyMethod).self) ^ pointerHash((o as PyMethod).func);
  ms.getattro = (o, name) => {
    const descr = o.type.lookup(name);
    if (descr !== null) {
      if (descr.type.slots.descrGet) return descr.type.slots.descrGet(descr, o, o.type);
      descr.rc++;
      return descr;
    }
    return (o as PyMethod).func.type.slots.getattro!((o as PyMethod).func, name);
  };
  defineGetSet(methodType, '__self__', (o) => ((o as PyMethod).self.rc++, (o as PyMethod).self));
  defineGetSet(methodType, '__func__', (o) => ((o as PyMethod).func.rc++, (o as PyMethod).func));

  codeType.slots.repr = (o) => {
    const c = o as PyCode;
    return newStr(`<code object ${c.name} at ${hexAddr(o)}, file "${c.filename}", line ${c.unit.firstlineno}>`);
  };
  const cget = (name: string, get: (c: PyCode) => PyObject) => defineGetSet(codeType, name, (o) => get(o as PyCode));
  cget('co_name', (c) => internedOrNewStr(c.name));
  cget('co_qualname', (c) => internedOrNewStr(c.qualname));
  cget('co_filename', (c) => newStr(c.filename));
  cget('co_firstlineno', (c) => newInt(c.unit.firstlineno));
  cget('co_argcount', (c) => newInt(c.unit.argcount));
  cget('co_posonlyargcount', (c) => newInt(c.unit.posonlyargcount));
  cget('co_kwonlyargcount', (c) => newInt(c.unit.kwonlyargcount));
  cget('co_flags', (c) => newInt(c.unit.flags | (c.iterableCoroutine ? CodeFlag.ITERABLE_COROUTINE : 0)));
  cget('co_nlocals', (c) => newInt(c.unit.nlocals));
  cget('co_stacksize', (c) => newInt(c.unit.stacksize));
  cget('co_consts', (c) => newTuple(c.consts.map((x) => (x.rc++, x))));
  cget('co_names', (c) => newTuple(c.unit.names.map((n) => internedOrNewStr(n))));
  const kindNames = (c: PyCode, bit: number) =>
    newTuple(c.unit.localsplusnames.filter((_, i) => (c.unit.localspluskinds[i] & bit) !== 0).map((n) => newStr(n)));
  cget('co_varnames', (c) => kindNames(c, 0x20));
  cget('co_cellvars', (c) => kindNames(c, 0x40));
  cget('co_freevars', (c) => kindNames(c, 0x80));
});

import { dictPop, dictSetStr } from '../objects/dict';
import { NotImplemented } from '../objects/singletons';
import { newBool } from '../objects/int';
import { noAttribute } from '../objects/abstract';
const NotImpl = NotImplemented;
const boolObj = newBool;
function dictPopOrRaise(d: PyDict, k: PyObject, o: PyObject, name: string): PyObject {
  const old = dictPop(d, k);
  if (old === null) throw noAttribute(o, name);
  return old;
}
function dictSetStrRef(d: PyDict, name: string, v: PyObject): void {
  dictSetStr(d, name, v);
}
