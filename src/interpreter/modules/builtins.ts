/**
 * The `builtins` module (Python/bltinmodule.c): builtin functions and the names of the builtin
 * types and exceptions. `makeBuiltinsModule` builds a fresh module per program run.
 */
import { PyObject, decref } from '../objects/object';
import { PyDict, dictSetStr } from '../objects/dict';
import { newModule, PyModule } from '../objects/module';
import { defineFunction, parseArgs, PyBuiltin } from '../objects/descriptors';
import { None, NotImplemented, Ellipsis } from '../objects/singletons';
import { True, False, newInt, newBool, PyInt, newIntSsize } from '../objects/int';
import { PyStr, newStr } from '../objects/str';
import { PyType } from '../objects/typeobject';
import * as T from '../objects/core-types';
import { exceptionTypes } from '../objects/exceptions';
import { typeError, runtimeError } from '../objects/errors';
import { theEmptyTuple, newTupleFromBorrowed } from '../objects/tuple';
import { stdFileWriteObject } from './stdio';
import { repr, str, length, strText, isTrue, getAttr, call, callMethod } from '../objects/abstract';
import { rt } from '../vm/state';
import { memoryviewType } from '../objects/memoryview';
import { buildClass } from '../vm/build-class';

/** Builtin type objects by their builtins name. */
const builtinTypes: Record<string, PyType> = {
  object: T.objectType, type: T.typeType, int: T.intType, bool: T.boolType, float: T.floatType,
  complex: T.complexType, str: T.strType, bytes: T.bytesType, bytearray: T.bytearrayType, list: T.listType,
  tuple: T.tupleType, dict: T.dictType, set: T.setType, frozenset: T.frozensetType, range: T.rangeType,
  slice: T.sliceType, classmethod: T.classmethodType, staticmethod: T.staticmethodType,
  property: T.propertyType, super: T.superType, enumerate: T.enumerateType, zip: T.zipType, map: T.mapType,
  filter: T.filterType, reversed: T.reversedType,
};

/** Extra builtin functions registered by other modules (sorted, min, max, open …). */
const extraBuiltins: ((d: PyDict) => void)[] = [];
export function registerBuiltins(f: (d: PyDict) => void): void {
  extraBuiltins.push(f);
}

export function makeBuiltinsModule(): PyModule {
  const m = newModule('builtins');
  const d = m.md;
  for (const [name, t] of Object.entries(builtinTypes)) dictSetStr(d, name, t);
  dictSetStr(d, 'memoryview', memoryviewType);
  for (const [name, t] of Object.entries(exceptionTypes)) dictSetStr(d, name, t);
  dictSetStr(d, 'EnvironmentError', exceptionTypes['OSError']);
  dictSetStr(d, 'IOError', exceptionTypes['OSError']);
  dictSetStr(d, 'None', None);
  dictSetStr(d, 'True', True);
  dictSetStr(d, 'False', False);
  dictSetStr(d, 'NotImplemented', NotImplemented);
  dictSetStr(d, 'Ellipsis', Ellipsis);
  dictSetStr(d, '__debug__', True);

  defineFunction(d, 'print', (_s, args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - nkw;
    let sep: PyObject = None;
    let end: PyObject = None;
    let file: PyObject = None;
    let flush = false;
    for (let i = 0; i < nkw; i++) {
      const v = args[npos + i];
      switch (kw![i]) {
        case 'sep':
          sep = v;
          break;
        case 'end':
          end = v;
          break;
        case 'file':
          file = v;
          break;
        case 'flush':
          flush = isTrue(v);
          break;
        default:
          throw typeError(`'${kw![i]}' is an invalid keyword argument for print()`);
      }
    }
    // Argument Clinic's *args: the positional arguments arrive as a new tuple
    const argTuple = npos === 0 ? theEmptyTuple() : newTupleFromBorrowed(args.slice(0, npos));
    try {
      builtinPrint(argTuple.items, sep, end, file, flush);
    } finally {
      decref(argTuple);
    }
    return None;
  });
  defineFunction(d, 'repr', (_s, args, kw) => {
    parseArgs('repr', args, kw, ['obj'], 1, 1, 1);
    return repr(args[0]);
  });
  defineFunction(d, 'len', (_s, args, kw) => {
    parseArgs('len', args, kw, ['obj'], 1, 1, 1);
    return newIntSsize(length(args[0]));
  });
  defineFunction(d, 'id', (_s, args, kw) => {
    parseArgs('id', args, kw, ['obj'], 1, 1, 1);
    return newInt(args[0].addr);
  });
  defineFunction(d, '__build_class__', (_s, args, kw) => buildClass(args, kw));
  for (const f of extraBuiltins) f(d);
  markRecursionCheckingBuiltins(d);
  void str;
  void newBool;
  void PyInt;
  void decref;
  void rt;
  return m;
}

