/**
 * Binding call arguments to a new frame's parameters (CPython's initialize_locals in
 * Python/ceval.c), with CPython 3.12's error messages. References to the arguments are
 * *stolen* into the frame's locals, exactly as _PyEvalFramePushAndInit does with the caller's
 * stack, so reference counts match CPython's inside the callee.
 */
import { PyObject, decref } from '../objects/object';
import { PyFunction, PyMethod } from '../objects/function';
import { PyBuiltin, PyMethodDescr } from '../objects/descriptors';
import { allocBuffer, freeBuffer } from '../objects/alloc';
import { PyDict, newDict, dictSet, dictFind, keyHash, dictForEach } from '../objects/dict';
import { newTuple } from '../objects/tuple';
import { internStr } from '../objects/str';
import { typeError } from '../objects/errors';
import { CodeFlag, FastKind } from '../compiler/opcodes';
import { Frame, acquireFrame } from './frame';

/**
 * Make the frame for calling `func` with `args` (the last `kwnames.length` are keyword values).
 * Steals the references in `args` (also on error: they are released).
 */
export function makeFunctionFrame(func: PyFunction, args: PyObject[], kwnames: string[] | null): Frame {
  const code = func.code;
  const u = code.unit;
  const f = acquireFrame(code, func.globals, func.builtins, func);
  func.rc++;
  const locals = f.localsplus;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  const argcount = u.argcount;
  const total = argcount + u.kwonlyargcount;
  const hasVarargs = (u.flags & CodeFlag.VARARGS) !== 0;
  const hasVarkw = (u.flags & CodeFlag.VARKEYWORDS) !== 0;
  const name = func.qualname;
  try {
    let kwdict: PyDict | null = null;
    if (hasVarkw) {
      kwdict = newDict();
      locals[total + (hasVarargs ? 1 : 0)] = kwdict;
    }
    const n = Math.min(nargs, argcount);
    for (let i = 0; i < n; i++) {
      locals[i] = args[i];
      args[i] = null as unknown as PyObject;
    }
    if (hasVarargs) {
      const extra = nargs > argcount ? args.slice(argcount, nargs) : [];
      for (let i = argcount; i < nargs; i++) args[i] = null as unknown as PyObject;
      locals[total] = newTuple(extra);
    } else if (nargs > argcount) {
      throw tooManyPositional(func, nargs, nkw, args, kwnames);
    }
    // keyword arguments
    for (let k = 0; k < nkw; k++) {
      const kname = kwnames![k];
      const value = args[nargs + k];
      let j = -1;
      const names = u.localsplusnames;
      for (let p = u.posonlyargcount; p < total; p++) {
        if (names[p] === kname) {
          j = p;
          break;
        }
      }
      if (j < 0) {
        if (kwdict === null) {
          // positional_only_passed_as_keyword: every positional-only name given by keyword
          const conflicts: string[] = [];
          for (let p = 0; p < u.posonlyargcount; p++) {
            for (let k2 = 0; k2 < nkw; k2++) if (kwnames![k2] === names[p]) conflicts.push(names[p]);
          }
          if (conflicts.length > 0) {
            throw typeError(`${name}() got some positional-only arguments passed as keyword arguments: '${conflicts.join(', ')}'`);
          }
          throw typeError(`${name}() got an unexpected keyword argument '${kname}'`);
        }
        const key = internStr(kname);
        if (dictFind(kwdict, key, keyHash(key)) >= 0) {
          throw typeError(`${name}() got multiple values for keyword argument '${kname}'`);
        }
        dictSet(kwdict, key, value);
        decref(value);
        args[nargs + k] = null as unknown as PyObject;
        continue;
      }
      if (locals[j] !== null) throw typeError(`${name}() got multiple values for argument '${kname}'`);
      locals[j] = value;
      args[nargs + k] = null as unknown as PyObject;
    }
    // defaults for missing positional parameters
    if (nargs < argcount) {
      const defaults = func.defaults === null ? [] : func.defaults.items;
      const m = argcount - defaults.length;
      const missing: string[] = [];
      for (let i = nargs; i < m; i++) if (locals[i] === null) missing.push(u.localsplusnames[i]);
      if (missing.length > 0) throw missingArgs(name, missing, 'positional');
      for (let i = Math.max(nargs, m); i < argcount; i++) {
        if (locals[i] === null) {
          const d = defaults[i - m];
          d.rc++;
          locals[i] = d;
        }
      }
    }
    if (u.kwonlyargcount > 0) {
      const missing: string[] = [];
      for (let i = argcount; i < total; i++) {
        if (locals[i] !== null) continue;
        const pname = u.localsplusnames[i];
        const d = func.kwdefaults === null ? null : func.kwdefaults.getStr(pname);
        if (d !== null) {
          d.rc++;
          locals[i] = d;
        } else missing.push(pname);
      }
      if (missing.length > 0) throw missingArgs(name, missing, 'keyword-only');
    }
    // closure cells
    if (func.closure !== null) {
      const cells = func.closure.items;
      const start = locals.length - cells.length;
      for (let i = 0; i < cells.length; i++) {
        cells[i].rc++;
        locals[start + i] = cells[i];
      }
    }
    return f;
  } catch (e) {
    for (const a of args) if (a !== null) decref(a);
    for (let i = 0; i < locals.length; i++) {
      const v = locals[i];
      locals[i] = null;
      if (v !== null) decref(v);
    }
    decref(func);
    throw e;
  }
}

