/**
 * The builtin functions of Python/bltinmodule.c that work on numbers, iterables and attributes:
 * abs, all, any, ascii, bin, oct, hex, callable, chr, ord, divmod, pow, round, sum, min, max,
 * sorted, isinstance, issubclass, hasattr, getattr, setattr, delattr, hash, iter, next, format,
 * vars, dir, globals, locals, input, exit/quit. Registered with `registerBuiltins`; messages are
 * CPython 3.12's. Arguments are borrowed and results are new references, as everywhere.
 */
import { stdinReadLine } from './stdin-buffer';
import { registerTypeInit } from '../objects/bootstrap';
import { frameType } from '../objects/core-types';
import { PyFrameObject } from '../vm/frameobject';
import { defineGetSet } from '../objects/descriptors';
import { PyObject, decref } from '../objects/object';
import { PyDict, newDict, dictSetStr, dictForEach } from '../objects/dict';
import { defineFunction, parseArgs, exactArgs, rangeArgs, noKwargs } from '../objects/descriptors';
import { None, NotImplemented } from '../objects/singletons';
import { True, False, newInt, newBool, PyInt, IntValue, norm, toBig, newIntSsize } from '../objects/int';
import { PyFloat, newFloat } from '../objects/float';
import { PyStr, newStr } from '../objects/str';
import { PyType, NB } from '../objects/typeobject';
import { PyTuple } from '../objects/tuple';
import { PyList, newList } from '../objects/list';
import { sequenceList } from '../objects/list-type';
import { typeError, valueError, overflowError, raise, PyThrown, exceptionFactory } from '../objects/errors';
import { exceptionTypes, raiseWith } from '../objects/exceptions';
import {
  isTrue, richCompareBool, binaryOp, binaryOp1, unaryOp, getAttr, getAttrOrNull, setAttr, call, lookupSpecial,
  getIter, iterNext, iterToArray, noAttribute,
} from '../objects/abstract';
import { typeType, floatType, intType, boolType, strType, listType } from '../objects/core-types';
import { asIntValue, withPyErrors } from '../objects/int-type';
import { asciiOf, formatObject } from '../objects/formatting';
import { intPow, intToString } from '../objects/text';
import { hashExact } from '../objects/tuple-type';
import { newCallableIter } from '../objects/iterators';
import { PyCell } from '../objects/cell';
import { registerBuiltins, printHook } from './builtins';
import { rt } from '../vm/state';
import { vmHooks } from '../vm/hooks';
import type { Frame } from '../vm/frame';

const LT = 0;
const GT = 4;

// ------------------------------------------------------------------ helpers
function isExc(e: unknown, name: string): e is PyThrown {
  return e instanceof PyThrown && e.exc.type.isSubtypeOf(exceptionTypes[name]);
}

function clearExc(e: PyThrown): void {
  decref(e.exc);
}

function nameArg(o: PyObject): string {
  if (!(o instanceof PyStr)) throw typeError(`attribute name must be string, not '${o.type.name}'`);
  return o.value;
}

/** PyNumber_ToBase for bin/oct/hex. */
function toBase(o: PyObject, base: 2 | 8 | 16): PyObject {
  return newStr(intToString(toBig(asIntValue(o)), base, true));
}

/** Stable merge sort with `lt` (used when list.sort is not available). */
function mergeSort<T>(a: T[], lt: (x: T, y: T) => boolean): T[] {
  if (a.length < 2) return a.slice();
  const mid = a.length >> 1;
  const l = mergeSort(a.slice(0, mid), lt);
  const r = mergeSort(a.slice(mid), lt);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < l.length && j < r.length) {
    if (lt(r[j], l[i])) out.push(r[j++]);
    else out.push(l[i++]);
  }
  while (i < l.length) out.push(l[i++]);
  while (j < r.length) out.push(r[j++]);
  return out;
}

