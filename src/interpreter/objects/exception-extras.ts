/**
 * Exception types with their own C members (Objects/exceptions.c): OSError (errno, strerror,
 * filename, filename2, the errno → subclass map, "[Errno N] msg: 'file'"), BaseExceptionGroup /
 * ExceptionGroup (message, exceptions, derive, split, subgroup), and add_note / __notes__.
 */
import { PyObject, decref } from './object';
import { PyType } from './typeobject';
import { PyBaseException, exceptionTypes, raiseWith } from './exceptions';
import { noAttrHook, stopIterationHook } from './slot-wrappers';
import { PyTuple, newTuple } from './tuple';
import { newStr, PyStr } from './str';
import { None } from './singletons';
import { PyInt } from './int';
import { typeError, valueError, indexError } from './errors';
import { defineGetSet, defineMethod } from './descriptors';
import { reprText, strText, getAttrOrNull, setAttr, call, iterToArray, isTrue, noAttribute } from './abstract';
import { registerTypeInit } from './type-registry';
import { noteHook, exceptionStr } from './exception-type';
import { newList, listAppend, PyList } from './list';
import { strType } from './core-types';
import { PyDict } from './dict';
import { instanceDictGetter } from './object-type';
import { materializeDict } from './classes';

// ------------------------------------------------------------------ helpers
function field(e: PyBaseException, i: number): PyObject {
  const v = e.fields?.[i] ?? null;
  const r = v ?? None;
  r.rc++;
  return r;
}

function setFieldAt(e: PyBaseException, n: number, i: number, v: PyObject | null): void {
  if (e.fields === null) e.fields = new Array(n).fill(null);
  if (v !== null) v.rc++;
  const old = e.fields[i];
  e.fields[i] = v;
  if (old !== null) decref(old);
}

function isAttributeError(e: unknown): boolean {
  const exc = (e as { exc?: PyObject }).exc;
  return exc !== undefined && exc.type.isSubtypeOf(exceptionTypes['AttributeError']);
}

function lookupAttr(o: PyObject, name: string): PyObject | null {
  try {
    return getAttrOrNull(o, name);
  } catch (e) {
    if (isAttributeError(e)) {
      decref((e as { exc: PyObject }).exc);
      return null;
    }
    throw e;
  }
}

// ------------------------------------------------------------------ OSError
const OS_FIELDS = 4; // errno, strerror, filename, filename2
const OS_NAMES = ['errno', 'strerror', 'filename', 'filename2'];

/** errnomap (Objects/exceptions.c _PyExc_InitState), Linux errno values. */
const ERRNO_MAP: Record<number, string> = {
  11: 'BlockingIOError', 114: 'BlockingIOError', 115: 'BlockingIOError',
  10: 'ChildProcessError', 32: 'BrokenPipeError', 108: 'BrokenPipeError', 103: 'ConnectionAbortedError',
  111: 'ConnectionRefusedError', 104: 'ConnectionResetError', 17: 'FileExistsError', 2: 'FileNotFoundError',
  21: 'IsADirectoryError', 20: 'NotADirectoryError', 4: 'InterruptedError', 13: 'PermissionError',
  1: 'PermissionError', 3: 'ProcessLookupError', 110: 'TimeoutError',
};

/** Exceptions made natively with errno/strerror/filename stored as instance attributes. */
function osFields(e: PyBaseException): (PyObject | null)[] | null {
  if (e.fields === null && e.attrs !== null && e.attrs.has('errno')) {
    const f: (PyObject | null)[] = new Array(OS_FIELDS).fill(null);
    OS_NAMES.forEach((n, i) => {
      const v = e.attrs!.get(n);
      if (v !== undefined) {
        e.attrs!.delete(n);
        if (v === None && i >= 2) decref(v);
        else f[i] = v;
      }
    });
    e.fields = f;
  }
  return e.fields;
}

