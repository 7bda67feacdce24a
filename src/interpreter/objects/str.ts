/**
 * str (Objects/unicodeobject.c, PEP 393 compact strings).
 *
 * `value` is the JS string (UTF-16). Python indexes by code point, so `length` counts code
 * points and `astral` says whether any character lies beyond U+FFFF (then indexing goes through
 * code points; otherwise UTF-16 indexing is exact and fast).
 * Memory is CPython's compact layout: pure ASCII → PyASCIIObject (40 bytes) + len + 1;
 * otherwise PyCompactUnicodeObject (56 bytes) + (len + 1) × kind, kind = 1 (Latin-1), 2 (UCS-2)
 * or 4 (UCS-4).
 * Interning: identifier-like constants of code objects, attribute names and `sys.intern`
 * results live in one table; in 3.12 interned strings are immortal. One-character Latin-1
 * strings are statically allocated singletons, as CPython's `_Py_LATIN1_CHR` cache.
 */
import { PyObject, makeImmortal } from './object';
import { strType } from './core-types';
import { allocObject, allocStatic } from './alloc';

export const enum StrKind {
  ASCII = 0,
  LATIN1 = 1,
  UCS2 = 2,
  UCS4 = 4,
}

export class PyStr extends PyObject {
  /**
   * Cached hash; null = not computed. (Not 0: a field that starts as a small integer and later
   * holds a 53-bit hash becomes a double field, and V8 then boxes a number for every string.)
   */
  hash: number | null = null;
  interned = false;
  constructor(
    public value: string,
    public length: number,
    public kind: StrKind,
    type = strType,
  ) {
    super(type);
  }
}

export function strKindOf(s: string): { kind: StrKind; length: number } {
  let max = 0;
  let astral = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral++;
        i++;
      }
    }
  }
  const kind = astral > 0 ? StrKind.UCS4 : max < 128 ? StrKind.ASCII : max < 256 ? StrKind.LATIN1 : StrKind.UCS2;
  return { kind, length: s.length - astral };
}

/** Bytes requested from the allocator for a compact string (unicode_new / PyUnicode_New). */
export function strAllocSize(length: number, kind: StrKind): number {
  if (kind === StrKind.ASCII) return 40 + length + 1;
  return 56 + (length + 1) * kind;
}

const internTable = new Map<string, PyStr>();
const latin1Chars: (PyStr | undefined)[] = [];
let emptyStr: PyStr | null = null;

/** Forget the interned strings of the previous program (the static one-char cache stays). */
export function resetStrCaches(): void {
  internTable.clear();
}

/** A new reference to a str holding `s`. */
export function newStr(s: string): PyStr {
  const n = s.length;
  if (n <= 1) {
    if (n === 0) return emptyString();
    const c = s.charCodeAt(0);
    if (c < 256) return latin1Char(c);
  }
  const { kind, length } = strKindOf(s);
  const o = new PyStr(s, length, kind);
  allocObject(o, strAllocSize(length, kind));
  return o;
}

/** A new ASCII str object even for one character (PyUnicode_New + fill, no latin-1
 *  singleton): what long_to_decimal_string returns for str(7). */
export function newAsciiStrFresh(s: string): PyStr {
  if (s.length !== 1) return newStr(s);
  const o = new PyStr(s, 1, StrKind.ASCII);
  allocObject(o, strAllocSize(1, StrKind.ASCII));
  return o;
}

/** Like newStr when the caller already knows the kind and code-point length. */
export function newStrKnown(s: string, length: number, kind: StrKind): PyStr {
  if (s.length <= 1) return newStr(s);
  const o = new PyStr(s, length, kind);
  allocObject(o, strAllocSize(length, kind));
  return o;
}

export function emptyString(): PyStr {
  if (emptyStr === null) {
    emptyStr = makeImmortal(new PyStr('', 0, StrKind.ASCII));
    emptyStr.interned = true;
    allocStatic(emptyStr, 41);
  }
  return emptyStr;
}