/** list.sort(key=, reverse=) on a fresh list: the list type's own sort if it has one. */
function sortList(l: PyList, key: PyObject | null, reverse: PyObject | null): void {
  const sortMeth = listType.lookup('sort');
  if (sortMeth !== null) {
    const args: PyObject[] = [l];
    const kw: string[] = [];
    if (key !== null) {
      args.push(key);
      kw.push('key');
    }
    if (reverse !== null) {
      args.push(reverse);
      kw.push('reverse');
    }
    const r = call(sortMeth, args, kw.length ? kw : null);
    decref(r);
    return;
  }
  const rev = reverse !== null && isTrue(reverse);
  const items = l.items.slice();
  const keys = key === null || key === None ? items : items.map((x) => call(key, [x]));
  try {
    const idx = items.map((_, i) => i);
    if (rev) idx.reverse();
    const sorted = mergeSort(idx, (x, y) => (rev ? richCompareBool(keys[y], keys[x], LT) : richCompareBool(keys[x], keys[y], LT)));
    if (rev) sorted.reverse();
    l.items = sorted.map((i) => items[i]);
  } finally {
    if (keys !== items) for (const k of keys) decref(k);
  }
}

// ------------------------------------------------------------------ min / max
function minMax(args: PyObject[], kw: string[] | null, op: number): PyObject {
  const fname = op === LT ? 'min' : 'max';
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  let key: PyObject | null = null;
  let dflt: PyObject | null = null;
  for (let i = 0; i < nkw; i++) {
    const k = kw![i];
    if (k === 'key') key = args[npos + i];
    else if (k === 'default') dflt = args[npos + i];
    else throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
  }
  if (npos === 0) throw typeError(`${fname} expected at least 1 argument, got 0`);
  if (key === None) key = null;
  if (npos > 1 && dflt !== null) {
    throw typeError(`Cannot specify a default for ${fname}() with multiple positional arguments`);
  }
  const it = npos === 1 ? getIter(args[0]) : null;
  let i = 0;
  const next = (): PyObject | null => {
    if (it !== null) return iterNext(it);
    if (i < npos) {
      const v = args[i++];
      v.rc++;
      return v;
    }
    return null;
  };
  let best: PyObject | null = null;
  let bestKey: PyObject | null = null;
  try {
    for (;;) {
      const item = next();
      if (item === null) break;
      let k: PyObject;
      if (key !== null) {
        try {
          k = call(key, [item]);
        } catch (e) {
          decref(item);
          throw e;
        }
      } else {
        item.rc++;
        k = item;
      }
      if (best === null) {
        best = item;
        bestKey = k;
        continue;
      }
      let better: boolean;
      try {
        better = richCompareBool(k, bestKey!, op);
      } catch (e) {
        decref(item);
        decref(k);
        throw e;
      }
      if (better) {
        decref(best);
        decref(bestKey!);
        best = item;
        bestKey = k;
      } else {
        decref(item);
        decref(k);
      }
    }
  } catch (e) {
    if (best !== null) decref(best);
    if (bestKey !== null) decref(bestKey);
    throw e;
  } finally {
    if (it !== null) decref(it);
  }
  if (best === null) {
    if (dflt !== null) {
      dflt.rc++;
      return dflt;
    }
    throw valueError(`${fname}() iterable argument is empty`);
  }
  decref(bestKey!);
  return best;
}

// ------------------------------------------------------------------ sum
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