/** oserror_init: parse (errno, strerror[, filename[, winerror[, filename2]]]), trim args. */
function oserrorInit(e: PyBaseException, args: PyObject[]): void {
  const n = args.length;
  let errno: PyObject | null = null;
  let strerror: PyObject | null = null;
  let filename: PyObject | null = null;
  let filename2: PyObject | null = null;
  if (n >= 2 && n <= 5) {
    errno = args[0];
    strerror = args[1];
    if (n >= 3) filename = args[2];
    if (n >= 5) filename2 = args[4];
  }
  let argv = args.slice();
  if (filename !== null && filename !== None) {
    setFieldAt(e, OS_FIELDS, 2, filename);
    if (filename2 !== null && filename2 !== None) setFieldAt(e, OS_FIELDS, 3, filename2);
    argv = args.slice(0, 2);
  }
  setFieldAt(e, OS_FIELDS, 0, errno);
  setFieldAt(e, OS_FIELDS, 1, strerror);
  for (const a of argv) a.rc++;
  const old = e.args;
  e.args = newTuple(argv);
  decref(old);
}

function initOSError(): void {
  const os = exceptionTypes['OSError'];
  const s = os.slots;
  const baseNew = exceptionTypes['BaseException'].slots.new!;
  let osNew: NonNullable<typeof s.new>;
  const osInit: NonNullable<typeof s.init> = (self, args, kw) => {
    if (!useInit(self.type)) return;
    if (kw !== null && kw.length > 0 && self.type.slots.init === osInit) {
      throw typeError(`${self.type.name}() takes no keyword arguments`);
    }
    const n = kw === null ? args.length : args.length - kw.length;
    oserrorInit(self as PyBaseException, args.slice(0, n));
  };
  const useInit = (t: PyType) => t.slots.init !== osInit && t.slots.new === osNew;
  osNew = (type, args, kw) => {
    let t = type;
    const n = kw === null ? args.length : args.length - kw.length;
    if (!useInit(type)) {
      if (kw !== null && kw.length > 0) throw typeError(`${type.name}() takes no keyword arguments`);
      if (type === os && n >= 2 && n <= 5 && args[0] instanceof PyInt) {
        const sub = ERRNO_MAP[Number((args[0] as PyInt).value)];
        if (sub !== undefined) t = exceptionTypes[sub];
      }
    }
    const e = baseNew(t, args, kw) as PyBaseException;
    if (!useInit(type)) {
      try {
        oserrorInit(e, args.slice(0, n));
      } catch (err) {
        decref(e);
        throw err;
      }
    }
    return e;
  };
  s.new = osNew;
  s.init = osInit;
  s.str = (o) => {
    const e = o as PyBaseException;
    const f = osFields(e);
    if (f !== null) {
      const [errno, strerror, filename, filename2] = f;
      if (filename !== null) {
        if (filename2 !== null) {
          return newStr(`[Errno ${strOf(errno)}] ${strOf(strerror)}: ${reprText(filename)} -> ${reprText(filename2)}`);
        }
        return newStr(`[Errno ${strOf(errno)}] ${strOf(strerror)}: ${reprText(filename)}`);
      }
      if (errno !== null && strerror !== null) return newStr(`[Errno ${strText(errno)}] ${strText(strerror)}`);
    }
    return newStr(exceptionStr(o));
  };
  OS_NAMES.forEach((name, i) =>
    defineGetSet(
      os,
      name,
      (o) => {
        osFields(o as PyBaseException);
        return field(o as PyBaseException, i);
      },
      (o, v) => {
        osFields(o as PyBaseException);
        setFieldAt(o as PyBaseException, OS_FIELDS, i, v);
      },
    ),
  );
}

/** %S of a possibly-NULL member. */
function strOf(v: PyObject | null): string {
  return v === null ? '<NULL>' : strText(v);
}

// ------------------------------------------------------------------ AttributeError, NameError
/**
 * AttributeError(*args, name=None, obj=None) and NameError(*args, name=None): keyword-only
 * members (None when unset). The VM's own AttributeErrors carry the object and the name
 * (abstract.ts noAttribute); NameErrors it raises carry the name.
 */
