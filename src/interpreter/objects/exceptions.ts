/**
 * The exception hierarchy (Objects/exceptions.c). Every builtin exception type is created here
 * with CPython 3.12's names, bases and `tp_basicsize`; instances are `PyBaseException` objects
 * holding `args`, `__traceback__`, `__cause__`, `__context__`, `__suppress_context__`, `__notes__`.
 * Type-specific attributes (StopIteration.value, KeyError's key in args, OSError.errno …) are
 * stored as instance attributes.
 */
import { PyObject, release } from './object';
import { PyType } from './typeobject';
import { objectType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject } from './alloc';
import { PyTuple, newTuple, theEmptyTuple } from './tuple';
import { newStr } from './str';
import { None } from './singletons';
import { exceptionFactory, PyThrown } from './errors';

export class PyBaseException extends PyGCObject {
  args: PyTuple;
  traceback: PyObject | null = null;
  cause: PyObject | null = null;
  context: PyObject | null = null;
  suppressContext = false;
  notes: PyObject | null = null;
  /**
   * Type-specific members (C struct fields): OSError [errno, strerror, filename, filename2],
   * BaseExceptionGroup [msg, excs], NameError [name], AttributeError [obj, name],
   * ImportError [msg, name, path, name_from]; null entries are NULL.
   */
  fields: (PyObject | null)[] | null = null;
  constructor(type: PyType, args: PyTuple) {
    super(type);
    this.args = args;
  }
}

/** [name, base, basicsize] in creation order (bases first). */
const hierarchy: [string, string, number][] = [
  ['BaseException', 'object', 72],
  ['BaseExceptionGroup', 'BaseException', 88],
  ['Exception', 'BaseException', 72],
  ['GeneratorExit', 'BaseException', 72],
  ['KeyboardInterrupt', 'BaseException', 72],
  ['SystemExit', 'BaseException', 80],
  ['ArithmeticError', 'Exception', 72],
  ['AssertionError', 'Exception', 72],
  ['AttributeError', 'Exception', 88],
  ['BufferError', 'Exception', 72],
  ['EOFError', 'Exception', 72],
  ['ImportError', 'Exception', 104],
  ['LookupError', 'Exception', 72],
  ['MemoryError', 'Exception', 72],
  ['NameError', 'Exception', 80],
  ['OSError', 'Exception', 112],
  ['ReferenceError', 'Exception', 72],
  ['RuntimeError', 'Exception', 72],
  ['StopAsyncIteration', 'Exception', 72],
  ['StopIteration', 'Exception', 80],
  ['SyntaxError', 'Exception', 136],
  ['SystemError', 'Exception', 72],
  ['TypeError', 'Exception', 72],
  ['ValueError', 'Exception', 72],
  ['Warning', 'Exception', 72],
  ['FloatingPointError', 'ArithmeticError', 72],
  ['OverflowError', 'ArithmeticError', 72],
  ['ZeroDivisionError', 'ArithmeticError', 72],
  ['BytesWarning', 'Warning', 72],
  ['DeprecationWarning', 'Warning', 72],
  ['EncodingWarning', 'Warning', 72],
  ['FutureWarning', 'Warning', 72],
  ['ImportWarning', 'Warning', 72],
  ['PendingDeprecationWarning', 'Warning', 72],
  ['ResourceWarning', 'Warning', 72],
  ['RuntimeWarning', 'Warning', 72],
  ['SyntaxWarning', 'Warning', 72],
  ['UnicodeWarning', 'Warning', 72],
  ['UserWarning', 'Warning', 72],
  ['BlockingIOError', 'OSError', 112],
  ['ChildProcessError', 'OSError', 112],
  ['ConnectionError', 'OSError', 112],
  ['FileExistsError', 'OSError', 112],
  ['FileNotFoundError', 'OSError', 112],
  ['InterruptedError', 'OSError', 112],
  ['IsADirectoryError', 'OSError', 112],
  ['NotADirectoryError', 'OSError', 112],
  ['PermissionError', 'OSError', 112],
  ['ProcessLookupError', 'OSError', 112],
  ['TimeoutError', 'OSError', 112],
  ['IndentationError', 'SyntaxError', 136],
  ['IndexError', 'LookupError', 72],
  ['KeyError', 'LookupError', 72],
  ['ModuleNotFoundError', 'ImportError', 104],
  ['NotImplementedError', 'RuntimeError', 72],
  ['RecursionError', 'RuntimeError', 72],
  ['UnboundLocalError', 'NameError', 80],
  ['UnicodeError', 'ValueError', 72],
  ['ExceptionGroup', 'BaseExceptionGroup', 88],
  ['BrokenPipeError', 'ConnectionError', 112],
  ['ConnectionAbortedError', 'ConnectionError', 112],
  ['ConnectionRefusedError', 'ConnectionError', 112],
  ['ConnectionResetError', 'ConnectionError', 112],
  ['TabError', 'IndentationError', 136],
  ['UnicodeDecodeError', 'UnicodeError', 112],
  ['UnicodeEncodeError', 'UnicodeError', 112],
  ['UnicodeTranslateError', 'UnicodeError', 112],
];

