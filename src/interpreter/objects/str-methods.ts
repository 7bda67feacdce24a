/**
 * str methods (Objects/unicodeobject.c, Objects/stringlib/*): splitting, joining, stripping,
 * searching, case mapping, padding, predicates, encoding, formatting, translation and the
 * memory-related dunders — with CPython 3.12's semantics and error messages.
 *
 * Strings are JS strings (UTF-16); Python indexes by code point, so positions are converted
 * between code-point and UTF-16 offsets where a string holds astral characters.
 *
 * Identity and memory follow CPython: methods that return their argument unchanged return the
 * same object (`s.strip() is s`), results built by slicing reuse the one-character Latin-1
 * singletons, while case mapping, `replace`, padding and `zfill` build fresh strings even when
 * one character long (`'a'.upper() is 'A'` is False, and its refcount is not immortal).
 */
import { asIntValue } from './int-type';
import { ensureAllocatable, HOST_MAX_CHARS } from './size-limits';
import { PyObject, decref } from './object';
import { strType, tupleType, dictType } from './core-types';
import { PyStr, newStr, StrKind, strKindOf, strAllocSize, emptyString, isIdentifierLike } from './str';
import { isPrintable, strSlice } from './str-type';
import { PyInt, newInt, newBool, newIntSsize } from './int';
import { PyTuple, newTuple } from './tuple';
import { newList, PyList, listAppend } from './list';
import { PyDict, newDict, dictSet, dictGet, dictForEach } from './dict';
import { None } from './singletons';
import { typeError, valueError, overflowError, raise, exceptionFactory } from './errors';
import { registerTypeInit } from './bootstrap';
import { defineMethod, defineStaticMethod } from './descriptors';
import { getIter, iterNext } from './abstract';
import { allocObject, allocBuffer } from './alloc';
import { strFormat, strFormatMap, strFormatSpecObj, mappingGet } from './formatting';
import { encodeStr } from './bytes';
import { sequenceList } from './list-type';

// ------------------------------------------------------------------ constructing results

/** A str that is never one of the cached one-character singletons (PyUnicode_New + copy). */
export function freshStr(s: string): PyStr {
  if (s.length === 0) return emptyString();
  const { kind, length } = strKindOf(s);
  const o = new PyStr(s, length, kind);
  allocObject(o, strAllocSize(length, kind));
  return o;
}

function same(o: PyStr): PyStr {
  o.rc++;
  return o;
}

/** The exact str result of an "unchanged" operation: self for exact str, a copy for subclasses. */
function unchanged(o: PyStr): PyStr {
  if (o.type === strType) return same(o);
  return newStr(o.value);
}

export const isAstralStr = (o: PyStr): boolean => o.length !== o.value.length;

/** UTF-16 offset of code point index i (0 ≤ i ≤ length). */
function cpToU16(s: string, i: number): number {
  let u = 0;
  for (let k = 0; k < i && u < s.length; k++) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return u;
}

/** Code point index of UTF-16 offset u. */
function u16ToCp(s: string, u: number): number {
  let n = 0;
  for (let k = 0; k < u; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < s.length && (s.charCodeAt(k + 1) & 0xfc00) === 0xdc00) k++;
    n++;
  }
  return n;
}

// ------------------------------------------------------------------ argument helpers

function tooMany(fname: string, max: number, n: number, exact: boolean): never {
  throw typeError(`${fname}() takes ${exact ? 'exactly' : 'at most'} ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

/**
 * Keyword-capable parsing with the messages of 3.12's `_PyArg_UnpackKeywords` for methods such as
 * split(sep=None, maxsplit=-1).
 */
function kwParse(fname: string, args: PyObject[], kw: string[] | null, names: string[], required: number): (PyObject | null)[] {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos > names.length) tooMany(fname, names.length, npos + nkw, required === names.length);
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const i = names.indexOf(kw![k]);
    if (i < 0) throw typeError(`'${kw![k]}' is an invalid keyword argument for ${fname}()`);
    if (out[i] !== null) throw typeError(`argument for ${fname}() given by name ('${kw![k]}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === null) {
      if (nkw > 0) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
      throw typeError(`${fname}() takes ${required === names.length ? 'exactly' : 'at least'} ${required} argument${required === 1 ? '' : 's'} (${npos} given)`);
    }
  }
  return out;
}

/** Positional-only with optional arguments (clinic "strip expected at most 1 argument, got 2"). */
function posRange(qual: string, fname: string, args: PyObject[], kw: string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length < min) throw typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  if (args.length > max) throw typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

/** Old-style METH_VARARGS parsing ("find() takes at least 1 argument (0 given)"). */
function varRange(qual: string, fname: string, args: PyObject[], kw: string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length < min) throw typeError(`${fname}() takes at least ${min} argument${min === 1 ? '' : 's'} (${args.length} given)`);
  if (args.length > max) tooMany(fname, max, args.length, false);
}