function initNameMembers(): void {
  const members: [string, string[]][] = [['AttributeError', ['obj', 'name']], ['NameError', ['name']]];
  const baseInit = exceptionTypes['BaseException'].slots.init!;
  for (const [typeName, names] of members) {
    const t = exceptionTypes[typeName];
    const n = names.length;
    t.slots.init = (self, args, kw) => {
      const nkw = kw === null ? 0 : kw.length;
      const pos = args.slice(0, args.length - nkw);
      baseInit(self, pos, null);
      for (let k = 0; k < nkw; k++) {
        const i = names.indexOf(kw![k]);
        if (i < 0) throw typeError(`'${kw![k]}' is an invalid keyword argument for ${typeName}()`);
        setFieldAt(self as PyBaseException, n, i, args[pos.length + k]);
      }
    };
    names.forEach((name, i) =>
      defineGetSet(
        t,
        name,
        (o) => {
          const e = o as PyBaseException;
          if (typeName === 'NameError' && (e.fields === null || e.fields[0] === null)) {
            const vmName = nameErrorName.get(e);
            if (vmName !== undefined) return newStr(vmName);
          }
          return field(e, i);
        },
        (o, v) => setFieldAt(o as PyBaseException, n, i, v),
      ),
    );
  }
}

// ImportError(*args, name=None, path=None): members msg, name, path, name_from
const IMPORT_FIELDS = ['msg', 'name', 'path', 'name_from'];

/** The import system's ImportErrors: name (module), path (its file), name_from (`from m import x`). */
export function setImportErrorMembers(exc: PyObject, m: { name?: string; path?: string; nameFrom?: string }): void {
  const e = exc as PyBaseException;
  const put = (i: number, v: string | undefined) => {
    if (v === undefined) return;
    const s = newStr(v);
    setFieldAt(e, IMPORT_FIELDS.length, i, s);
    decref(s);
  };
  if (e.fields === null && e.args.items.length === 1) setFieldAt(e, IMPORT_FIELDS.length, 0, e.args.items[0]);
  put(1, m.name);
  put(2, m.path);
  put(3, m.nameFrom);
}

function initImportError(): void {
  const t = exceptionTypes['ImportError'];
  const n = IMPORT_FIELDS.length;
  const baseInit = exceptionTypes['BaseException'].slots.init!;
  t.slots.init = (self, args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const pos = args.slice(0, args.length - nkw);
    baseInit(self, pos, null);
    const e = self as PyBaseException;
    for (let k = 0; k < nkw; k++) {
      const i = kw![k] === 'name' ? 1 : kw![k] === 'path' ? 2 : -1;
      if (i < 0) throw typeError(`'${kw![k]}' is an invalid keyword argument for ${self.type.name}()`);
      setFieldAt(e, n, i, args[pos.length + k]);
    }
    setFieldAt(e, n, 0, pos.length === 1 ? pos[0] : null);
  };
  // ImportError_str: the message when it is a str
  t.slots.str = (o) => {
    const e = o as PyBaseException;
    const msg = e.fields === null ? (e.args.items.length === 1 ? e.args.items[0] : null) : e.fields[0];
    if (msg !== null && msg.type === strType) {
      msg.rc++;
      return msg;
    }
    return newStr(exceptionStr(o));
  };
  IMPORT_FIELDS.forEach((name, i) =>
    defineGetSet(
      t,
      name,
      (o) => {
        const e = o as PyBaseException;
        // exceptions the VM made without calling __init__: msg is the single argument
        if (i === 0 && e.fields === null && e.args.items.length === 1) {
          const a = e.args.items[0];
          a.rc++;
          return a;
        }
        return field(e, i);
      },
      (o, v) => setFieldAt(o as PyBaseException, n, i, v),
    ),
  );
}

/** SyntaxError_str: "msg (file.py, line N)" with the file's base name, when they are known. */
// SyntaxError's members (PySyntaxErrorObject), kept in `fields` (None when unset)
const SYNTAX_MEMBERS = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'];

/** A SyntaxError member (borrowed), or null when unset. */
export function syntaxField(e: PyObject, name: string): PyObject | null {
  const f = (e as PyBaseException).fields;
  const i = SYNTAX_MEMBERS.indexOf(name);
  return f === null || i < 0 ? null : (f[i] ?? null);
}

/** Set a SyntaxError member (the exception takes its own reference). */
export function setSyntaxField(e: PyObject, name: string, v: PyObject | null): void {
  setFieldAt(e as PyBaseException, SYNTAX_MEMBERS.length, SYNTAX_MEMBERS.indexOf(name), v);
}