function builtinSum(args: PyObject[], kw: string[] | null): PyObject {
  const [iterable, startArg] = parseArgs('sum', args, kw, ['iterable', 'start'], 1, 2, 1);
  let result: PyObject;
  if (startArg === null) result = newInt(0);
  else {
    const tn = startArg.type;
    if (tn === strType || tn.isSubtypeOf(strType)) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
    if (tn.name === 'bytes') throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
    if (tn.name === 'bytearray') throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
    startArg.rc++;
    result = startArg;
  }
  const it = getIter(iterable!);
  let itOwned = true;
  try {
    // exact-int fast path (C long accumulator)
    if (result.type === intType && typeof (result as PyInt).value === 'number') {
      // i_result is a C long: exact while |sum| < 2**53 as a number, then as a bigint until it
      // would leave the long range (no int objects are made on the way, as in CPython)
      let acc = (result as PyInt).value as number;
      let accBig: bigint | null = null;
      decref(result);
      for (;;) {
        const item = iterNext(it);
        if (item === null) {
          // Py_DECREF(iter), then PyLong_FromSsize_t(i_result)
          decref(it);
          itOwned = false;
          return newIntSsize(accBig === null ? acc : norm(accBig));
        }
        if (item.type === intType || item.type === boolType) {
          const b = (item as PyInt).value;
          if (accBig === null && typeof b === 'number') {
            const s = acc + b;
            if (Number.isSafeInteger(s)) {
              acc = s;
              decref(item);
              continue;
            }
          }
          if (typeof b === 'bigint' ? b >= LONG_MIN && b <= LONG_MAX : true) {
            const s: bigint = (accBig ?? BigInt(acc)) + BigInt(b);
            if (s >= LONG_MIN && s <= LONG_MAX) {
              accBig = s;
              decref(item);
              continue;
            }
          }
        }
        const r = newIntSsize(accBig === null ? acc : norm(accBig));
        try {
          result = binaryOp(r, item, NB.ADD);
        } finally {
          decref(r);
          decref(item);
        }
        break;
      }
    }
    // exact-float path: Neumaier compensated summation (3.12)
    if (result.type === floatType) {
      let f = (result as PyFloat).value;
      let c = 0.0;
      decref(result);
      for (;;) {
        const item = iterNext(it);
        if (item === null) {
          decref(it);
          itOwned = false;
          if (c && Number.isFinite(c)) f += c;
          return newFloat(f);
        }
        if (item.type === floatType) {
          const x = (item as PyFloat).value;
          const t = f + x;
          if (Math.abs(f) >= Math.abs(x)) c += f - t + x;
          else c += x - t + f;
          f = t;
          decref(item);
          continue;
        }
        if (item instanceof PyInt) {
          const v = item.value;
          if (typeof v === 'number' || (v >= -(2n ** 63n) && v < 2n ** 63n)) {
            f += Number(v);
            decref(item);
            continue;
          }
        }
        if (c && Number.isFinite(c)) f += c;
        const r = newFloat(f);
        try {
          result = binaryOp(r, item, NB.ADD);
        } finally {
          decref(r);
          decref(item);
        }
        break;
      }
    }
    for (;;) {
      const item = iterNext(it);
      if (item === null) return result;
      let r: PyObject;
      try {
        r = binaryOp(result, item, NB.ADD);
      } catch (e) {
        decref(result);
        decref(item);
        throw e;
      }
      decref(result);
      decref(item);
      result = r;
    }
  } finally {
    if (itOwned) decref(it);
  }
}

// ------------------------------------------------------------------ isinstance / issubclass
function getBases(o: PyObject): PyTuple | null {
  let b: PyObject | null;
  try {
    b = getAttrOrNull(o, '__bases__');
  } catch (e) {
    if (isExc(e, 'AttributeError')) {
      clearExc(e);
      return null;
    }
    throw e;
  }
  if (b === null) return null;
  if (!(b instanceof PyTuple)) {
    decref(b);
    return null;
  }
  return b;
}

function abstractIsSubclass(derived: PyObject, cls: PyObject): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = getBases(derived);
    if (bases === null) return false;
    try {
      const n = bases.items.length;
      if (n === 0) return false;
      if (n === 1) {
        derived = bases.items[0];
        continue;
      }
      for (const b of bases.items) if (abstractIsSubclass(b, cls)) return true;
      return false;
    } finally {
      decref(bases);
    }
  }
}

function checkClass(cls: PyObject, msg: string): void {
  const b = getBases(cls);
  if (b === null) throw typeError(msg);
  decref(b);
}

function unionArgs(cls: PyObject): PyTuple | null {
  if (cls.type.name !== 'UnionType' && cls.type.name !== 'types.UnionType') return null;
  const a = getAttrOrNull(cls, '__args__');
  if (a instanceof PyTuple) return a;
  if (a !== null) decref(a);
  return null;
}

function objectIsInstance(inst: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    if (inst.type.isSubtypeOf(cls)) return true;
    const c = getAttrOrNullSafe(inst, '__class__');
    if (c === null) return false;
    try {
      return c !== inst.type && c instanceof PyType && c.isSubtypeOf(cls);
    } finally {
      decref(c);
    }
  }
  checkClass(cls, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const icls = getAttrOrNullSafe(inst, '__class__');
  if (icls === null) return false;
  try {
    return abstractIsSubclass(icls, cls);
  } finally {
    decref(icls);
  }
}

function getAttrOrNullSafe(o: PyObject, name: string): PyObject | null {
  try {
    return getAttrOrNull(o, name);
  } catch (e) {
    if (isExc(e, 'AttributeError')) {
      clearExc(e);
      return null;
    }
    throw e;
  }
}

