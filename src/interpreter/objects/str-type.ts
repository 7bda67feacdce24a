/**
 * str behaviour (Objects/unicodeobject.c): repr with CPython's quoting and escaping rules,
 * comparison, hashing, concatenation/repetition, indexing and slicing by code point,
 * iteration, containment, and the constructor. Methods live in str-methods.ts.
 */
import { asIntValue } from './int-type';
import { seqRepeatSlot } from './tuple-type';
import { ensureAllocatable, sizeProductOverflows, HOST_MAX_CHARS } from './size-limits';
import { initSubclassInstance } from './float-type';
import { PyObject, decref } from './object';
import { strType, strIteratorType, intType } from './core-types';
import { PyStr, newStr, newStrKnown, strHash, StrKind, emptyString, strAllocSize } from './str';
import { PyInt, newInt, newBool } from './int';
import { NotImplemented } from './singletons';
import { NB, NB_COUNT, BinarySlot } from './typeobject';
import { typeError, indexError, overflowError } from './errors';
import { registerTypeInit } from './bootstrap';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject, freeObject } from './alloc';
import { release } from './object';
import { parseArgs, defineMethod } from './descriptors';
import { strText, str as pyStr } from './abstract';
import { sliceIndicesHook } from './hooks-shared';

/** Code points of a string (for strings with astral characters). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

export function isAstral(o: PyStr): boolean {
  return o.length !== o.value.length;
}

/** Python's repr of a str (unicode_repr): prefer single quotes; escape \\, quotes, control chars. */
export function strRepr(s: string): string {
  const hasSingle = s.includes("'");
  const hasDouble = s.includes('"');
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f) out += ch;
    else if (isPrintable(c)) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** Approximation of Py_UNICODE_ISPRINTABLE: not Cc/Cf/Cs/Co/Cn/Zl/Zp/Zs (except space). */
export function isPrintable(c: number): boolean {
  if (c === 0x20) return true;
  const ch = String.fromCodePoint(c);
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(ch);
}

export function combineKind(a: StrKind, b: StrKind): StrKind {
  return a > b ? a : b;
}

function concat(a: PyStr, b: PyStr): PyStr {
  if (b.length === 0) {
    a.rc++;
    return a;
  }
  if (a.length === 0) {
    b.rc++;
    return b;
  }
  return newStrKnown(a.value + b.value, a.length + b.length, combineKind(a.kind, b.kind));
}

/** Index a str by code point. */
export function strCharAt(o: PyStr, i: number): string {
  if (!isAstral(o)) return o.value[i];
  return codePoints(o.value)[i];
}

export function strSlice(o: PyStr, start: number, stop: number, step: number, n: number): PyStr {
  if (step === 1) {
    if (start === 0 && stop === o.length) {
      o.rc++;
      return o;
    }
    if (!isAstral(o)) return newStr(o.value.slice(start, stop));
    return newStr(codePoints(o.value).slice(start, stop).join(''));
  }
  const cps = isAstral(o) ? codePoints(o.value) : null;
  let out = '';
  for (let k = 0, i = start; k < n; k++, i += step) out += cps !== null ? cps[i] : o.value[i];
  return newStr(out);
}

class PyStrIterator extends PyGCObject {
  index = 0;
  constructor(public seq: PyStr | null) {
    super(strIteratorType);
  }
}