function exactOne(qual: string, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function noArgs(qual: string, args: PyObject[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 0) throw typeError(`${qual}() takes no arguments (${args.length} given)`);
}

const PY_SSIZE_T_MAX = 2 ** 63 - 1;

/** PyNumber_AsSsize_t with OverflowError, accepting int and __index__. */
export function asIndex(o: PyObject): number {
  let v: number | bigint;
  if (o instanceof PyInt) v = o.value;
  else if (o.type.slots.index) v = asIntValue(o);
  else throw typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  if (typeof v === 'bigint') {
    if (v > BigInt(PY_SSIZE_T_MAX) || v < -BigInt(PY_SSIZE_T_MAX) - 1n) {
      throw overflowError(`Python int too large to convert to C ssize_t`);
    }
    return Number(v);
  }
  return v;
}

/** _PyEval_SliceIndex: None → default, int/__index__ → value (saturating). */
export function sliceIndex(o: PyObject | null, dflt: number): number {
  if (o === null || o === None) return dflt;
  if (o instanceof PyInt) return typeof o.value === 'bigint' ? (o.value < 0n ? -PY_SSIZE_T_MAX : PY_SSIZE_T_MAX) : o.value;
  if (o.type.slots.index) {
    const v = asIntValue(o);
    return typeof v === 'bigint' ? (v < 0n ? -PY_SSIZE_T_MAX : PY_SSIZE_T_MAX) : v;
  }
  throw typeError('slice indices must be integers or None or have an __index__ method');
}

/** ADJUST_INDICES */
export function adjustIndices(start: number, end: number, len: number): [number, number] {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  return [start, end];
}

function needStr(o: PyObject, msg: () => string): PyStr {
  if (!(o instanceof PyStr)) throw typeError(msg());
  return o;
}

// ------------------------------------------------------------------ character classes

/** Py_UNICODE_ISSPACE */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20);
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Py_UNICODE_ISLINEBREAK */
export function isLineBreak(c: number): boolean {
  return (c >= 10 && c <= 13) || c === 0x1c || c === 0x1d || c === 0x1e || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const reLower = /\p{Lowercase}/u;
const reUpper = /\p{Uppercase}/u;
const reTitle = /\p{Lt}/u;
const reAlpha = /\p{L}/u;
const reDecimal = /\p{Nd}/u;
const reNumeric = /\p{N}/u;
const reXidStart = /\p{XID_Start}/u;
const reXidContinue = /\p{XID_Continue}/u;

// Characters with Numeric_Type=Digit (superscripts, circled digits …) beyond Nd.
const digitRanges: [number, number][] = [
  [0xb2, 0xb3], [0xb9, 0xb9], [0x1369, 0x1371], [0x19da, 0x19da], [0x2070, 0x2070], [0x2074, 0x2079],
  [0x2080, 0x2089], [0x2460, 0x2468], [0x2474, 0x247c], [0x2488, 0x2490], [0x24ea, 0x24ea], [0x24f5, 0x24fd],
  [0x24ff, 0x24ff], [0x2776, 0x277e], [0x2780, 0x2788], [0x278a, 0x2792], [0x10a40, 0x10a43],
  [0x10e60, 0x10e68], [0x11052, 0x1105a], [0x1f100, 0x1f10a],
];
// CJK ideographs with a numeric value (Numeric_Type=Numeric, category Lo).
const cjkNumeric = new Set(
  Array.from('〇一二三四五六七八九十百千万億兆零壱弐参拾廿卅卌什佰仟萬亿貳貮參肆伍陸柒捌玖兩两陌阡幺'),
);

const ch = (c: number): string => String.fromCodePoint(c);
export const isLowerCode = (c: number): boolean => (c < 128 ? c >= 97 && c <= 122 : reLower.test(ch(c)));
export const isUpperCode = (c: number): boolean => (c < 128 ? c >= 65 && c <= 90 : reUpper.test(ch(c)));
const isTitleCode = (c: number): boolean => c >= 128 && reTitle.test(ch(c));
export const isAlphaCode = (c: number): boolean =>
  c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : reAlpha.test(ch(c));
export const isDecimalCode = (c: number): boolean => (c < 128 ? c >= 48 && c <= 57 : reDecimal.test(ch(c)));
export function isDigitCode(c: number): boolean {
  if (isDecimalCode(c)) return true;
  for (const [a, b] of digitRanges) if (c >= a && c <= b) return true;
  return false;
}
export const isNumericCode = (c: number): boolean =>
  c < 128 ? c >= 48 && c <= 57 : reNumeric.test(ch(c)) || cjkNumeric.has(ch(c));
const isAlnumCode = (c: number): boolean => isAlphaCode(c) || isDecimalCode(c) || isDigitCode(c) || isNumericCode(c);
const isCased = (c: number): boolean => isLowerCode(c) || isUpperCode(c) || isTitleCode(c);

function allChars(o: PyStr, pred: (c: number) => boolean): boolean {
  const s = o.value;
  if (s.length === 0) return false;
  for (const c of s) if (!pred(c.codePointAt(0)!)) return false;
  return true;
}

// ------------------------------------------------------------------ case mapping

const titleSpecial: Record<string, string> = {
  'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǆ': 'ǅ', 'Ǉ': 'ǈ', 'ǈ': 'ǈ', 'ǉ': 'ǈ', 'Ǌ': 'ǋ', 'ǋ': 'ǋ', 'ǌ': 'ǋ', 'Ǳ': 'ǲ', 'ǲ': 'ǲ', 'ǳ': 'ǲ',
};

function titleChar(c: string): string {
  const t = titleSpecial[c];
  if (t !== undefined) return t;
  const u = c.toUpperCase();
  if (u.length <= 2 && Array.from(u).length === 1) return u;
  // multi-character upper case (ß → SS): title case keeps the first upper, lowers the rest
  const cps = Array.from(u);
  return cps[0] + cps.slice(1).join('').toLowerCase();
}

/** Lower-case one character of `s` at code-point index i (CPython's final-sigma rule). */
function lowerAt(cps: string[], i: number): string {
  const c = cps[i];
  if (c === 'Σ') return finalSigma(cps, i) ? 'ς' : 'σ';
  return c.toLowerCase();
}

function finalSigma(cps: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j])) j--;
  const before = j >= 0 && isCased(cps[j].codePointAt(0)!);
  if (!before) return false;
  j = i + 1;
  while (j < cps.length && isCaseIgnorable(cps[j])) j++;
  const after = j < cps.length && isCased(cps[j].codePointAt(0)!);
  return !after;
}

