/**
 * The `sys` module (Python/sysmodule.c): argv, modules, path, the standard streams, refcounts
 * and sizes (`getrefcount`, `getsizeof` — computed from the simulated object headers exactly as
 * _PySys_GetSizeOf does: `__sizeof__()` plus the GC header and 3.12's pre-header), recursion
 * limit, `exc_info`/`exception`, `intern`, `_getframe`, version information for 3.12.1.
 */
import { registerLateTypeInit } from '../objects/type-registry';
import { PyObject, decref, isImmortal, IMMORTAL_REPORTED } from '../objects/object';
import { PyModule, newModule } from '../objects/module';
import { PyDict, dictSetStr, dictSetStrSteal, newDict } from '../objects/dict';
import { defineFunction, parseArgs, defineMethod, defineGetSet } from '../objects/descriptors';
import { newInt, PyInt, True, False, newIntSsize } from '../objects/int';
import { PyStr, newStr, internInPlace } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { newList } from '../objects/list';
import { None } from '../objects/singletons';
import { typeError, valueError, recursionError } from '../objects/errors';
import { exceptionTypes, raiseWith, PyBaseException } from '../objects/exceptions';
import { callMethod, lookupSpecial, call, strText, setAttr } from '../objects/abstract';
import { preHeaderSize } from '../objects/alloc';
import { PyType } from '../objects/typeobject';
import { makeClass } from '../objects/classes';
import { objectType, typeType } from '../objects/core-types';
import { rt } from '../vm/state';
import { frameObjectOf } from '../vm/frameobject';
import { topmostHandled } from '../vm/exc-state';
import { asyncGenHooks } from '../vm/coroutine';
import { structSeqType, newStructSeq, newSimpleNamespace } from '../objects/structseq';
import { newFloat } from '../objects/float';
import { asSsize } from '../objects/slice';
import { stdinRead, stdinReadLine } from './stdin-buffer';
import { withPyErrors } from '../objects/int-type';
import { INT_MAX_STR_DIGITS_DEFAULT, getIntMaxStrDigits, setIntMaxStrDigits } from '../objects/text/int-text';
import { printHook } from './builtins';
import { StdStream, attachStdStream, stdStreamOf, stdStreamClass } from './stdio';

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

/**
 * The class of sys.stdin/stdout/stderr, shown as `_io.TextIOWrapper`; the write path and its
 * buffering are modules/stdio.ts.
 */
function makeStreamType(): PyType {
  const ns = newDict();
  const t = makeClass(typeType, 'TextIOWrapper', [objectType], ns);
  decref(ns);
  dictSetStrSteal(t.dict, '__module__', newStr('_io'));
  dictSetStrSteal(t.dict, 'encoding', newStr('utf-8'));
  const stream = (self: PyObject) => {
    const st = stdStreamOf(self);
    if (st === undefined) throw valueError('I/O operation on closed file.');
    return st;
  };
  defineMethod(t, 'write', (self, args) => {
    const s = args[0];
    if (!(s instanceof PyStr)) throw typeError(`write() argument must be str, not ${s.type.name}`);
    return newIntSsize(stream(self).write(s));
  });
  stdStreamClass.writeDescr = t.dict.getStr('write');
  defineMethod(t, 'flush', (self) => {
    stream(self).flush();
    return None;
  });
  const isTty = (self: PyObject) => {
    const st = stdStreamOf(self);
    return st !== undefined && (st.fd === 1 ? rt.stdoutIsTty : st.lineBuffering && rt.stdoutIsTty);
  };
  defineMethod(t, 'isatty', (self) => (isTty(self) ? (True.rc++, True) : (False.rc++, False)));
  defineMethod(t, 'fileno', (self) => newInt(stdStreamOf(self)?.fd ?? 0));
  defineMethod(t, 'writable', (self) => (stdStreamOf(self) !== undefined ? (True.rc++, True) : (False.rc++, False)));
  defineMethod(t, 'readable', (self) => (stdStreamOf(self) === undefined ? (True.rc++, True) : (False.rc++, False)));
  defineMethod(t, 'seekable', () => (False.rc++, False));
  // reading: sys.stdin (the one std stream without a StdStream); stdin-buffer.ts
  const sizeArg = (fname: string, args: PyObject[], kw: string[] | null): number => {
    const [size] = parseArgs(fname, args, kw, ['size'], 0, 1, 1);
    return size === null || size === None ? -1 : asSsize(size);
  };
  defineMethod(t, 'read', (_self, args, kw) => newStr(stdinRead(sizeArg('read', args, kw))));
  defineMethod(t, 'readline', (_self, args, kw) => newStr(stdinReadLine(sizeArg('readline', args, kw))));
  defineMethod(t, 'readlines', () => {
    const lines: PyObject[] = [];
    for (let line = stdinReadLine(); line !== ''; line = stdinReadLine()) lines.push(newStr(line));
    return newList(lines);
  });
  const nextLine = (): PyObject | null => {
    const line = stdinReadLine();
    return line === '' ? null : newStr(line);
  };
  defineMethod(t, '__iter__', (self) => (self.rc++, self));
  defineMethod(t, '__next__', () => {
    const line = nextLine();
    if (line === null) throw raiseWith(exceptionTypes['StopIteration'], []);
    return line;
  });
  t.slots.iter = (self) => (self.rc++, self);
  t.slots.iternext = nextLine;
  // textiowrapper_traverse visits pending_bytes (gc.get_referents(sys.stdout) lists it)
  const instanceTraverse = t.traverse;
  t.traverse = (o, visit) => {
    const pending = stdStreamOf(o)?.pending ?? null;
    if (pending !== null) visit(pending);
    instanceTraverse?.(o, visit);
  };
  const bool = (v: boolean) => (v ? (True.rc++, True) : (False.rc++, False));
  defineGetSet(t, 'line_buffering', (self) => bool(stdStreamOf(self)?.lineBuffering ?? false));
  defineGetSet(t, 'write_through', () => bool(false));
  defineGetSet(t, 'closed', () => bool(false));
  defineGetSet(t, 'name', (self) => newStr(['<stdin>', '<stdout>', '<stderr>'][stdStreamOf(self)?.fd ?? 0]));
  defineGetSet(t, 'errors', (self) => newStr(stdStreamOf(self)?.fd === 2 ? 'backslashreplace' : 'strict'));
  return t;
}