/**
 * Builtins whose C calling convention makes every call take a unit of the C recursion budget
 * (objects/recursion-guard.ts): METH_O (except len, which 3.12's CALL_NO_KW_LEN specialisation
 * calls directly), METH_VARARGS and METH_NOARGS functions in Python/bltinmodule.c. METH_FASTCALL
 * builtins are called without the check once the CALL instruction is specialised.
 */
const RECURSION_CHECKING_BUILTINS = [
  'abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'hash', 'hex', 'id', 'oct', 'ord', 'repr', 'aiter',
  'dir', 'vars', 'min', 'max', 'globals', 'locals',
];

function markRecursionCheckingBuiltins(d: PyDict): void {
  for (const name of RECURSION_CHECKING_BUILTINS) {
    const b = d.getStr(name);
    if (b instanceof PyBuiltin) b.entersRecursion = true;
  }
}

/**
 * builtin_print_impl (Python/bltinmodule.c): every piece goes through PyFile_WriteObject —
 * `file.write` looked up anew (a bound method for a C stream), str() of the piece, one call —
 * in the order arg, sep, arg, …, end; then file.flush() when asked.
 */
function builtinPrint(items: PyObject[], sep: PyObject, end: PyObject, file: PyObject, flush: boolean): void {
  if (file === None) {
    const f = rt.sysDict?.getStr('stdout') ?? null;
    if (f === null) throw runtimeError('lost sys.stdout');
    if (f === None) return; // sys.stdout may be None when FILE* stdout isn't connected
    file = f;
  }
  if (sep !== None && !(sep instanceof PyStr)) throw typeError(`sep must be None or a string, not ${sep.type.name}`);
  if (end !== None && !(end instanceof PyStr)) throw typeError(`end must be None or a string, not ${end.type.name}`);
  file.rc++;
  const target = file;
  try {
    for (let i = 0; i < items.length; i++) {
      if (i > 0) fileWriteObject(sep === None ? newStr(' ') : (sep.rc++, sep), target, true);
      fileWriteObject(items[i], target, false);
    }
    fileWriteObject(end === None ? newStr('\n') : (end.rc++, end), target, true);
    if (flush) decref(callMethod(target, 'flush'));
  } finally {
    decref(target);
  }
}

/** PyFile_WriteObject(v, f, Py_PRINT_RAW); with `steal`, the caller's reference to v is consumed. */
function fileWriteObject(v: PyObject, f: PyObject, steal: boolean): void {
  try {
    if (stdFileWriteObject(f, v, str)) return;
    const writer = getAttr(f, 'write');
    try {
      const value = str(v);
      try {
        decref(call(writer, [value]));
      } finally {
        decref(value);
      }
    } finally {
      decref(writer);
    }
  } finally {
    if (steal) decref(v);
  }
}

/** Where print() writes: sys.stdout by default; installed by the sys module. */
export const printHook = {
  write(_file: PyObject | null, text: string, _flush: boolean): void {
    rt.stdout.write(text);
  },
};