const reCaseIgnorable = /[\p{Mn}\p{Me}\p{Cf}\p{Lm}\p{Sk}'.:^`\u00b7\u2018\u2019\u2024\u2027]/u;
const isCaseIgnorable = (c: string): boolean => reCaseIgnorable.test(c);

function casefoldChar(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp < 128) return c.toLowerCase();
  // Cherokee small letters fold to upper case
  if ((cp >= 0x13f8 && cp <= 0x13fd) || (cp >= 0xab70 && cp <= 0xabbf)) return c.toUpperCase();
  if (cp >= 0x13a0 && cp <= 0x13f5) return c;
  const special: Record<string, string> = { 'ß': 'ss', 'ẞ': 'ss', 'İ': 'i̇', 'ς': 'σ', 'ϐ': 'β', 'ϑ': 'θ', 'ϕ': 'φ', 'ϖ': 'π', 'ϰ': 'κ', 'ϱ': 'ρ', 'ϵ': 'ε', 'ẛ': 'ṡ', 'ſ': 's', 'ͅ': 'ι', 'ι': 'ι', 'µ': 'μ' };
  const sp = special[c];
  if (sp !== undefined) return sp;
  const l = c.toLowerCase();
  if (l !== c) return l;
  const u = c.toUpperCase();
  if (u !== c) return u.toLowerCase();
  return c;
}

export function pyUpper(s: string): string {
  return s.toUpperCase();
}

export function pyLower(s: string): string {
  if (!s.includes('Σ')) return s.toLowerCase();
  const cps = Array.from(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

function pyCapitalize(s: string): string {
  const cps = Array.from(s);
  if (cps.length === 0) return '';
  let out = titleChar(cps[0]);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i);
  return out;
}

function pyTitle(s: string): string {
  const cps = Array.from(s);
  let out = '';
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    out += prevCased ? lowerAt(cps, i) : titleChar(c);
    prevCased = isCased(c.codePointAt(0)!);
  }
  return out;
}

function pySwapcase(s: string): string {
  const cps = Array.from(s);
  let out = '';
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const cp = c.codePointAt(0)!;
    if (isUpperCode(cp)) out += lowerAt(cps, i);
    else if (isLowerCode(cp)) out += c.toUpperCase();
    else out += c;
  }
  return out;
}

function pyCasefold(s: string): string {
  let out = '';
  for (const c of s) out += casefoldChar(c);
  return out;
}

function pyIsTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (isUpperCode(cp) || isTitleCode(cp)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLowerCode(cp)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

function hasCased(s: string, pred: (c: number) => boolean, other: (c: number) => boolean): boolean {
  let cased = false;
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (other(cp) || isTitleCode(cp)) return false;
    if (!cased && pred(cp)) cased = true;
  }
  return cased;
}