export const exceptionTypes: Record<string, PyType> = {};
for (const [name, , size] of hierarchy) {
  const t = new PyType(null, name, 'exception');
  t.basicsize = size;
  t.hasGC = true;
  t.managedDict = true;
  t.inlineDict = true; // BaseException's own `dict` field
  t.weakrefable = false;
  if (name === 'ExceptionGroup') {
    // created by PyErr_NewExceptionWithDoc: a heap type, which adds a managed weakref list
    t.weakrefable = true;
    t.managedWeakref = true;
  }
  exceptionTypes[name] = t;
}
exceptionFactory.types = exceptionTypes;

export function exceptionBase(name: string): PyType {
  const entry = hierarchy.find((h) => h[0] === name)!;
  return entry[1] === 'object' ? objectType : exceptionTypes[entry[1]];
}

export const exceptionTypeList = (): PyType[] => hierarchy.map((h) => exceptionTypes[h[0]]);

/** A new exception instance of `type` with the given args (references stolen from `args`). */
export function newException(type: PyType, args: PyObject[]): PyBaseException {
  const e = new PyBaseException(type, args.length === 0 ? theEmptyTuple() : newTuple(args));
  if (type.isHeapType) type.rc++;
  allocObject(e, type.basicsize);
  gcTrack(e);
  return e;
}

exceptionFactory.makeWith = (type: PyType, args: PyObject[]): PyObject => newException(type, args);
exceptionFactory.make = (type: PyType, msg: string | null): PyObject =>
  newException(type, msg === null ? [] : [newStr(msg)]);

/** Raise `type(*args)` with object arguments (KeyError(key), StopIteration(value) …); args borrowed. */
export function raiseWith(type: PyType, args: PyObject[]): PyThrown {
  for (const a of args) a.rc++;
  const e = newException(type, args);
  if (type === exceptionTypes['StopIteration']) {
    const v = args.length > 0 ? args[0] : None;
    v.rc++;
    (e.attrs ??= new Map()).set('value', v);
  }
  return new PyThrown(e);
}

export function baseExceptionDealloc(o: PyObject): boolean {
  const e = o as PyBaseException;
  gcUntrack(e);
  if (e.attrs !== null) {
    for (const v of e.attrs.values()) release(v);
    e.attrs = null;
  }
  release(e.attrDict);
  e.attrDict = null;
  release(e.args);
  if (e.fields !== null) for (const f of e.fields) release(f);
  release(e.notes);
  release(e.traceback);
  release(e.context);
  release(e.cause);
  return false;
}

export function baseExceptionTraverse(o: PyObject, visit: (r: PyObject) => void): void {
  const e = o as PyBaseException;
  if (e.attrs !== null) for (const v of e.attrs.values()) visit(v);
  if (e.attrDict !== null) visit(e.attrDict);
  visit(e.args);
  if (e.fields !== null) for (const f of e.fields) if (f !== null) visit(f);
  for (const r of [e.notes, e.traceback, e.context, e.cause]) if (r !== null) visit(r);
}