export function isInstance(inst: PyObject, cls: PyObject): boolean {
  if (inst.type === cls) return true;
  if (cls.type === typeType) return objectIsInstance(inst, cls);
  const u = unionArgs(cls);
  if (u !== null) {
    try {
      return u.items.some((c) => isInstance(inst, c));
    } finally {
      decref(u);
    }
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isInstance(inst, c)) return true;
    return false;
  }
  const checker = lookupSpecial(cls, '__instancecheck__');
  if (checker !== null) {
    let r: PyObject;
    try {
      r = call(checker, [inst]);
    } finally {
      decref(checker);
    }
    const ok = isTrue(r);
    decref(r);
    return ok;
  }
  return objectIsInstance(inst, cls);
}

function recursiveIsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (derived instanceof PyType && cls instanceof PyType) return derived.isSubtypeOf(cls);
  checkClass(derived, 'issubclass() arg 1 must be a class');
  if (unionArgs(cls) === null) checkClass(cls, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(derived, cls);
}

export function isSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls.type === typeType) {
    if (derived === cls) return true;
    return recursiveIsSubclass(derived, cls);
  }
  const u = unionArgs(cls);
  if (u !== null) {
    try {
      return u.items.some((c) => isSubclass(derived, c));
    } finally {
      decref(u);
    }
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isSubclass(derived, c)) return true;
    return false;
  }
  const checker = lookupSpecial(cls, '__subclasscheck__');
  if (checker !== null) {
    let r: PyObject;
    try {
      r = call(checker, [derived]);
    } finally {
      decref(checker);
    }
    const ok = isTrue(r);
    decref(r);
    return ok;
  }
  return recursiveIsSubclass(derived, cls);
}

// ------------------------------------------------------------------ locals / dir
/** locals(): the mapping of a module/class frame, or a snapshot of a function's fast locals. */
export function currentLocals(): PyObject {
  return frameLocals(rt.frame);
}

// frame.f_locals: the same mapping locals() gives inside that frame
registerTypeInit(() => {
  defineGetSet(frameType, 'f_locals', (o) => frameLocals((o as PyFrameObject).frame));
});

/** The locals mapping of a frame: a module/class frame's own, or a snapshot of fast locals. */
export function frameLocals(f: Frame | null): PyObject {
  if (f === null) return newDict();
  if (f.locals !== null) {
    f.locals.rc++;
    return f.locals;
  }
  const d = newDict();
  const u = f.code.unit;
  const names = u.localsplusnames;
  const kinds = u.localspluskinds;
  for (let i = 0; i < names.length; i++) {
    let v = f.localsplus[i];
    if (v === null) continue;
    if ((kinds[i] & 0xc0) !== 0 && v instanceof PyCell) {
      // cell / free variable: its contents (unless a parameter not yet moved into its cell)
      v = v.ref;
      if (v === null) continue;
    }
    dictSetStr(d, names[i], v);
  }
  return d;
}

function dictKeysSorted(d: PyDict): PyObject {
  const names: PyObject[] = [];
  dictForEach(d, (k) => {
    k.rc++;
    names.push(k);
  });
  const l = newList(names);
  sortList(l, null, null);
  return l;
}