// ------------------------------------------------------------------ split & friends

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (maxsplit-- > 0) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i;
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  if (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i !== n) out.push(s.slice(i));
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (maxsplit-- > 0) {
    while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    while (i >= 0 && !isSpaceCode(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  if (i >= 0) {
    while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
    if (i >= 0) out.push(s.slice(0, i + 1));
  }
  out.reverse();
  return out;
}

function splitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (maxsplit-- > 0) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  const out: string[] = [];
  let end = s.length;
  while (maxsplit-- > 0) {
    if (end - sep.length < 0) break;
    const j = s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  out.reverse();
  return out;
}

/**
 * The result list of split/rsplit (stringlib/split.h): PyList_New(PREALLOC_SIZE(maxsplit)) —
 * min(maxsplit + 1, 12) slots — filled in place, then PyList_Append beyond that (list_resize
 * growth); the size is set to the count at the end without shrinking. splitlines starts from
 * PyList_New(0). The str itself is the single item when nothing was split (exact str only).
 */
function strList(self: PyStr, parts: string[], prealloc = 0): PyList {
  const l = newList();
  if (prealloc > 0) {
    l.itemsAddr = allocBuffer(8 * prealloc);
    l.allocated = prealloc;
  }
  const whole = parts.length === 1 && parts[0].length === self.value.length && self.type === strType;
  for (const p of parts) {
    const item = whole ? same(self) : newStr(p);
    if (l.items.length < l.allocated) l.items.push(item);
    else {
      listAppend(l, item);
      decref(item);
    }
  }
  return l;
}

const MAX_PREALLOC = 12;
/** PREALLOC_SIZE(maxcount); without maxsplit, maxcount is the most pieces the string can give:
 *  len / len(sep) + 1 (whitespace counts as a 2-character separator). Measured on 3.12.1:
 *  `','.join(['w'] * n).split(',')` has 2n + 1 slots up to 12. */
const splitPrealloc = (maxsplit: number, len: number, seplen: number): number => {
  // without maxsplit (-1 → PY_SSIZE_T_MAX) only; an explicit maxsplit is used as given
  const maxcount = maxsplit === PY_SSIZE_T_MAX ? Math.floor(len / seplen) + 1 : maxsplit;
  return maxcount >= MAX_PREALLOC ? MAX_PREALLOC : maxcount + 1;
};

function splitImpl(self: PyStr, args: PyObject[], kw: string[] | null, right: boolean): PyObject {
  const fname = right ? 'rsplit' : 'split';
  const [sepO, maxO] = kwParse(fname, args, kw, ['sep', 'maxsplit'], 0);
  let maxsplit = maxO === null ? -1 : asIndex(maxO);
  if (maxsplit < 0) maxsplit = PY_SSIZE_T_MAX;
  const s = self.value;
  if (sepO === null || sepO === None) {
    return strList(self, right ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit), splitPrealloc(maxsplit, self.length, 2));
  }
  const sep = needStr(sepO, () => `must be str or None, not ${sepO.type.name}`);
  if (sep.value.length === 0) throw valueError('empty separator');
  // a string shorter than the separator: PyList_New(1) holding the string
  const prealloc = self.length < (sep as PyStr).length ? 1 : splitPrealloc(maxsplit, self.length, (sep as PyStr).length);
  return strList(self, right ? rsplitSep(s, sep.value, maxsplit) : splitSep(s, sep.value, maxsplit), prealloc);
}

function splitlines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && !isLineBreak(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < n) {
      if (s.charCodeAt(j) === 13 && j + 1 < n && s.charCodeAt(j + 1) === 10) j += 2;
      else j++;
      if (keepends) eol = j;
    }
    out.push(s.slice(i, eol));
    i = j;
  }
  return out;
}

// ------------------------------------------------------------------ strip

type StripMode = 0 | 1 | 2; // left, right, both

function stripImpl(self: PyStr, args: PyObject[], kw: string[] | null, mode: StripMode): PyObject {
  const name = mode === 0 ? 'lstrip' : mode === 1 ? 'rstrip' : 'strip';
  posRange(`str.${name}`, name, args, kw, 0, 1);
  const s = self.value;
  let i = 0;
  let j = s.length;
  const charsO = args.length > 0 ? args[0] : None;
  if (charsO === None) {
    if (mode !== 1) while (i < j && isSpaceCode(s.charCodeAt(i))) i++;
    if (mode !== 0) while (j > i && isSpaceCode(s.charCodeAt(j - 1))) j--;
  } else {
    if (!(charsO instanceof PyStr)) throw typeError(`${name} arg must be None or str`);
    const set = new Set(Array.from(charsO.value));
    const cps = Array.from(s);
    let a = 0;
    let b = cps.length;
    if (mode !== 1) while (a < b && set.has(cps[a])) a++;
    if (mode !== 0) while (b > a && set.has(cps[b - 1])) b--;
    if (a === 0 && b === cps.length) return unchanged(self);
    return newStr(cps.slice(a, b).join(''));
  }
  if (i === 0 && j === s.length) return unchanged(self);
  return newStr(s.slice(i, j));
}

// ------------------------------------------------------------------ search

interface Range {
  s: string;
  start: number; // UTF-16
  end: number; // UTF-16
  ok: boolean; // start <= end after adjusting (in code points)
}

/** Resolve [start, end) code-point arguments to UTF-16 offsets of self. */
function searchRange(self: PyStr, startO: PyObject | null, endO: PyObject | null): Range {
  const len = self.length;
  let [start, end] = adjustIndices(sliceIndex(startO, 0), sliceIndex(endO, PY_SSIZE_T_MAX), len);
  const ok = start <= len && start <= end;
  if (start > len) start = len;
  if (end < start) end = start;
  const s = self.value;
  if (isAstralStr(self)) return { s, start: cpToU16(s, start), end: cpToU16(s, end), ok };
  return { s, start, end, ok };
}

function cpIndex(self: PyStr, u: number): number {
  return isAstralStr(self) ? u16ToCp(self.value, u) : u;
}