function initSyntaxErrorStr(): void {
  const t = exceptionTypes['SyntaxError'];
  const baseInit = exceptionTypes['BaseException'].slots.init!;
  // SyntaxError_init: (msg) or (msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
  t.slots.init = (self, args, kw) => {
    baseInit(self, args, kw);
    if (args.length >= 1) setSyntaxField(self, 'msg', args[0]);
    if (args.length === 2) {
      const info = args[1];
      if (!(info instanceof PyTuple)) throw typeError('tuple index out of range');
      const n = info.items.length;
      if (n !== 4 && n !== 6) {
        throw n < 4 ? indexError('tuple index out of range') : typeError(`function takes at most 6 arguments (${n} given)`);
      }
      info.items.forEach((v, i) => setSyntaxField(self, SYNTAX_MEMBERS[i + 1], v));
    }
  };
  SYNTAX_MEMBERS.forEach((k, i) =>
    defineGetSet(
      t,
      k,
      (o) => field(o as PyBaseException, i),
      (o, v) => setFieldAt(o as PyBaseException, SYNTAX_MEMBERS.length, i, v),
    ),
  );
  t.slots.str = (o) => {
    const e = o as PyBaseException;
    const msg = syntaxField(e, 'msg');
    const text = msg === null ? exceptionStr(o) : strText(msg);
    const filename = syntaxField(e, 'filename');
    const lineno = syntaxField(e, 'lineno');
    const file = filename instanceof PyStr ? filename.value.slice(filename.value.lastIndexOf('/') + 1) : null;
    const line = lineno instanceof PyInt ? String(lineno.value) : null;
    if (file !== null && line !== null) return newStr(`${text} (${file}, line ${line})`);
    if (file !== null) return newStr(`${text} (${file})`);
    if (line !== null) return newStr(`${text} (line ${line})`);
    return newStr(text);
  };
}

/**
 * UnicodeEncodeError / UnicodeDecodeError (encoding, object, start, end, reason) and
 * UnicodeTranslateError (object, start, end, reason): members read from the arguments, and the
 * str() CPython builds from them ("'utf-8' codec can't decode byte 0xff in position 0: …").
 */