function builtinDir(args: PyObject[], kw: string[] | null): PyObject {
  rangeArgs('dir', args, kw, 0, 1);
  if (args.length === 0) {
    const loc = currentLocals();
    try {
      if (loc instanceof PyDict) return dictKeysSorted(loc);
      const keys = call(getAttr(loc, 'keys'), []);
      const l = newList(iterToArray(keys));
      decref(keys);
      sortList(l, null, null);
      return l;
    } finally {
      decref(loc);
    }
  }
  const o = args[0];
  const d = lookupSpecial(o, '__dir__');
  if (d === null) throw typeError('object does not provide __dir__');
  let r: PyObject;
  try {
    r = call(d, []);
  } finally {
    decref(d);
  }
  // PySequence_List + sort
  let l: PyList;
  try {
    l = newList(iterToArray(r));
  } finally {
    decref(r);
  }
  try {
    sortList(l, null, null);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

// ------------------------------------------------------------------ input
/** input()'s line: without its '\n'; null at end of file. */
function readLine(): string | null {
  const line = stdinReadLine();
  if (line === '') return null;
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

// ------------------------------------------------------------------ registration
registerBuiltins((d: PyDict) => {
  defineFunction(d, 'abs', (_s, args, kw) => {
    exactArgs('abs', args, kw, 1);
    return unaryOp(args[0], 'absolute');
  });
  defineFunction(d, 'all', (_s, args, kw) => {
    exactArgs('all', args, kw, 1);
    const it = getIter(args[0]);
    try {
      for (;;) {
        const v = iterNext(it);
        if (v === null) return True;
        let t: boolean;
        try {
          t = isTrue(v);
        } finally {
          decref(v);
        }
        if (!t) return False;
      }
    } finally {
      decref(it);
    }
  });
  defineFunction(d, 'any', (_s, args, kw) => {
    exactArgs('any', args, kw, 1);
    const it = getIter(args[0]);
    try {
      for (;;) {
        const v = iterNext(it);
        if (v === null) return False;
        let t: boolean;
        try {
          t = isTrue(v);
        } finally {
          decref(v);
        }
        if (t) return True;
      }
    } finally {
      decref(it);
    }
  });
  defineFunction(d, 'ascii', (_s, args, kw) => {
    exactArgs('ascii', args, kw, 1);
    return asciiOf(args[0]);
  });
  defineFunction(d, 'bin', (_s, args, kw) => {
    exactArgs('bin', args, kw, 1);
    return toBase(args[0], 2);
  });
  defineFunction(d, 'oct', (_s, args, kw) => {
    exactArgs('oct', args, kw, 1);
    return toBase(args[0], 8);
  });
  defineFunction(d, 'hex', (_s, args, kw) => {
    exactArgs('hex', args, kw, 1);
    return toBase(args[0], 16);
  });
  defineFunction(d, 'callable', (_s, args, kw) => {
    exactArgs('callable', args, kw, 1);
    return newBool(args[0].type.slots.call !== undefined);
  });
  defineFunction(d, 'chr', (_s, args, kw) => {
    exactArgs('chr', args, kw, 1);
    const v = asIntValue(args[0]);
    if (typeof v === 'bigint' || v > 2147483647 || v < -2147483648) {
      throw overflowError('Python int too large to convert to C int');
    }
    if (v < 0 || v > 0x10ffff) throw valueError('chr() arg not in range(0x110000)');
    return newStr(String.fromCodePoint(v));
  });
  defineFunction(d, 'ord', (_s, args, kw) => {
    exactArgs('ord', args, kw, 1);
    const o = args[0];
    if (o instanceof PyStr) {
      const n = o.length;
      if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
      return newInt(o.value.codePointAt(0)!);
    }
    if (o.type.name === 'bytes' || o.type.name === 'bytearray') {
      const items = iterToArray(o);
      const n = items.length;
      if (n !== 1) {
        for (const x of items) decref(x);
        throw typeError(`ord() expected a character, but string of length ${n} found`);
      }
      return items[0];
    }
    throw typeError(`ord() expected string of length 1, but ${o.type.name} found`);
  });
  defineFunction(d, 'divmod', (_s, args, kw) => {
    exactArgs('divmod', args, kw, 2);
    return binaryOp(args[0], args[1], NB.DIVMOD);
  });
  defineFunction(d, 'pow', (_s, args, kw) => {
    const [base, exp, mod] = parseArgs('pow', args, kw, ['base', 'exp', 'mod'], 2);
    if (mod === null || mod === None) return binaryOp(base!, exp!, NB.POWER);
    if (base instanceof PyInt && exp instanceof PyInt && mod instanceof PyInt) {
      const [b, e, m] = [toBig(base.value), toBig(exp.value), toBig(mod.value)];
      return newInt(norm(withPyErrors(() => intPow(b, e, m) as bigint)));
    }
    const isNum = (o: PyObject) => o instanceof PyInt || o instanceof PyFloat;
    if (isNum(base!) && isNum(exp!) && isNum(mod)) {
      throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
    }
    // a class written in Python may implement ternary __pow__
    for (const o of [base!, exp!]) {
      const m = o === base ? o.type.lookup('__pow__') : null;
      if (m !== null && o.type.isHeapType) {
        const r = call(m, [base!, exp!, mod]);
        if (r !== NotImplemented) return r;
        decref(r);
      }
    }
    if (isNum(base!) && isNum(exp!)) {
      throw typeError('pow() 3rd argument not allowed unless all arguments are integers');
    }
    throw typeError(`unsupported operand type(s) for ** or pow(): '${base!.type.name}', '${exp!.type.name}', '${mod.type.name}'`);
  });
  defineFunction(d, 'round', (_s, args, kw) => {
    const [num, nd] = parseArgs('round', args, kw, ['number', 'ndigits'], 1);
    const m = lookupSpecial(num!, '__round__');
    if (m === null) throw typeError(`type ${num!.type.name} doesn't define __round__ method`);
    try {
      return nd === null || nd === None ? call(m, []) : call(m, [nd]);
    } finally {
      decref(m);
    }
  });
  defineFunction(d, 'sum', (_s, args, kw) => builtinSum(args, kw));
  defineFunction(d, 'min', (_s, args, kw) => minMax(args, kw, LT));
  defineFunction(d, 'max', (_s, args, kw) => minMax(args, kw, GT));
  defineFunction(d, 'sorted', (_s, args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    const npos = args.length - nkw;
    if (npos !== 1) throw typeError(`sorted expected 1 argument, got ${npos}`);
    let key: PyObject | null = null;
    let reverse: PyObject | null = null;
    for (let i = 0; i < nkw; i++) {
      const k = kw![i];
      if (k === 'key') key = args[npos + i];
      else if (k === 'reverse') reverse = args[npos + i];
      else throw typeError(`'${k}' is an invalid keyword argument for sort()`);
    }
    const l = sequenceList(args[0]); // PySequence_List: list_extend's growth, not an exact size
    try {
      sortList(l, key, reverse);
    } catch (e) {
      decref(l);
      throw e;
    }
    return l;
  });
  defineFunction(d, 'isinstance', (_s, args, kw) => {
    exactArgs('isinstance', args, kw, 2);
    return newBool(isInstance(args[0], args[1]));
  });
  defineFunction(d, 'issubclass', (_s, args, kw) => {
    exactArgs('issubclass', args, kw, 2);
    return newBool(isSubclass(args[0], args[1]));
  });
  defineFunction(d, 'hasattr', (_s, args, kw) => {
    exactArgs('hasattr', args, kw, 2);
    const name = nameArg(args[1]);
    const v = getAttrOrNullSafe(args[0], name);
    if (v === null) return False;
    decref(v);
    return True;
  });
  defineFunction(d, 'getattr', (_s, args, kw) => {
    rangeArgs('getattr', args, kw, 2, 3);
    const name = nameArg(args[1]);
    if (args.length === 2) return getAttr(args[0], name);
    const v = getAttrOrNullSafe(args[0], name);
    if (v !== null) return v;
    args[2].rc++;
    return args[2];
  });
  defineFunction(d, 'setattr', (_s, args, kw) => {
    exactArgs('setattr', args, kw, 3);
    setAttr(args[0], nameArg(args[1]), args[2]);
    return None;
  });
  defineFunction(d, 'delattr', (_s, args, kw) => {
    exactArgs('delattr', args, kw, 2);
    setAttr(args[0], nameArg(args[1]), null);
    return None;
  });
  defineFunction(d, 'hash', (_s, args, kw) => {
    exactArgs('hash', args, kw, 1);
    return newInt(norm(hashExact(args[0])));
  });
  defineFunction(d, 'iter', (_s, args, kw) => {
    rangeArgs('iter', args, kw, 1, 2);
    if (args.length === 1) return getIter(args[0]);
    if (args[0].type.slots.call === undefined) throw typeError('iter(v, w): v must be callable');
    return newCallableIter(args[0], args[1]);
  });
  // aiter/anext (Python/bltinmodule.c): they only reach __aiter__/__anext__; this interpreter
  // has no coroutines, so anext's default (an anext_awaitable wrapper) is not simulated
  defineFunction(d, 'aiter', (_s, args, kw) => {
    exactArgs('aiter', args, kw, 1);
    const m = lookupSpecial(args[0], '__aiter__');
    if (m === null) throw typeError(`'${args[0].type.name}' object is not an async iterable`);
    let it: PyObject;
    try {
      it = call(m, []);
    } finally {
      decref(m);
    }
    if (it.type.lookup('__anext__') === null) {
      const n = it.type.name;
      decref(it);
      throw typeError(`aiter() returned not an async iterator of type '${n}'`);
    }
    return it;
  });
  defineFunction(d, 'anext', (_s, args, kw) => {
    rangeArgs('anext', args, kw, 1, 2);
    const m = lookupSpecial(args[0], '__anext__');
    if (m === null) throw typeError(`'${args[0].type.name}' object is not an async iterator`);
    try {
      return call(m, []);
    } finally {
      decref(m);
    }
  });
  defineFunction(d, 'next', (_s, args, kw) => {
    rangeArgs('next', args, kw, 1, 2);
    const it = args[0];
    const f = it.type.slots.iternext;
    if (f === undefined) throw typeError(`'${it.type.name}' object is not an iterator`);
    let v: PyObject | null;
    try {
      const raising = it.type.slots.iternextRaising;
      v = raising !== undefined ? raising(it) : f(it);
    } catch (e) {
      if (args.length === 2 && isExc(e, 'StopIteration')) {
        clearExc(e);
        args[1].rc++;
        return args[1];
      }
      throw e;
    }
    if (v !== null) return v;
    if (args.length === 2) {
      args[1].rc++;
      return args[1];
    }
    throw raise(exceptionTypes['StopIteration'], null);
  });
  // builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0): the machinery
  // behind IMPORT_NAME; relative imports resolve against globals' __package__/__name__
  defineFunction(d, '__import__', (_s, args, kw) => {
    const [name, globals, , fromlist, level] = parseArgs('__import__', args, kw, ['name', 'globals', 'locals', 'fromlist', 'level'], 1, 5);
    if (!(name instanceof PyStr)) throw typeError(`__import__() argument 1 must be str, not ${name!.type.name}`);
    const lvl = level ?? null;
    if (lvl !== null && !(lvl instanceof PyInt)) throw typeError(`'${lvl.type.name}' object cannot be interpreted as an integer`);
    if (lvl !== null && Number(lvl.value) < 0) throw valueError('level must be >= 0');
    if (name.value === '' && (lvl === null || Number(lvl.value) === 0)) throw valueError('Empty module name');
    const g = globals instanceof PyDict ? globals : rt.frame?.globals;
    const frameLike = { globals: g } as unknown as Frame;
    const levelObj = lvl ?? newInt(0);
    if (lvl !== null) lvl.rc++;
    try {
      return vmHooks.importName(name.value, fromlist ?? None, levelObj, frameLike);
    } finally {
      decref(levelObj);
    }
  });
  defineFunction(d, 'format', (_s, args, kw) => {
    const [value, spec] = parseArgs('format', args, kw, ['value', 'format_spec'], 1, 2, 2);
    if (spec !== null && !(spec instanceof PyStr)) throw typeError(`format() argument 2 must be str, not ${spec.type.name}`);
    return formatObject(value!, spec === null ? '' : spec.value, spec);
  });
  defineFunction(d, 'vars', (_s, args, kw) => {
    rangeArgs('vars', args, kw, 0, 1);
    if (args.length === 0) return currentLocals();
    const v = getAttrOrNullSafe(args[0], '__dict__');
    if (v === null) throw typeError('vars() argument must have __dict__ attribute');
    return v;
  });
  defineFunction(d, 'dir', (_s, args, kw) => builtinDir(args, kw));
  defineFunction(d, 'globals', (_s, args, kw) => {
    exactArgs('globals', args, kw, 0);
    const g = rt.frame !== null ? rt.frame.globals : newDict();
    if (rt.frame !== null) g.rc++;
    return g;
  });
  defineFunction(d, 'locals', (_s, args, kw) => {
    exactArgs('locals', args, kw, 0);
    return currentLocals();
  });
  // breakpoint(): CPython calls sys.breakpointhook (pdb by default). Here it is a no-op, as with
  // PYTHONBREAKPOINT=0, unless the host installed rt.breakpointHook (the site's heap panel takes a
  // heap snapshot at that point).
  defineFunction(d, 'breakpoint', () => {
    if (rt.breakpointHook !== null) rt.breakpointHook();
    return None;
  });
  defineFunction(d, 'input', (_s, args, kw) => {
    rangeArgs('input', args, kw, 0, 1);
    if (args.length === 1) {
      const p = args[0];
      const r = p instanceof PyStr ? (p.rc++, p) : (p.type.slots.str ?? p.type.slots.repr!)(p);
      printHook.write(null, (r as PyStr).value, true);
      decref(r);
    }
    const line = readLine();
    if (line === null) throw raise(exceptionTypes['EOFError'], 'EOF when reading a line');
    return newStr(line);
  });
  for (const name of ['exit', 'quit']) {
    defineFunction(d, name, (_s, args, kw) => {
      noKwargs(name, kw);
      throw raiseWith(exceptionTypes['SystemExit'], args.length > 0 ? [args[0]] : []);
    });
  }
  void noAttribute;
  void binaryOp1;
  void exceptionFactory;
  void toBig;
  void (0 as unknown as IntValue);
});