function findImpl(self: PyStr, args: PyObject[], kw: string[] | null, name: string, reverse: boolean): number {
  varRange(`str.${name}`, name, args, kw, 1, 3);
  const sub = needStr(args[0], () => `must be str, not ${args[0].type.name}`);
  const r = searchRange(self, args[1] ?? null, args[2] ?? null);
  if (!r.ok) return -1;
  const t = sub.value;
  if (r.end - r.start < t.length) return -1;
  const seg = r.s.slice(r.start, r.end);
  const k = reverse ? seg.lastIndexOf(t) : seg.indexOf(t);
  if (k < 0) return -1;
  return cpIndex(self, r.start + k);
}

function countOf(seg: string, t: string, max = Infinity): number {
  if (t.length === 0) return Math.min(Array.from(seg).length + 1, max);
  let n = 0;
  let i = 0;
  while (n < max) {
    const j = seg.indexOf(t, i);
    if (j < 0) break;
    n++;
    i = j + t.length;
  }
  return n;
}

function tailMatch(self: PyStr, sub: PyStr, r: Range, end: boolean): boolean {
  if (!r.ok) return false;
  const seg = r.s.slice(r.start, r.end);
  return end ? seg.endsWith(sub.value) : seg.startsWith(sub.value);
}

function startsEnds(self: PyStr, args: PyObject[], kw: string[] | null, end: boolean): PyObject {
  const name = end ? 'endswith' : 'startswith';
  varRange(`str.${name}`, name, args, kw, 1, 3);
  const r = searchRange(self, args[1] ?? null, args[2] ?? null);
  const x = args[0];
  if (x instanceof PyTuple) {
    for (const item of x.items) {
      if (!(item instanceof PyStr)) throw typeError(`tuple for ${name} must only contain str, not ${item.type.name}`);
      if (tailMatch(self, item, r, end)) return newBool(true);
    }
    return newBool(false);
  }
  if (!(x instanceof PyStr)) throw typeError(`${name} first arg must be str or a tuple of str, not ${x.type.name}`);
  return newBool(tailMatch(self, x, r, end));
}

// ------------------------------------------------------------------ padding

function fillChar(o: PyObject | undefined): string {
  if (o === undefined) return ' ';
  if (!(o instanceof PyStr)) throw typeError(`The fill character must be a unicode character, not ${o.type.name}`);
  if (o.length !== 1) throw typeError('The fill character must be exactly one character long');
  return o.value;
}

function pad(self: PyStr, left: number, right: number, fill: string): PyStr {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left === 0 && right === 0) return unchanged(self);
  return freshStr(fill.repeat(left) + self.value + fill.repeat(right));
}

// ------------------------------------------------------------------ expandtabs

function expandTabs(s: string, tabsize: number): string {
  let out = '';
  let col = 0;
  for (const c of s) {
    if (c === '\t') {
      if (tabsize > 0) {
        const incr = tabsize - (col % tabsize);
        col += incr;
        out += ' '.repeat(incr);
      }
    } else {
      col++;
      out += c;
      if (c === '\n' || c === '\r') col = 0;
    }
  }
  return out;
}

// ------------------------------------------------------------------ translate / maketrans

function translateImpl(self: PyStr, table: PyObject): PyObject {
  let out = '';
  const cache = new Map<number, string | null>();
  for (const c of self.value) {
    const cp = c.codePointAt(0)!;
    let m = cache.get(cp);
    if (m === undefined) {
      const key = newInt(cp);
      let v: PyObject | null = null;
      try {
        v = mappingGet(table, key);
      } catch (e) {
        if (!isLookupError(e)) throw e;
        v = null;
      } finally {
        decref(key);
      }
      if (v === null) m = c;
      else if (v === None) m = null;
      else if (v instanceof PyInt) {
        const n = Number(v.value);
        if (n < 0 || n > 0x10ffff) {
          decref(v);
          throw valueError('character mapping must be in range(0x110000)');
        }
        m = String.fromCodePoint(n);
      } else if (v instanceof PyStr) m = v.value;
      else {
        const tn = v.type.name;
        decref(v);
        void tn;
        throw typeError('character mapping must return integer, None or str');
      }
      if (v !== null) decref(v);
      cache.set(cp, m);
    }
    if (m !== null) out += m;
  }
  return newStr(out);
}

function isLookupError(e: unknown): boolean {
  const lookup = exceptionFactory.types['LookupError'];
  return (
    typeof e === 'object' &&
    e !== null &&
    'exc' in e &&
    lookup !== undefined &&
    ((e as { exc: PyObject }).exc.type.isSubtypeOf(lookup))
  );
}