/**
 * Fast path of makeFunctionFrame for the common call: positional arguments only, exactly
 * `argcount` of them, no *args/**kwargs/keyword-only parameters. The arguments are moved
 * (stolen) from `stack[argStart…]` into the new frame's locals and the stack is truncated to
 * `base`. Returns null (touching nothing) when the call doesn't qualify.
 */
export function makeFunctionFrameFromStack(func: PyFunction, stack: (PyObject | null)[], argStart: number, base: number): Frame | null {
  const code = func.code;
  const u = code.unit;
  const nargs = stack.length - argStart;
  if (nargs !== u.argcount || u.kwonlyargcount !== 0 || (u.flags & (CodeFlag.VARARGS | CodeFlag.VARKEYWORDS)) !== 0) return null;
  const f = acquireFrame(code, func.globals, func.builtins, func);
  func.rc++;
  const locals = f.localsplus;
  for (let i = 0; i < nargs; i++) locals[i] = stack[argStart + i];
  while (stack.length > base) stack.pop(); // (not `length = base`: a runtime call in V8)
  if (func.closure !== null) {
    const cells = func.closure.items;
    const start = locals.length - cells.length;
    for (let i = 0; i < cells.length; i++) {
      cells[i].rc++;
      locals[start + i] = cells[i];
    }
  }
  return f;
}

function tooManyPositional(func: PyFunction, given: number, nkw: number, args: PyObject[], kwnames: string[] | null) {
  const u = func.code.unit;
  const ndefaults = func.defaults === null ? 0 : func.defaults.items.length;
  const atLeast = u.argcount - ndefaults;
  const plural = (n: number) => (n === 1 ? '' : 's');
  let sig: string;
  if (ndefaults > 0) sig = `from ${atLeast} to ${u.argcount} positional arguments`;
  else sig = `${u.argcount} positional argument${plural(u.argcount)}`;
  let kwonlyGiven = 0;
  if (kwnames !== null) {
    for (const k of kwnames) {
      const i = u.localsplusnames.indexOf(k);
      if (i >= u.argcount && i < u.argcount + u.kwonlyargcount) kwonlyGiven++;
    }
  }
  void args;
  void nkw;
  const givenText =
    kwonlyGiven > 0
      ? `${given} positional argument${plural(given)} (and ${kwonlyGiven} keyword-only argument${plural(kwonlyGiven)}) were given`
      : `${given} ${given === 1 ? 'was' : 'were'} given`;
  return typeError(`${func.qualname}() takes ${sig} but ${givenText}`);
}

function missingArgs(name: string, missing: string[], kind: string) {
  const quoted = missing.map((m) => `'${m}'`);
  let list: string;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return typeError(
    `${name}() missing ${missing.length} required ${kind} argument${missing.length === 1 ? '' : 's'}: ${list}`,
  );
}

/** Flatten `f(*args, **kwargs)` into the vectorcall form; returns new references. */
export function flattenCallEx(argsTuple: PyObject[], kwargs: PyDict | null): { args: PyObject[]; kwnames: string[] | null } {
  const args = argsTuple.slice();
  for (const a of args) a.rc++;
  if (kwargs === null || kwargs.used === 0) return { args, kwnames: null };
  const kwnames: string[] = [];
  dictForEach(kwargs, (k, v) => {
    if (!('value' in k) || typeof (k as { value: unknown }).value !== 'string') {
      throw typeError('keywords must be strings');
    }
    kwnames.push((k as unknown as { value: string }).value);
    v.rc++;
    args.push(v);
  });
  return { args, kwnames };
}

/**
 * _PyStack_UnpackDict (Objects/call.c): calling a vectorcall object (a Python function, a bound
 * method, a builtin) with `**kwargs` copies the arguments into a PyMem array of
 * 1 + nargs + len(kwargs) pointers and puts the keyword names in a new tuple. Both are freed by
 * the returned function: after the call, or — for a plain Python function, whose frame takes
 * the arguments (_PyEvalFramePushAndInit_Ex) — before its body runs. Objects called through
 * tp_call (classes, instances with __call__) get the dict itself and allocate nothing here.
 */
export function stackUnpackDict(callable: PyObject, nargs: number, kwargs: PyDict | null): (() => void) | null {
  if (kwargs === null || kwargs.used === 0) return null;
  if (!(callable instanceof PyFunction || callable instanceof PyMethod || callable instanceof PyBuiltin || callable instanceof PyMethodDescr)) {
    return null;
  }
  const stack = allocBuffer((1 + nargs + kwargs.used) * 8);
  const names: PyObject[] = [];
  dictForEach(kwargs, (k) => {
    k.rc++;
    names.push(k);
  });
  const kwnames = newTuple(names);
  return () => {
    freeBuffer(stack);
    decref(kwnames);
  };
}

export { FastKind };