function initUnicodeErrors(): void {
  const specs: [string, string[]][] = [
    ['UnicodeEncodeError', ['encoding', 'object', 'start', 'end', 'reason']],
    ['UnicodeDecodeError', ['encoding', 'object', 'start', 'end', 'reason']],
    ['UnicodeTranslateError', ['object', 'start', 'end', 'reason']],
  ];
  for (const [name, members] of specs) {
    const t = exceptionTypes[name];
    const valid = (e: PyBaseException): boolean => {
      const a = e.args.items;
      if (a.length !== members.length) return false;
      const at = (m: string) => a[members.indexOf(m)];
      return at('start') instanceof PyInt && at('end') instanceof PyInt && at('reason') instanceof PyStr &&
        (name === 'UnicodeTranslateError' || at('encoding') instanceof PyStr);
    };
    members.forEach((m, i) =>
      defineGetSet(
        t,
        m,
        (o) => {
          const e = o as PyBaseException;
          const v = valid(e) ? e.args.items[i] : None;
          v.rc++;
          return v;
        },
        (o, v) => {
          const e = o as PyBaseException;
          if (v === null || !valid(e)) return;
          const items = e.args.items.slice();
          items[i] = v;
          for (const x of items) x.rc++;
          const old = e.args;
          e.args = newTuple(items);
          decref(old);
        },
      ),
    );
    if (name === 'UnicodeTranslateError') defineGetSet(t, 'encoding', () => (None.rc++, None));
    t.slots.str = (o) => {
      const e = o as PyBaseException;
      if (!valid(e)) return newStr(exceptionStr(o));
      const at = (m: string) => e.args.items[members.indexOf(m)];
      const start = Number((at('start') as PyInt).value);
      const end = Number((at('end') as PyInt).value);
      const reason = strText(at('reason'));
      const obj = at('object');
      if (name === 'UnicodeDecodeError') {
        const enc = strText(at('encoding'));
        const data = bytesOf(obj);
        if (data !== null && start < data.length && end === start + 1) {
          return newStr(`'${enc}' codec can't decode byte 0x${data[start].toString(16).padStart(2, '0')} in position ${start}: ${reason}`);
        }
        return newStr(`'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
      }
      const cps = obj instanceof PyStr ? Array.from(obj.value) : [];
      const what = name === 'UnicodeEncodeError' ? `'${strText(at('encoding'))}' codec can't encode` : "can't translate";
      if (start < cps.length && end === start + 1) {
        const c = cps[start].codePointAt(0)!;
        const esc = c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
        return newStr(`${what} character '${esc}' in position ${start}: ${reason}`);
      }
      return newStr(`${what} characters in position ${start}-${end - 1}: ${reason}`);
    };
  }
}

function bytesOf(o: PyObject): Uint8Array | null {
  const d = (o as { data?: unknown }).data;
  return d instanceof Uint8Array ? d : null;
}

/** Installed by the VM: the name a NameError it raised could not find. */
export const nameErrorName = { get: (_e: PyObject): string | undefined => undefined };

// ------------------------------------------------------------------ exception groups
export function groupFields(e: PyObject): { msg: PyObject; excs: PyTuple } | null {
  const f = (e as PyBaseException).fields;
  if (!(e instanceof PyBaseException) || f === null || !e.type.isSubtypeOf(exceptionTypes['BaseExceptionGroup'])) return null;
  if (f[0] === null || !(f[1] instanceof PyTuple)) return null;
  return { msg: f[0], excs: f[1] };
}

function initExceptionGroups(): void {
  const beg = exceptionTypes['BaseExceptionGroup'];
  const eg = exceptionTypes['ExceptionGroup'];
  const exc = exceptionTypes['Exception'];
  const base = exceptionTypes['BaseException'];
  const baseNew = base.slots.new!;
  beg.slots.new = (type, args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError(`${type.name}() takes no keyword arguments`);
    if (args.length !== 2) {
      throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
    }
    const [message, excsArg] = args;
    if (!(message instanceof PyStr) && !message.type.isSubtypeOf(strType)) {
      throw typeError(`argument 1 must be str, not ${message.type.name}`);
    }
    const seqCheck = excsArg.type.slots.getitem !== undefined && excsArg.type.slots.len !== undefined &&
      !excsArg.type.isSubtypeOf(exceptionTypes['BaseException']);
    if (!seqCheck || excsArg.type.name === 'set' || excsArg.type.name === 'dict' || excsArg.type.name === 'frozenset') {
      throw typeError('second argument (exceptions) must be a sequence');
    }
    const items = iterToArray(excsArg);
    try {
      if (items.length === 0) throw valueError('second argument (exceptions) must be a non-empty sequence');
      let nestedBase = false;
      for (let i = 0; i < items.length; i++) {
        const x = items[i];
        if (!x.type.isSubtypeOf(base)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
        if (!x.type.isSubtypeOf(exc)) nestedBase = true;
      }
      let cls = type;
      if (cls === beg) {
        if (!nestedBase) cls = eg;
      } else if (cls === eg) {
        if (nestedBase) throw typeError('Cannot nest BaseExceptions in an ExceptionGroup');
      } else if (nestedBase && !cls.isSubtypeOf(exc) === false) {
        throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
      }
      const e = baseNew(cls, args, null) as PyBaseException;
      const excs = newTuple(items.splice(0));
      setFieldAt(e, 2, 0, message);
      setFieldAt(e, 2, 1, excs);
      decref(excs);
      return e;
    } finally {
      for (const x of items) decref(x);
    }
  };
  beg.slots.init = (self, args, kw) => {
    if (kw !== null && kw.length > 0) throw typeError(`${self.type.name}() takes no keyword arguments`);
    const items = args.slice();
    for (const a of items) a.rc++;
    const e = self as PyBaseException;
    const old = e.args;
    e.args = newTuple(items);
    decref(old);
  };
  beg.slots.str = (o) => {
    const g = groupFields(o);
    if (g === null) return newStr(exceptionStr(o));
    const n = g.excs.items.length;
    return newStr(`${strText(g.msg)} (${n} sub-exception${n > 1 ? 's' : ''})`);
  };
  defineGetSet(beg, 'message', (o) => field(o as PyBaseException, 0));
  defineGetSet(beg, 'exceptions', (o) => field(o as PyBaseException, 1));
  defineMethod(beg, 'derive', (self, args) => {
    const g = groupFields(self)!;
    return call(beg, [g.msg, args[0]]);
  });
  const splitImpl = (self: PyObject, matcher: PyObject, wantRest: boolean): [PyObject, PyObject] => {
    const matches = (x: PyObject): boolean => {
      if (matcher instanceof PyType) return x.type.isSubtypeOf(matcher);
      if (matcher instanceof PyTuple) return matcher.items.some((t) => t instanceof PyType && x.type.isSubtypeOf(t));
      const r = call(matcher, [x]);
      const b = isTrue(r);
      decref(r);
      return b;
    };
    if (!(matcher instanceof PyType) && !(matcher instanceof PyTuple) && matcher.type.slots.call === undefined) {
      throw typeError('expected an exception type, a tuple of exception types, or a callable (other than a class)');
    }
    const rec = (e: PyObject): [PyObject | null, PyObject | null] => {
      if (matches(e)) {
        e.rc++;
        return [e, null];
      }
      const g = groupFields(e);
      if (g === null) {
        e.rc++;
        return [null, e];
      }
      const m: PyObject[] = [];
      const r: PyObject[] = [];
      for (const x of g.excs.items) {
        const [a, b] = rec(x);
        if (a !== null) m.push(a);
        if (b !== null) r.push(b);
      }
      const derive = (parts: PyObject[]): PyObject | null => {
        if (parts.length === 0) return null;
        const l = newList(parts);
        const d = call(getAttrOrNull(e, 'derive')!, [l]);
        decref(l);
        copyMeta(e, d);
        return d;
      };
      return [derive(m), derive(r)];
    };
    const [m, r] = rec(self);
    return [m ?? (None.rc++, None), wantRest ? r ?? (None.rc++, None) : (r !== null && decref(r), None)];
  };
  defineMethod(beg, 'split', (self, args) => {
    const [m, r] = splitImpl(self, args[0], true);
    return newTuple([m, r]);
  });
  defineMethod(beg, 'subgroup', (self, args) => splitImpl(self, args[0], false)[0]);
}

/** Copy __traceback__, __cause__, __context__ and __notes__ to a derived group. */
export function copyMeta(from: PyObject, to: PyObject): void {
  const f = from as PyBaseException;
  const t = to as PyBaseException;
  for (const k of ['traceback', 'cause', 'context'] as const) {
    const v = f[k];
    if (v !== null) v.rc++;
    const old = t[k];
    t[k] = v;
    if (old !== null) decref(old);
  }
  const notes = lookupAttr(from, '__notes__');
  if (notes !== null) {
    setAttr(to, '__notes__', notes);
    decref(notes);
  }
}

// ------------------------------------------------------------------ notes
function addNote(e: PyBaseException, note: PyObject): void {
  let notes = lookupAttr(e, '__notes__');
  if (notes === null) {
    notes = newList([]);
    try {
      setAttr(e, '__notes__', notes);
    } catch (err) {
      decref(notes);
      throw err;
    }
  } else if (!(notes instanceof PyList)) {
    decref(notes);
    throw typeError('Cannot add note: __notes__ is not a list');
  }
  listAppend(notes as PyList, note);
  decref(notes);
}

registerTypeInit(() => {
  // the slot wrappers' errors: o.__getattribute__('missing'), exhausted it.__next__()
  noAttrHook.fn = (o, name) => noAttribute(o, name);
  stopIterationHook.fn = () => raiseWith(exceptionTypes['StopIteration'], []);
  // BaseException's __dict__ getset (PyObject_GenericGetDict / SetDict)
  defineGetSet(exceptionTypes['BaseException'], '__dict__', instanceDictGetter, (o, v) => {
    if (v === null) throw typeError('__dict__ must not be deleted');
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.type.name}'`);
    const g = o as PyBaseException;
    const old = materializeDict(g);
    v.rc++;
    g.attrDict = v;
    decref(old);
  });
  initOSError();
  initExceptionGroups();
  initNameMembers();
  initImportError();
  initSyntaxErrorStr();
  initUnicodeErrors();
  noteHook.add = addNote;
});