function maketrans(args: PyObject[], kw: string[] | null): PyObject {
  posRange('maketrans', 'maketrans', args, kw, 1, 3);
  const d = newDict();
  try {
    if (args.length === 1) {
      const x = args[0];
      if (!(x instanceof PyDict) || x.type !== dictType && !x.type.isSubtypeOf(dictType)) {
        throw typeError('if you give only one argument to maketrans it must be a dict');
      }
      dictForEach(x, (k, v) => {
        if (k instanceof PyStr) {
          if (k.length !== 1) throw valueError('string keys in translate table must be of length 1');
          const key = newInt(k.value.codePointAt(0)!);
          dictSet(d, key, v);
          decref(key);
        } else if (k instanceof PyInt) {
          dictSet(d, k, v);
        } else throw typeError('keys in translate table must be strings or integers');
      });
      return d;
    }
    const x = args[0];
    const y = args[1];
    if (!(x instanceof PyStr)) throw typeError(`maketrans() argument 1 must be str, not ${x.type.name}`);
    if (!(y instanceof PyStr)) throw typeError(`maketrans() argument 2 must be str, not ${y.type.name}`);
    if (x.length !== y.length) throw valueError('the first two maketrans arguments must have equal length');
    const xs = Array.from(x.value);
    const ys = Array.from(y.value);
    for (let i = 0; i < xs.length; i++) {
      const k = newInt(xs[i].codePointAt(0)!);
      const v = newInt(ys[i].codePointAt(0)!);
      dictSet(d, k, v);
      decref(k);
      decref(v);
    }
    if (args.length === 3) {
      const z = args[2];
      if (!(z instanceof PyStr)) throw typeError(`maketrans() argument 3 must be str, not ${z.type.name}`);
      for (const c of z.value) {
        const k = newInt(c.codePointAt(0)!);
        dictSet(d, k, None);
        decref(k);
      }
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

// ------------------------------------------------------------------ join

export function strJoin(sepO: PyStr, iterable: PyObject): PyObject {
  let items: PyObject[];
  // PySequence_Fast: a list or tuple is used as is, any other iterable is first made a list
  // (its item array is on the heap while the result is built)
  let fseq: PyList | null = null;
  if (iterable.type === tupleType || iterable instanceof PyTuple) items = (iterable as PyTuple).items;
  else if (iterable instanceof PyList) items = iterable.items.slice();
  else {
    let it: PyObject;
    try {
      it = getIter(iterable);
    } catch (e) {
      if (isTypeError(e)) throw typeError('can only join an iterable');
      throw e;
    }
    try {
      fseq = sequenceList(it);
    } finally {
      decref(it);
    }
    items = fseq.items;
  }
  try {
    if (items.length === 1 && items[0].type === strType) return same(items[0] as PyStr);
    const parts: string[] = [];
    for (let i = 0; i < items.length; i++) {
      const v = items[i];
      if (!(v instanceof PyStr)) throw typeError(`sequence item ${i}: expected str instance, ${v.type.name} found`);
      parts.push(v.value);
    }
    if (parts.length === 0) return emptyString();
    // PyUnicode_New(sz, maxchar) for the whole result: MemoryError before any copying
    let units = sepO.value.length * (parts.length - 1);
    let kind = (sepO as PyStr).kind;
    for (const v of items) {
      units += (v as PyStr).value.length;
      if ((v as PyStr).kind > kind) kind = (v as PyStr).kind;
    }
    ensureAllocatable(strAllocSize(units, kind), units, HOST_MAX_CHARS);
    return newStr(parts.join(sepO.value));
  } finally {
    if (fseq !== null) decref(fseq);
  }
}

function isTypeError(e: unknown): boolean {
  const te = exceptionFactory.types['TypeError'];
  return typeof e === 'object' && e !== null && 'exc' in e && (e as { exc: PyObject }).exc.type.isSubtypeOf(te);
}

// ------------------------------------------------------------------ memory

/** str.__sizeof__: the compact object plus a cached UTF-8 copy where CPython has one. */
export function strSizeof(o: PyStr): number {
  let n = strAllocSize(o.length, o.kind);
  // a str subclass instance is a two-block (non-compact) string: sizeof(PyUnicodeObject) + its
  // separately allocated characters (unicode_sizeof)
  if (o.type !== strType) n = 64 + (o.length + 1) * (o.kind === StrKind.ASCII ? 1 : o.kind);
  if (hasUtf8Copy(o)) n += utf8Length(o.value) + 1;
  return n;
}

/**
 * Non-ASCII strings carry a UTF-8 copy once PyUnicode_AsUTF8 has been called on them. The
 * static one-character Latin-1 strings (U+0080…U+00FF) always have one in 3.12; other strings
 * get one when marked (identifiers, attribute names …) through `markUtf8Cached`.
 */
const utf8Cached = new WeakSet<PyStr>();
export function markUtf8Cached(o: PyStr): void {
  if (o.kind !== StrKind.ASCII) utf8Cached.add(o);
}
function hasUtf8Copy(o: PyStr): boolean {
  if (o.kind === StrKind.ASCII) return false;
  if (o.length === 1 && o.kind === StrKind.LATIN1 && o.rc >= 0x1fffffff) return true;
  return utf8Cached.has(o);
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// ------------------------------------------------------------------ registration

const S = (o: PyObject): PyStr => o as PyStr;

registerTypeInit(() => {
  const t = strType;
  const m = (name: string, fn: (self: PyStr, args: PyObject[], kw: string[] | null) => PyObject): void =>
    defineMethod(t, name, (self, args, kw) => fn(S(self), args, kw));

  // ---- splitting / joining
  m('split', (self, args, kw) => splitImpl(self, args, kw, false));
  m('rsplit', (self, args, kw) => splitImpl(self, args, kw, true));
  m('splitlines', (self, args, kw) => {
    const [ke] = kwParse('splitlines', args, kw, ['keepends'], 0);
    const keep = ke === null ? false : truthy(ke);
    return strList(self, splitlines(self.value, keep).length === 0 ? [] : splitlines(self.value, keep));
  });
  m('join', (self, args, kw) => strJoin(self, exactOne('str.join', args, kw)));
  m('partition', (self, args, kw) => partition(self, exactOne('str.partition', args, kw), false));
  m('rpartition', (self, args, kw) => partition(self, exactOne('str.rpartition', args, kw), true));

  // ---- stripping
  m('strip', (self, args, kw) => stripImpl(self, args, kw, 2));
  m('lstrip', (self, args, kw) => stripImpl(self, args, kw, 0));
  m('rstrip', (self, args, kw) => stripImpl(self, args, kw, 1));
  m('removeprefix', (self, args, kw) => {
    const p = exactOne('str.removeprefix', args, kw);
    if (!(p instanceof PyStr)) throw typeError(`removeprefix() argument must be str, not ${p.type.name}`);
    if (p.value.length > 0 && self.value.startsWith(p.value)) return newStr(self.value.slice(p.value.length));
    return unchanged(self);
  });
  m('removesuffix', (self, args, kw) => {
    const p = exactOne('str.removesuffix', args, kw);
    if (!(p instanceof PyStr)) throw typeError(`removesuffix() argument must be str, not ${p.type.name}`);
    if (p.value.length > 0 && self.value.endsWith(p.value)) return newStr(self.value.slice(0, self.value.length - p.value.length));
    return unchanged(self);
  });

  // ---- searching
  m('find', (self, args, kw) => newIntSsize(findImpl(self, args, kw, 'find', false)));
  m('rfind', (self, args, kw) => newIntSsize(findImpl(self, args, kw, 'rfind', true)));
  m('index', (self, args, kw) => {
    const i = findImpl(self, args, kw, 'index', false);
    if (i < 0) throw valueError('substring not found');
    return newIntSsize(i);
  });
  m('rindex', (self, args, kw) => {
    const i = findImpl(self, args, kw, 'rindex', true);
    if (i < 0) throw valueError('substring not found');
    return newIntSsize(i);
  });
  m('count', (self, args, kw) => {
    varRange('str.count', 'count', args, kw, 1, 3);
    const sub = needStr(args[0], () => `must be str, not ${args[0].type.name}`);
    const r = searchRange(self, args[1] ?? null, args[2] ?? null);
    if (!r.ok) return newInt(0);
    return newIntSsize(countOf(r.s.slice(r.start, r.end), sub.value));
  });
  m('startswith', (self, args, kw) => startsEnds(self, args, kw, false));
  m('endswith', (self, args, kw) => startsEnds(self, args, kw, true));
  m('replace', (self, args, kw) => {
    posRange('str.replace', 'replace', args, kw, 2, 3);
    const o = args[0];
    const n = args[1];
    if (!(o instanceof PyStr)) throw typeError(`replace() argument 1 must be str, not ${o.type.name}`);
    if (!(n instanceof PyStr)) throw typeError(`replace() argument 2 must be str, not ${n.type.name}`);
    let count = args.length > 2 ? asIndex(args[2]) : -1;
    if (count < 0) count = PY_SSIZE_T_MAX;
    const s = self.value;
    const old = o.value;
    if (count === 0 || (old.length > 0 && !s.includes(old)) || (old === n.value)) return unchanged(self);
    let out: string;
    if (old.length === 0) {
      const cps = Array.from(s);
      if (cps.length === 0 && count > 0) return newStr(n.value);
      out = '';
      let k = 0;
      for (let i = 0; i < cps.length; i++) {
        if (k < count) {
          out += n.value;
          k++;
        }
        out += cps[i];
      }
      if (k < count) out += n.value;
    } else {
      out = '';
      let i = 0;
      let k = 0;
      while (k < count) {
        const j = s.indexOf(old, i);
        if (j < 0) break;
        out += s.slice(i, j) + n.value;
        i = j + old.length;
        k++;
      }
      out += s.slice(i);
    }
    return freshStr(out);
  });

  // ---- case
  const caseOp = (name: string, f: (s: string) => string) =>
    m(name, (self, args, kw) => {
      noArgs(`str.${name}`, args, kw);
      return freshStr(f(self.value));
    });
  caseOp('upper', pyUpper);
  caseOp('lower', pyLower);
  caseOp('casefold', pyCasefold);
  caseOp('capitalize', pyCapitalize);
  caseOp('title', pyTitle);
  caseOp('swapcase', pySwapcase);

  // ---- padding
  const widthArgs = (name: string, self: PyStr, args: PyObject[], kw: string[] | null): [number, string] => {
    posRange(`str.${name}`, name, args, kw, 1, 2);
    const w = asIndex(args[0]);
    return [w, fillChar(args[1])];
  };
  m('center', (self, args, kw) => {
    const [w, f] = widthArgs('center', self, args, kw);
    const marg = w - self.length;
    if (marg <= 0) return unchanged(self);
    const left = Math.floor(marg / 2) + (marg & w & 1);
    return pad(self, left, marg - left, f);
  });
  m('ljust', (self, args, kw) => {
    const [w, f] = widthArgs('ljust', self, args, kw);
    return pad(self, 0, w - self.length, f);
  });
  m('rjust', (self, args, kw) => {
    const [w, f] = widthArgs('rjust', self, args, kw);
    return pad(self, w - self.length, 0, f);
  });
  m('zfill', (self, args, kw) => {
    const w = asIndex(exactOne('str.zfill', args, kw));
    const fill = w - self.length;
    if (fill <= 0) return unchanged(self);
    let s = '0'.repeat(fill) + self.value;
    const c = self.value[0];
    if (c === '+' || c === '-') s = c + '0'.repeat(fill) + self.value.slice(1);
    return freshStr(s);
  });
  m('expandtabs', (self, args, kw) => {
    const [ts] = kwParse('expandtabs', args, kw, ['tabsize'], 0);
    const tabsize = ts === null ? 8 : asIndex(ts);
    if (!self.value.includes('\t')) return unchanged(self);
    return newStr(expandTabs(self.value, tabsize));
  });

  // ---- predicates
  const pred = (name: string, f: (self: PyStr) => boolean) =>
    m(name, (self, args, kw) => {
      noArgs(`str.${name}`, args, kw);
      return newBool(f(self));
    });
  pred('isdigit', (o) => allChars(o, isDigitCode));
  pred('isdecimal', (o) => allChars(o, isDecimalCode));
  pred('isnumeric', (o) => allChars(o, isNumericCode));
  pred('isalpha', (o) => allChars(o, isAlphaCode));
  pred('isalnum', (o) => allChars(o, isAlnumCode));
  pred('isspace', (o) => allChars(o, isSpaceCode));
  pred('isupper', (o) => hasCased(o.value, isUpperCode, isLowerCode));
  pred('islower', (o) => hasCased(o.value, isLowerCode, isUpperCode));
  pred('istitle', (o) => pyIsTitle(o.value));
  pred('isascii', (o) => o.kind === StrKind.ASCII);
  pred('isprintable', (o) => {
    for (const c of o.value) if (!isPrintable(c.codePointAt(0)!)) return false;
    return true;
  });
  pred('isidentifier', (o) => isIdentifierStr(o.value));

  // ---- encoding / formatting / translation
  m('encode', (self, args, kw) => {
    const [enc, err] = kwParse('encode', args, kw, ['encoding', 'errors'], 0);
    if (enc !== null && !(enc instanceof PyStr)) throw typeError(`encode() argument 'encoding' must be str, not ${enc.type.name}`);
    if (err !== null && !(err instanceof PyStr)) throw typeError(`encode() argument 'errors' must be str, not ${err.type.name}`);
    return encodeStr(self, enc === null ? 'utf-8' : enc.value, err === null ? 'strict' : err.value);
  });
  m('format', (self, args, kw) => strFormat(self, args, kw));
  m('format_map', (self, args, kw) => strFormatMap(self, exactOne('str.format_map', args, kw)));
  m('__format__', (self, args, kw) => {
    const spec = exactOne('str.__format__', args, kw);
    if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.type.name}`);
    return strFormatSpecObj(self, spec.value);
  });
  m('translate', (self, args, kw) => translateImpl(self, exactOne('str.translate', args, kw)));
  defineStaticMethod(t, 'maketrans', (_self, args, kw) => maketrans(args, kw));
  m('__sizeof__', (self, args, kw) => {
    noArgs('str.__sizeof__', args, kw);
    return newIntSsize(strSizeof(self));
  });
  m('__getnewargs__', (self, args, kw) => {
    noArgs('str.__getnewargs__', args, kw);
    return newTuple([newStr(self.value)]);
  });
});

function truthy(o: PyObject): boolean {
  if (o instanceof PyInt) return o.value != 0;
  const b = o.type.slots.bool;
  if (b) return b(o);
  const l = o.type.slots.len;
  if (l) return l(o) !== 0;
  return true;
}

function partition(self: PyStr, sepO: PyObject, right: boolean): PyObject {
  const sep = needStr(sepO, () => `must be str, not ${sepO.type.name}`);
  if (sep.value.length === 0) throw valueError('empty separator');
  const s = self.value;
  const i = right ? s.lastIndexOf(sep.value) : s.indexOf(sep.value);
  if (i < 0) {
    const whole = unchanged(self);
    return right ? newTuple([emptyString(), emptyString(), whole]) : newTuple([whole, emptyString(), emptyString()]);
  }
  sep.rc++;
  const sepOut = sep.type === strType ? sep : (decref(sep), newStr(sep.value));
  return newTuple([newStr(s.slice(0, i)), sepOut, newStr(s.slice(i + sep.value.length))]);
}

export function isIdentifierStr(s: string): boolean {
  if (s.length === 0) return false;
  if (isIdentifierLike(s)) return !(s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57);
  let first = true;
  for (const c of s) {
    if (first) {
      if (c !== '_' && !reXidStart.test(c)) return false;
      first = false;
    } else if (!reXidContinue.test(c)) return false;
  }
  return true;
}

export { strSlice, dictGet, listAppend, raise };