registerTypeInit(() => {
  const s = strType.slots;
  s.repr = (o) => newStr(strRepr((o as PyStr).value));
  s.str = (o) => {
    if (o.type === strType) {
      o.rc++;
      return o;
    }
    return newStr((o as PyStr).value);
  };
  s.hash = (o) => strHash(o as PyStr);
  s.richcompare = (a, b, op) => {
    if (!(b instanceof PyStr)) return NotImplemented;
    const x = (a as PyStr).value;
    const y = b.value;
    if (op === 2) return newBool(x === y);
    if (op === 3) return newBool(x !== y);
    // compare by code point (UTF-16 order differs for astral vs BMP above U+E000)
    const c = compareCodePoints(x, y);
    return newBool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 4 ? c > 0 : c >= 0);
  };
  const left: (BinarySlot | undefined)[] = new Array(NB_COUNT);
  left[NB.ADD] = (a, b) => {
    if (!(a instanceof PyStr)) return NotImplemented;
    if (!(b instanceof PyStr)) {
      throw typeError(`can only concatenate str (not "${b.type.name}") to str`);
    }
    return concat(a, b);
  };
  left[NB.MULTIPLY] = seqRepeatSlot((o) => o instanceof PyStr, (o, n) => repeat(o as PyStr, n));
  left[NB.REMAINDER] = (a, b) => {
    if (!(a instanceof PyStr)) return NotImplemented;
    return percentHook.format(a, b);
  };
  s.nbLeft = left;
  s.nbRight = left;
  s.len = (o) => (o as PyStr).length;
  s.contains = (o, v) => {
    if (!(v instanceof PyStr)) {
      throw typeError(`'in <string>' requires string as left operand, not ${v.type.name}`);
    }
    return (o as PyStr).value.includes(v.value);
  };
  s.getitem = (o, key) => {
    const str = o as PyStr;
    if (key instanceof PyInt || key.type.slots.index) {
      let i = Number(key instanceof PyInt ? key.value : asIntValue(key));
      if (i < 0) i += str.length;
      if (i < 0 || i >= str.length) throw indexError('string index out of range');
      return newStr(strCharAt(str, i));
    }
    if (key.type.name === 'slice') {
      const [start, stop, step, n] = sliceIndicesHook.fn(key, str.length);
      return strSlice(str, start, stop, step, n);
    }
    throw typeError(`string indices must be integers, not '${key.type.name}'`);
  };
  s.iter = (o) => {
    const it = new PyStrIterator(o as PyStr);
    o.rc++;
    allocObject(it, 32);
    gcTrack(it);
    return it;
  };
  s.new = (type, args, kw) => {
    // unicode_new parses with PyArg_ParseTupleAndKeywords ("|Oss:str"), which counts all arguments
    const nargs = args.length;
    if (nargs > 3) throw typeError(`str() takes at most 3 arguments (${nargs} given)`);
    const [obj, encoding, errors] = parseArgs('str', args, kw, ['object', 'encoding', 'errors'], 0);
    let r: PyObject;
    if (obj === null) r = emptyString();
    else if (encoding !== null || errors !== null) r = decodeHook.decode(obj, encoding, errors);
    else r = pyStr(obj);
    if (type === strType) return r;
    const sub = new PyStr((r as PyStr).value, (r as PyStr).length, (r as PyStr).kind, type);
    type.rc++;
    // a heap-type instance: GC header, instance dict and __slots__ (like int/float subclasses)
    initSubclassInstance(sub, type, 64 + (r as PyStr).length + 1);
    decref(r);
    return sub;
  };

  const its = strIteratorType.slots;
  its.iter = (o) => {
    o.rc++;
    return o;
  };
  its.iternext = (o) => {
    const it = o as PyStrIterator;
    const seq = it.seq;
    if (seq === null) return null;
    if (it.index < seq.length) return newStr(strCharAt(seq, it.index++));
    it.seq = null;
    decref(seq);
    return null;
  };
  strIteratorType.dealloc = (o) => {
    gcUntrack(o as PyStrIterator);
    release((o as PyStrIterator).seq);
    return false;
  };
  strIteratorType.freeMemory = freeObject;
  // unicodeiter_len: the characters left (0 once exhausted)
  defineMethod(strIteratorType, '__length_hint__', (self) => {
    const it = self as PyStrIterator;
    return newInt(it.seq === null ? 0 : it.seq.length - it.index);
  });
  void intType;
});

function repeat(str: PyStr, n: number): PyStr {
  if (n <= 0 || str.length === 0) return emptyString();
  if (n === 1 && str.type === strType) {
    str.rc++;
    return str;
  }
  if (sizeProductOverflows(str.length, n)) throw overflowError('repeated string is too long');
  const total = str.length * n;
  // PyUnicode_New: MemoryError when the buffer cannot be allocated
  ensureAllocatable(strAllocSize(total, str.kind), str.value.length * n, HOST_MAX_CHARS);
  return newStrKnown(str.value.repeat(n), total, str.kind);
}

export function compareCodePoints(x: string, y: string): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const a = x.charCodeAt(i);
    const b = y.charCodeAt(i);
    if (a !== b) {
      const ah = a >= 0xd800 && a <= 0xdfff;
      const bh = b >= 0xd800 && b <= 0xdfff;
      if (ah === bh) return a - b;
      const ca = x.codePointAt(i)!;
      const cb = y.codePointAt(i)!;
      return ca - cb;
    }
  }
  return x.length - y.length;
}

export const percentHook = {
  format: (_fmt: PyStr, _args: PyObject): PyObject => {
    throw typeError('%-formatting not available');
  },
};
export const decodeHook = {
  decode: (_o: PyObject, _enc: PyObject | null, _err: PyObject | null): PyObject => {
    throw typeError('decoding not available');
  },
};

export { strText };
