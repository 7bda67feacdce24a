/**
 * Python functions (Objects/funcobject.c) and bound methods (Objects/classobject.c).
 * Calling a function is the VM's job (vm/call.ts installs functionType's call slot).
 */
import { PyObject, release } from './object';
import { functionType, methodType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject } from './alloc';
import type { PyCode } from './code';
import type { PyDict } from './dict';
import type { PyTuple } from './tuple';
import { None } from './singletons';
import { PyStr, internedStrOrNull } from './str';
import { typeError } from './errors';

export class PyFunction extends PyGCObject {
  defaults: PyTuple | null = null;
  kwdefaults: PyDict | null = null;
  closure: PyTuple | null = null;
  doc: PyObject;
  name: string;
  qualname: string;
  /** `__module__` (the globals' `__name__` at creation) */
  module: PyObject | null = null;
  annotations: PyObject | null = null;
  funcDict: PyDict | null = null;
  constructor(
    public code: PyCode,
    public globals: PyDict,
    public builtins: PyDict,
  ) {
    super(functionType);
    this.name = code.unit.name;
    this.qualname = code.unit.qualname;
    const c0 = code.consts[0];
    this.doc = c0 !== undefined && c0 instanceof PyStr ? c0 : None;
  }
}

/** PyFunction_New: takes new references to code and globals. */
export function newFunction(code: PyCode, globals: PyDict, builtins: PyDict): PyFunction {
  const f = new PyFunction(code, globals, builtins);
  code.rc++;
  globals.rc++;
  builtins.rc++;
  f.doc.rc++;
  const modName = globals.getStr('__name__');
  if (modName !== null) {
    modName.rc++;
    f.module = modName;
  }
  allocObject(f, 144); // sizeof(PyFunctionObject) in 3.12 (getsizeof 160 with the GC header)
  gcTrack(f);
  return f;
}

export class PyMethod extends PyGCObject {
  constructor(
    public func: PyObject,
    public self: PyObject,
  ) {
    super(methodType);
  }
}

/** A bound method (increfs func and self). */
export function newMethod(func: PyObject, self: PyObject): PyMethod {
  func.rc++;
  self.rc++;
  const m = new PyMethod(func, self);
  allocObject(m, 48);
  gcTrack(m);
  return m;
}

export function initFunctionTypes(): void {
  functionType.dealloc = (o) => {
    const f = o as PyFunction;
    gcUntrack(f);
    // func_clear order
    release(f.globals);
    release(f.builtins);
    release(f.module);
    release(f.defaults);
    release(f.kwdefaults);
    release(f.doc);
    release(f.funcDict);
    release(f.closure);
    release(f.annotations);
    release(f.code);
    return false;
  };
  functionType.traverse = (o, visit) => {
    // (straight-line: no array per call; the collector traverses every function at each collection)
    const f = o as PyFunction;
    // func_traverse's order; func_name / func_qualname are kept as host strings here, so the
    // interned str objects that stand for them are visited when they exist (a name assigned at
    // run time that is not interned is not visited)
    visit(f.code);
    visit(f.globals);
    visit(f.builtins);
    if (f.module !== null) visit(f.module);
    if (f.defaults !== null) visit(f.defaults);
    if (f.kwdefaults !== null) visit(f.kwdefaults);
    if (f.doc !== null) visit(f.doc);
    const name = internedStrOrNull(f.name);
    if (name !== null) visit(name);
    if (f.funcDict !== null) visit(f.funcDict);
    if (f.closure !== null) visit(f.closure);
    if (f.annotations !== null) visit(f.annotations);
    const qualname = internedStrOrNull(f.qualname);
    if (qualname !== null) visit(qualname);
  };
  methodType.dealloc = (o) => {
    const m = o as PyMethod;
    gcUntrack(m);
    release(m.func);
    release(m.self);
    return false;
  };
  methodType.traverse = (o, visit) => {
    visit((o as PyMethod).func);
    visit((o as PyMethod).self);
  };
  // method_new (types.MethodType(function, instance)), used by weakref.WeakMethod
  methodType.slots.new = (_type, args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError('method() takes no keyword arguments');
    if (args.length !== 2) throw typeError(`method expected 2 arguments, got ${args.length}`);
    const [func, self] = args;
    if (func.type.slots.call === undefined) throw typeError('first argument must be callable');
    if (self === None) throw typeError('instance must not be None');
    return newMethod(func, self);
  };
}