function latin1Char(c: number): PyStr {
  let o = latin1Chars[c];
  if (o === undefined) {
    o = makeImmortal(new PyStr(String.fromCharCode(c), 1, c < 128 ? StrKind.ASCII : StrKind.LATIN1));
    allocStatic(o, c < 128 ? 42 : 58);
    latin1Chars[c] = o;
  }
  return o;
}

/**
 * The interned (immortal) str for `s` (sys.intern, identifiers, attribute names). Returns a
 * reference the caller may keep without incref (immortal).
 */
export function internStr(s: string): PyStr {
  let o = internTable.get(s) ?? runtimeIdentifiers.get(s);
  if (o !== undefined) return o;
  if (s.length === 0) {
    o = newStr(s);
  } else {
    // one-character identifiers and constants too get their own interned object: CPython's
    // compile-time 'x' is not the _Py_LATIN1_CHR singleton that chr(120) returns
    const { kind, length } = strKindOf(s);
    o = new PyStr(s, length, kind);
    allocObject(o, strAllocSize(length, kind));
  }
  o.interned = true;
  makeImmortal(o);
  internTable.set(s, o);
  return o;
}

/**
 * The runtime's statically allocated identifiers (_Py_ID(name) in CPython: 'True', 'False',
 * 'Py_Repr', …): immortal, outside the heap, and the interned string for their text, so
 * `str(True) is 'True'` as in CPython.
 */
const runtimeIdentifiers = new Map<string, PyStr>();

/**
 * Names the type machinery stores in every class dict (type_new and PyType_Ready use their
 * _Py_ID() statics): a class statement allocates no str for them.
 */
export const TYPE_DICT_IDENTIFIERS = ['__module__', '__qualname__', '__doc__', '__dict__', '__weakref__', '__hash__', '__new__', '__init_subclass__', '__class_getitem__'];
export function runtimeIdentifier(s: string): PyStr {
  let o = runtimeIdentifiers.get(s);
  if (o === undefined) {
    const { kind, length } = strKindOf(s);
    o = makeImmortal(new PyStr(s, length, kind));
    o.interned = true;
    allocStatic(o, strAllocSize(length, kind));
    runtimeIdentifiers.set(s, o);
  }
  return o;
}

/**
 * The interned str equal to `s` when one exists (names the compiler interned: a function's or
 * class's __name__ is its code's interned co_name), else a new str. Never interns anything.
 */
export function internedOrNewStr(s: string): PyStr {
  return internTable.get(s) ?? runtimeIdentifiers.get(s) ?? newStr(s);
}

/** The interned str equal to `s`, or null (allocates nothing: usable from tp_traverse). */
export function internedStrOrNull(s: string): PyStr | null {
  return internTable.get(s) ?? runtimeIdentifiers.get(s) ?? null;
}

/** Intern an existing str object in place if no equal string is interned yet (PyUnicode_InternInPlace). */
export function internInPlace(o: PyStr): PyStr {
  const existing = internTable.get(o.value) ?? runtimeIdentifiers.get(o.value);
  if (existing !== undefined) return existing;
  o.interned = true;
  makeImmortal(o);
  internTable.set(o.value, o);
  return o;
}

/** Does this string look like an identifier (all_name_chars in CPython's intern_string_constants)? */
export function isIdentifierLike(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
}

/** A stable (per run) string hash; CPython's is SipHash with a random key, so any good hash is faithful. */
export function strHash(o: PyStr): number {
  if (o.hash !== null) return o.hash;
  const s = o.value;
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 | 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519);
  }
  let h = (h1 >>> 0) * 2097152 + ((h2 >>> 0) & 0x1fffff); // 53 bits
  if (h2 & 0x200000) h = -h;
  if (h === 0 || h === -1) h = -2;
  o.hash = h;
  return h;
}