const structTypes = { asyncgenHooks: null as PyType | null };
registerLateTypeInit(() => {
  structTypes.asyncgenHooks = structSeqType('sys', 'asyncgen_hooks', ['firstiter', 'finalizer'], 'asyncgen_hooks');
});

export function makeSysModule(modules: PyDict, argv: string[], filename: string): PyModule {
  const m = newModule('sys');
  const d = m.md;
  const set = (name: string, v: PyObject) => {
    dictSetStr(d, name, v);
    decref(v);
  };
  dictSetStr(d, 'modules', modules);
  // a program read from standard input (and the REPL) has argv[0] == ''
  set('argv', newList([filename === '<stdin>' ? '' : filename, ...argv].map((a) => newStr(a))));
  set('path', newList([newStr(rt.mainDir)]));
  set('version', newStr('3.12.1 (main, Jan  1 2024, 00:00:00) [GCC 12.2.0]'));
  const versionInfo = newStructSeq(structSeqType('sys', 'version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial']), [
    newInt(3), newInt(12), newInt(1), newStr('final'), newInt(0),
  ]);
  versionInfo.rc++;
  set('version_info', versionInfo);
  set('implementation', newSimpleNamespace([
    ['name', newStr('cpython')],
    ['cache_tag', newStr('cpython-312')],
    ['version', versionInfo],
    ['hexversion', newInt(0x030c01f0)],
    ['_multiarch', newStr('x86_64-linux-gnu')],
  ]));
  set('int_info', newStructSeq(
    structSeqType('sys', 'int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold']),
    [newInt(30), newInt(4), newInt(4300), newInt(640)],
  ));
  set('float_info', newStructSeq(
    structSeqType('sys', 'float_info', [
      'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds',
    ]),
    [
      newFloat(1.7976931348623157e308), newInt(1024), newInt(308), newFloat(2.2250738585072014e-308), newInt(-1021),
      newInt(-307), newInt(15), newInt(53), newFloat(2.220446049250313e-16), newInt(2), newInt(1),
    ],
  ));
  set('hash_info', newStructSeq(
    structSeqType('sys', 'hash_info', ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff']),
    [
      newInt(64), newInt(2n ** 61n - 1n), newInt(314159), newInt(0), newInt(1000003), newStr('siphash13'), newInt(64),
      newInt(128), newInt(0),
    ],
  ));
  const flagNames = [
    'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
    'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode',
    'utf8_mode', 'warn_default_encoding', 'safe_path', 'int_max_str_digits',
  ];
  set('flags', newStructSeq(
    structSeqType('sys', 'flags', flagNames),
    flagNames.map((n) =>
      n === 'hash_randomization' ? newInt(1) : n === 'dev_mode' || n === 'safe_path' ? (False.rc++, False) : n === 'int_max_str_digits' ? newInt(INT_MAX_STR_DIGITS_DEFAULT) : newInt(0),
    ),
  ));
  set('float_repr_style', newStr('short'));
  set('api_version', newInt(1013));
  set('abiflags', newStr(''));
  set('copyright', newStr('Copyright (c) 2001-2023 Python Software Foundation.'));
  set('prefix', newStr('/usr/local'));
  set('exec_prefix', newStr('/usr/local'));
  set('base_prefix', newStr('/usr/local'));
  set('dont_write_bytecode', (False.rc++, False));
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
  // create_stdio: stderr is always line-buffered, stdout only on a terminal
  attachStdStream(stdout, new StdStream(1, rt.stdoutIsTty, () => rt.stdout), true);
  attachStdStream(stderr, new StdStream(2, true, () => rt.stderr));
  for (const o of [stdout, stderr]) {
    const mode = newStr('w');
    setAttr(o, 'mode', mode); // the only entry of a std stream's __dict__
    decref(mode);
  }
  dictSetStr(d, '__stdout__', stdout);
  dictSetStr(d, '__stderr__', stderr);
  const stdin = call(streamType, []);
  dictSetStr(d, '__stdin__', stdin);
  set('stdin', stdin);
  set('stdout', stdout);
  set('stderr', stderr);
  decref(streamType);
  printHook.write = (file, text, flush) => {
    const target = file ?? d.getStr('stdout');
    if (target === null || target === None) return;
    const s = newStr(text);
    try {
      decref(callMethod(target, 'write', [s]));
    } finally {
      decref(s);
    }
    if (flush) decref(callMethod(target, 'flush'));
  };

  defineFunction(d, 'getrefcount', (_s, args, kw) => {
    parseArgs('getrefcount', args, kw, ['object'], 1, 1, 1);
    const o = args[0];
    return newInt(isImmortal(o) ? IMMORTAL_REPORTED : o.rc);
  });
  defineFunction(d, 'getsizeof', (_s, args, kw) => {
    const [o, dflt] = parseArgs('getsizeof', args, kw, ['object', 'default'], 1);
    try {
      return newIntSsize(getsizeof(o!));
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
    const e = topmostHandled();
    if (e === null) return newTuple([None, None, None]);
    e.type.rc++;
    e.rc++;
    const tb = (e as PyBaseException).traceback ?? None;
    tb.rc++;
    return newTuple([e.type, e, tb]);
  });
  defineFunction(d, 'exception', () => {
    const e = topmostHandled() ?? None;
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
  defineFunction(d, 'getfilesystemencoding', () => newStr('utf-8'));
  defineFunction(d, 'getfilesystemencodeerrors', () => newStr('surrogateescape'));
  defineFunction(d, 'getswitchinterval', () => newFloat(0.005));
  defineFunction(d, 'get_int_max_str_digits', () => newInt(getIntMaxStrDigits()));
  defineFunction(d, 'set_int_max_str_digits', (_s, args, kw) => {
    // (Argument Clinic's _PyArg_UnpackKeywords words a missing argument this way)
    if (args.length === 0) throw typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    const [n] = parseArgs('set_int_max_str_digits', args, kw, ['maxdigits'], 1);
    const digits = asSsize(n!);
    withPyErrors(() => setIntMaxStrDigits(digits));
    return None;
  });
  // PEP 525 hooks (vm/coroutine.ts): CPython keeps the current hook for an argument not given
  defineFunction(d, 'set_asyncgen_hooks', (_s, args, kw) => {
    const given = parseArgs('set_asyncgen_hooks', args, kw, ['firstiter', 'finalizer'], 0);
    const check = (name: string, v: PyObject | null): void => {
      if (v !== null && v !== None && (v.type.slots.call === null || v.type.slots.call === undefined)) {
        throw typeError(`callable ${name} expected, got ${v.type.name}`);
      }
    };
    check('finalizer', given[1]);
    check('firstiter', given[0]);
    const set = (key: 'firstiter' | 'finalizer', v: PyObject | null): void => {
      if (v === null) return;
      const old = asyncGenHooks[key];
      if (v === None) asyncGenHooks[key] = null;
      else {
        v.rc++;
        asyncGenHooks[key] = v;
      }
      if (old !== null) decref(old);
    };
    set('firstiter', given[0]);
    set('finalizer', given[1]);
    None.rc++;
    return None;
  });
  // (the struct sequence type is made at start-up, as CPython's is: a static type made during
  // a program would join the start-up population of every later program)
  const asyncgenHooksType = structTypes.asyncgenHooks!;
  defineFunction(d, 'get_asyncgen_hooks', () => {
    const items = [asyncGenHooks.firstiter ?? None, asyncGenHooks.finalizer ?? None];
    for (const x of items) x.rc++;
    return newStructSeq(asyncgenHooksType, items);
  });
  defineFunction(d, 'is_finalizing', () => (rt.finalizing ? (True.rc++, True) : (False.rc++, False)));
  void True;
  void strText;
  return m;
}
