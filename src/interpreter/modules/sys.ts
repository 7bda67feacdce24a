/**
 * The `sys` module (Python/sysmodule.c): argv, modules, path, the standard streams, refcounts
 * and sizes (`getrefcount`, `getsizeof` — computed from the simulated object headers exactly as
 * _PySys_GetSizeOf does: `__sizeof__()` plus the GC header and 3.12's pre-header), recursion
 * limit, `exc_info`/`exception`, `intern`, `_getframe`, version information for 3.12.1.
 */
import { PyObject, decref, isImmortal, IMMORTAL_REPORTED } from '../objects/object';
import { PyModule, newModule } from '../objects/module';
import { PyDict, dictSetStr, newDict } from '../objects/dict';
import { defineFunction, parseArgs, defineMethod } from '../objects/descriptors';
import { newInt, PyInt, True, False } from '../objects/int';
import { PyStr, newStr, internInPlace } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { newList } from '../objects/list';
import { None } from '../objects/singletons';
import { typeError, valueError, recursionError } from '../objects/errors';
import { exceptionTypes, raiseWith, PyBaseException } from '../objects/exceptions';
import { callMethod, lookupSpecial, call, strText } from '../objects/abstract';
import { preHeaderSize } from '../objects/alloc';
import { PyType } from '../objects/typeobject';
import { makeClass } from '../objects/classes';
import { objectType, typeType } from '../objects/core-types';
import { rt } from '../vm/state';
import { frameObjectOf } from '../vm/frameobject';
import { printHook } from './builtins';

/** sys.getsizeof(o): __sizeof__ + GC header + managed-dict pre-header. */
export function getsizeof(o: PyObject): number {
  const m = lookupSpecial(o, '__sizeof__');
  if (m === null) throw typeError(`Type ${o.type.name} doesn't define __sizeof__`);
  let r: PyObject;
  try {
    r = call(m, []);
  } finally {
    decref(m);
  }
  if (!(r instanceof PyInt)) {
    decref(r);
    throw typeError('an integer is required');
  }
  const n = Number(r.value);
  decref(r);
  if (n < 0) throw valueError('__sizeof__() should return >= 0');
  return n + preHeaderSize(o.type);
}

/** A minimal text stream class for sys.stdout / sys.stderr. */
function makeStreamType(): PyType {
  const ns = newDict();
  const t = makeClass(typeType, 'TextIOWrapper', [objectType], ns);
  decref(ns);
  dictSetStr(t.dict, '__module__', newStrTemp('_io'));
  defineMethod(t, 'write', (self, args) => {
    const s = args[0];
    if (!(s instanceof PyStr)) throw typeError(`write() argument must be str, not ${s.type.name}`);
    streamTarget(self).write(s.value);
    return newInt(s.length);
  });
  defineMethod(t, 'flush', () => None);
  defineMethod(t, 'isatty', () => False);
  defineMethod(t, 'fileno', (self) => newInt(streamTarget(self) === rt.stderr ? 2 : 1));
  return t;
}

const streamTargets = new WeakMap<PyObject, { write(s: string): void }>();
function streamTarget(o: PyObject) {
  return streamTargets.get(o) ?? rt.stdout;
}

function newStrTemp(s: string): PyObject {
  const o = newStr(s);
  o.rc--;
  return o;
}

export function makeSysModule(modules: PyDict, argv: string[], filename: string): PyModule {
  const m = newModule('sys');
  const d = m.md;
  const set = (name: string, v: PyObject) => {
    dictSetStr(d, name, v);
    decref(v);
  };
  dictSetStr(d, 'modules', modules);
  set('argv', newList([filename, ...argv].map((a) => newStr(a))));
  set('path', newList([newStr(rt.mainDir)]));
  set('version', newStr('3.12.1 (main, Jan  1 2024, 00:00:00) [GCC 12.2.0]'));
  set('version_info', newTuple([newInt(3), newInt(12), newInt(1), newStr('final'), newInt(0)]));
  set('hexversion', newInt(0x030c01f0));
  set('platform', newStr('linux'));
  set('byteorder', newStr('little'));
  set('maxsize', newInt(2n ** 63n - 1n));
  set('maxunicode', newInt(0x10ffff));
  set('executable', newStr('/usr/local/bin/python3'));
  set('implementation_name', newStr('cpython'));
  const streamType = makeStreamType();
  const stdout = call(streamType, []);
  const stderr = call(streamType, []);
  streamTargets.set(stdout, { write: (s) => rt.stdout.write(s) });
  streamTargets.set(stderr, { write: (s) => rt.stderr.write(s) });
  dictSetStr(d, '__stdout__', stdout);
  dictSetStr(d, '__stderr__', stderr);
  set('stdout', stdout);
  set('stderr', stderr);
  decref(streamType);
  printHook.write = (file, text) => {
    const target = file ?? d.getStr('stdout');
    if (target === null || target === None) return;
    const sink = streamTargets.get(target);
    if (sink !== undefined) sink.write(text);
    else {
      const s = newStr(text);
      try {
        decref(callMethod(target, 'write', [s]));
      } finally {
        decref(s);
      }
    }
  };

  defineFunction(d, 'getrefcount', (_s, args, kw) => {
    parseArgs('getrefcount', args, kw, ['object'], 1, 1, 1);
    const o = args[0];
    return newInt(isImmortal(o) ? IMMORTAL_REPORTED : o.rc);
  });
  defineFunction(d, 'getsizeof', (_s, args, kw) => {
    const [o, dflt] = parseArgs('getsizeof', args, kw, ['object', 'default'], 1);
    try {
      return newInt(getsizeof(o!));
    } catch (e) {
      if (dflt !== null) {
        dflt.rc++;
        return dflt;
      }
      throw e;
    }
  });
  defineFunction(d, 'intern', (_s, args, kw) => {
    parseArgs('intern', args, kw, ['string'], 1, 1, 1);
    const s = args[0];
    if (s.type.name !== 'str') throw typeError(`intern() argument must be str, not ${s.type.name}`);
    const r = internInPlace(s as PyStr);
    r.rc++;
    return r;
  });
  defineFunction(d, 'getrecursionlimit', () => newInt(rt.recursionLimit));
  defineFunction(d, 'setrecursionlimit', (_s, args) => {
    const n = Number((args[0] as PyInt).value);
    if (n < 1) throw valueError('recursion limit must be greater or equal than 1');
    if (n <= rt.depth) {
      throw recursionError(
        `cannot set the recursion limit to ${n} at the recursion depth ${rt.depth}: the limit is too low`,
      );
    }
    rt.recursionLimit = n;
    return None;
  });
  defineFunction(d, 'exit', (_s, args) => {
    throw raiseWith(exceptionTypes['SystemExit'], args.slice(0, 1));
  });
  defineFunction(d, 'exc_info', () => {
    const e = rt.handled;
    if (e === null) return newTuple([None, None, None]);
    e.type.rc++;
    e.rc++;
    const tb = (e as PyBaseException).traceback ?? None;
    tb.rc++;
    return newTuple([e.type, e, tb]);
  });
  defineFunction(d, 'exception', () => {
    const e = rt.handled ?? None;
    e.rc++;
    return e;
  });
  defineFunction(d, '_getframe', (_s, args) => {
    let depth = args.length > 0 ? Number((args[0] as PyInt).value) : 0;
    let f = rt.frame;
    while (depth-- > 0 && f !== null) f = f.back;
    if (f === null) throw valueError('call stack is not deep enough');
    return frameObjectOf(f);
  });
  defineFunction(d, 'getdefaultencoding', () => newStr('utf-8'));
  void True;
  void strText;
  return m;
}
