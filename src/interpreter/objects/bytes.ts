/**
 * bytes and bytearray (Objects/bytesobject.c, bytearrayobject.c, Objects/bytes_methods.c) and
 * the codecs str.encode / bytes.decode use (utf-8, ascii, latin-1, utf-16, utf-32).
 *
 * Memory (CPython 3.12, 64-bit):
 *  - bytes: one block of 33 + len bytes (PyBytesObject header 32 incl. ob_shash, + data + NUL);
 *    b'' and the 256 one-byte values are static immortal singletons.
 *  - bytearray: a 56-byte object plus a separate buffer of `alloc` bytes, grown and shrunk by
 *    PyByteArray_Resize's rules (moderate growth: size + size/8 + (size < 9 ? 3 : 6); a big jump
 *    or fresh allocation: size + 1; shrinking below alloc/2: exact size + 1).
 *    `sys.getsizeof` = 56 + alloc.
 */
import { inheritObjectSlots } from './static-type';
import { KoreanCodec, koreanEncodeChar, koreanDecode } from './text/euc-kr';
import { initSubclassInstance } from './float-type';
import { PyObject, decref, makeImmortal } from './object';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { bytesType, bytearrayType, strType, typeType, objectType, tupleType, listType } from './core-types';
import { PyType, NB, NB_COUNT, BinarySlot } from './typeobject';
import { PyStr, newStr, strHash } from './str';
import { PyInt, newInt, newBool } from './int';
import { PyTuple, newTuple } from './tuple';
import { PyList, newList } from './list';
import { newDict } from './dict';
import { None, NotImplemented } from './singletons';
import { typeError, valueError, indexError, overflowError, raise, exceptionFactory, PyThrown } from './errors';
import { registerTypeInit } from './bootstrap';
import { defineMethod, defineClassMethod, defineStaticMethod } from './descriptors';
import { getIter, iterNext, call, lookupSpecial } from './abstract';
import { allocObject, allocStatic, freeObject, allocBuffer, reallocBuffer, freeBuffer } from './alloc';
import { sliceIndicesHook } from './hooks-shared';
import { constFactories } from './const-factories';
import { decodeHook } from './str-type';
import { asIndex, sliceIndex, adjustIndices, isSpaceCode as isUniSpace } from './str-methods';
import { bytesPercentFormat } from './formatting';

// ================================================================== objects

export class PyBytes extends PyObject {
  hash = -1;
  constructor(
    public data: Uint8Array,
    type: PyType = bytesType,
  ) {
    super(type);
  }
}

export class PyByteArray extends PyObject {
  /** Backing store (capacity ≥ size); only [0, size) is meaningful. */
  buf: Uint8Array = new Uint8Array(0);
  size = 0;
  /** CPython's ob_alloc (bytes allocated for the buffer, including the trailing NUL). */
  alloc = 0;
  bufAddr = 0;
  /** Number of live buffer exports (memoryview); resizing is refused while > 0. */
  exports = 0;
  constructor(type: PyType = bytearrayType) {
    super(type);
  }
  get data(): Uint8Array {
    return this.buf.subarray(0, this.size);
  }
}

let emptyBytes: PyBytes | null = null;
const byteChars: (PyBytes | undefined)[] = [];

function staticBytes(data: Uint8Array): PyBytes {
  const o = makeImmortal(new PyBytes(data));
  allocStatic(o, 33 + data.length);
  return o;
}

/** A new reference to a bytes object holding (a copy of, if `copy`) `data`. */
export function newBytes(data: Uint8Array, copy = true): PyBytes {
  if (data.length === 0) return (emptyBytes ??= staticBytes(new Uint8Array(0)));
  if (data.length === 1) {
    const c = data[0];
    return (byteChars[c] ??= staticBytes(Uint8Array.of(c)));
  }
  const o = new PyBytes(copy ? data.slice() : data);
  allocObject(o, 33 + data.length);
  return o;
}

/** A bytes object that is never a cached singleton (PyBytes_FromStringAndSize(NULL, n)). */
function freshBytes(data: Uint8Array): PyBytes {
  if (data.length === 0) return newBytes(data);
  const o = new PyBytes(data);
  allocObject(o, 33 + data.length);
  return o;
}

/** PyByteArray_Resize */
export function byteArrayResize(b: PyByteArray, size: number): void {
  if (size === b.size) return;
  if (b.exports > 0) throw bufferError('Existing exports of data: object cannot be re-sized');
  let alloc = b.alloc;
  if (size + 1 <= alloc) {
    if (size < Math.floor(alloc / 2)) alloc = size + 1;
    else {
      b.size = size;
      return;
    }
  } else if (size <= alloc * 1.125) alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
  else alloc = size + 1;
  b.bufAddr = b.bufAddr === 0 ? allocBuffer(alloc) : reallocBuffer(b.bufAddr, alloc);
  const nb = new Uint8Array(alloc);
  nb.set(b.buf.subarray(0, Math.min(b.size, size)));
  b.buf = nb;
  b.alloc = alloc;
  b.size = size;
}

export function newByteArray(data: Uint8Array, type: PyType = bytearrayType): PyByteArray {
  const o = new PyByteArray(type);
  allocObject(o, 56);
  if (type !== bytearrayType) type.rc++;
  if (data.length > 0) {
    byteArrayResize(o, data.length);
    o.buf.set(data);
  }
  return o;
}

function bufferError(msg: string) {
  const t = exceptionFactory.types['BufferError'];
  return t ? raise(t, msg) : typeError(msg);
}

/** The bytes of a bytes-like object, or null. */
export function bytesLike(o: PyObject): Uint8Array | null {
  if (o instanceof PyBytes) return o.data;
  if (o instanceof PyByteArray) return o.data;
  const mv = (o as { memoryviewBytes?: () => Uint8Array }).memoryviewBytes;
  if (typeof mv === 'function') return mv.call(o);
  return null;
}

function needBytes(o: PyObject): Uint8Array {
  const d = bytesLike(o);
  if (d === null) throw typeError(`a bytes-like object is required, not '${o.type.name}'`);
  return d;
}

const isBA = (o: PyObject): o is PyByteArray => o instanceof PyByteArray;
const dataOf = (o: PyObject): Uint8Array => (o instanceof PyBytes ? o.data : (o as PyByteArray).data);
const kindName = (o: PyObject): string => (isBA(o) ? 'bytearray' : 'bytes');

/** Result constructor of the same family as self (bytes → bytes, bytearray → bytearray). */
function makeLike(self: PyObject, d: Uint8Array): PyObject {
  return isBA(self) ? newByteArray(d) : newBytes(d, false);
}

/** bytes methods that may return self unchanged (exact bytes only); bytearray always copies. */
function unchangedLike(self: PyObject): PyObject {
  if (self.type === bytesType) {
    self.rc++;
    return self;
  }
  return makeLike(self, dataOf(self).slice());
}

// ================================================================== repr

export function bytesReprText(d: Uint8Array, prefix = 'b'): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of d) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + q;
  for (const c of d) {
    if (c === q.charCodeAt(0) || c === 92) out += '\\' + String.fromCharCode(c);
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}

const latin1 = (d: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < d.length; i += 8192) s += String.fromCharCode(...d.subarray(i, i + 8192));
  return s;
};

function fromLatin1(s: string): Uint8Array {
  const d = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) d[i] = s.charCodeAt(i);
  return d;
}

// ================================================================== codecs

type Codec = 'utf-8' | 'ascii' | 'latin-1' | 'utf-16' | 'utf-16-le' | 'utf-16-be' | 'utf-32' | 'utf-32-le' | 'utf-32-be' | KoreanCodec;

export function normalizeEncoding(name: string): Codec | null {
  const n = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  switch (n) {
    case 'utf_8': case 'utf8': case 'u8': case 'utf': case 'cp65001': case 'utf8_ucs2': case 'utf8_ucs4':
      return 'utf-8';
    case 'ascii': case 'us_ascii': case '646': case 'ansi_x3_4_1968': case 'us':
      return 'ascii';
    case 'latin_1': case 'latin1': case 'latin': case 'l1': case 'iso_8859_1': case 'iso8859_1': case '8859':
    case 'cp819': case 'iso_ir_100': case 'iso_8859_1_1987': case 'csisolatin1': case 'ibm819':
      return 'latin-1';
    case 'utf_16': case 'utf16': case 'u16':
      return 'utf-16';
    case 'utf_16_le': case 'utf_16le': case 'utf16le':
      return 'utf-16-le';
    case 'utf_16_be': case 'utf_16be': case 'utf16be':
      return 'utf-16-be';
    case 'utf_32': case 'utf32': case 'u32':
      return 'utf-32';
    case 'utf_32_le': case 'utf_32le': case 'utf32le':
      return 'utf-32-le';
    case 'utf_32_be': case 'utf_32be': case 'utf32be':
      return 'utf-32-be';
    case 'euc_kr': case 'euckr': case 'korean': case 'ksc5601': case 'ks_c_5601': case 'ks_c_5601_1987':
    case 'ksx1001': case 'ks_x_1001':
      return 'euc-kr';
    case 'cp949': case '949': case 'ms949': case 'uhc':
      return 'cp949';
  }
  return null;
}

function lookupError(msg: string) {
  return raise(exceptionFactory.types['LookupError'], msg);
}

function unknownEncoding(name: string) {
  return lookupError(`unknown encoding: ${name}`);
}

const hex2 = (c: number): string => c.toString(16).padStart(2, '0');

function escapeChar(c: number): string {
  if (c <= 0xff) return '\\x' + hex2(c);
  if (c <= 0xffff) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

function checkHandler(errors: string, decoding: boolean): void {
  const ok = decoding
    ? ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']
    : ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass'];
  if (!ok.includes(errors)) throw lookupError(`unknown error handler name '${errors}'`);
}

/** str.encode / bytes(str, encoding, errors) */
export function encodeStr(o: PyStr, encoding: string, errors: string): PyBytes {
  const codec = normalizeEncoding(encoding);
  if (codec === null) throw unknownEncoding(encoding);
  const cps: number[] = [];
  for (const c of o.value) cps.push(c.codePointAt(0)!);
  const korean = codec === 'euc-kr' || codec === 'cp949';
  const display = codec === 'latin-1' ? 'latin-1' : codec === 'ascii' ? 'ascii' : codec === 'euc-kr' ? 'euc_kr' : codec;
  const out: number[] = [];
  const limit = codec === 'ascii' ? 128 : codec === 'latin-1' ? 256 : 0x110000;
  const isBad = korean
    ? (c: number): boolean => koreanEncodeChar(codec, c) === null
    : (c: number): boolean => c >= limit || (c >= 0xd800 && c <= 0xdfff);
  const emit = (c: number): void => {
    if (korean) {
      out.push(...(koreanEncodeChar(codec, c) ?? [63]));
      return;
    }
    switch (codec) {
      case 'ascii':
      case 'latin-1':
        out.push(c);
        break;
      case 'utf-8':
        if (c < 0x80) out.push(c);
        else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
        else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        break;
      case 'utf-16':
      case 'utf-16-le':
      case 'utf-16-be': {
        const units = c >= 0x10000 ? [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)] : [c];
        for (const u of units) out.push(...(codec === 'utf-16-be' ? [u >> 8, u & 255] : [u & 255, u >> 8]));
        break;
      }
      default: {
        const b = [c & 255, (c >> 8) & 255, (c >> 16) & 255, 0];
        out.push(...(codec === 'utf-32-be' ? b.reverse() : b));
      }
    }
  };
  if (codec === 'utf-16') out.push(0xff, 0xfe);
  if (codec === 'utf-32') out.push(0xff, 0xfe, 0, 0);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (!isBad(c)) {
      emit(c);
      continue;
    }
    let j = i + 1;
    while (!korean && j < cps.length && isBad(cps[j])) j++;
    checkHandler(errors, false);
    if (errors === 'surrogatepass' && codec !== 'ascii' && codec !== 'latin-1' && c >= 0xd800 && c <= 0xdfff) {
      emit(c);
      continue;
    }
    if (errors === 'surrogateescape' && c >= 0xdc80 && c <= 0xdcff) {
      out.push(c - 0xdc00);
      continue;
    }
    if (errors === 'strict' || errors === 'surrogateescape' || errors === 'surrogatepass') {
      const surrogate = c >= 0xd800 && c <= 0xdfff && codec !== 'ascii' && codec !== 'latin-1';
      if (surrogate) j = i + 1;
      const reason = korean ? 'illegal multibyte sequence' : surrogate ? 'surrogates not allowed' : `ordinal not in range(${limit})`;
      const what = j - i === 1 ? `character '${escapeChar(c)}' in position ${i}` : `characters in position ${i}-${j - 1}`;
      void what;
      o.rc++;
      throw new PyThrown(exceptionFactory.makeWith(exceptionFactory.types['UnicodeEncodeError'], [
        newStr(display), o, newInt(i), newInt(j), newStr(reason),
      ]));
    }
    for (let k = i; k < j; k++) {
      const x = cps[k];
      if (errors === 'replace') emit(63);
      else if (errors === 'backslashreplace') for (const ch of escapeChar(x)) emit(ch.charCodeAt(0));
      else if (errors === 'xmlcharrefreplace') for (const ch of `&#${x};`) emit(ch.charCodeAt(0));
      else if (errors === 'namereplace') for (const ch of escapeChar(x)) emit(ch.charCodeAt(0));
    }
    i = j - 1;
  }
  return newBytes(Uint8Array.from(out), false);
}

/** UnicodeDecodeError(encoding, object, start, end, reason); str() words it from the members. */
function decodeError(codec: string, d: Uint8Array, start: number, end: number, reason: string) {
  return new PyThrown(exceptionFactory.makeWith(exceptionFactory.types['UnicodeDecodeError'], [
    newStr(codec), newBytes(d), newInt(start), newInt(end), newStr(reason),
  ]));
}

/** Decode bytes to a JS string (the codecs' decoders). */
export function decodeToString(d: Uint8Array, encoding: string, errors: string): string {
  const codec = normalizeEncoding(encoding);
  if (codec === null) throw unknownEncoding(encoding);
  let out = '';
  const bad = (name: string, start: number, end: number, reason: string): void => {
    checkHandler(errors, true);
    if (errors === 'strict' || errors === 'surrogatepass') throw decodeError(name, d, start, end, reason);
    if (errors === 'ignore') return;
    if (errors === 'replace') out += '\ufffd';
    else if (errors === 'backslashreplace') for (let k = start; k < end; k++) out += '\\x' + hex2(d[k]);
    else if (errors === 'surrogateescape') for (let k = start; k < end; k++) out += String.fromCharCode(0xdc00 + d[k]);
  };
  switch (codec) {
    case 'euc-kr':
    case 'cp949': {
      const name = codec === 'euc-kr' ? 'euc_kr' : codec;
      return koreanDecode(codec, d, (start, end, reason) => {
        const before = out;
        bad(name, start, end, reason);
        const r = out.slice(before.length);
        out = before;
        return r;
      });
    }
    case 'latin-1':
      return latin1(d);
    case 'ascii':
      for (let i = 0; i < d.length; i++) {
        if (d[i] < 128) out += String.fromCharCode(d[i]);
        else bad('ascii', i, i + 1, 'ordinal not in range(128)');
      }
      return out;
    case 'utf-8': {
      let i = 0;
      const n = d.length;
      while (i < n) {
        const c = d[i];
        if (c < 0x80) {
          out += String.fromCharCode(c);
          i++;
          continue;
        }
        let need: number;
        let lo = 0x80;
        let hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) need = 1;
        else if (c >= 0xe0 && c <= 0xef) {
          need = 2;
          if (c === 0xe0) lo = 0xa0;
          if (c === 0xed) hi = 0x9f;
        } else if (c >= 0xf0 && c <= 0xf4) {
          need = 3;
          if (c === 0xf0) lo = 0x90;
          if (c === 0xf4) hi = 0x8f;
        } else {
          bad('utf-8', i, i + 1, 'invalid start byte');
          i++;
          continue;
        }
        let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
        let k = 1;
        let failed = false;
        for (; k <= need; k++) {
          if (i + k >= n) {
            bad('utf-8', i, n, 'unexpected end of data');
            i = n;
            failed = true;
            break;
          }
          const b = d[i + k];
          const l = k === 1 ? lo : 0x80;
          const h = k === 1 ? hi : 0xbf;
          if (b < l || b > h) {
            // surrogatepass: accept encoded surrogates
            if (errors === 'surrogatepass' && c === 0xed && k === 1 && b >= 0xa0 && b <= 0xbf && i + 2 < n) {
              cp = (cp << 6) | (b & 63);
              continue;
            }
            bad('utf-8', i, i + k, 'invalid continuation byte');
            i += k;
            failed = true;
            break;
          }
          cp = (cp << 6) | (b & 63);
        }
        if (failed) continue;
        out += String.fromCodePoint(cp);
        i += need + 1;
      }
      return out;
    }
    default: {
      const wide = codec.startsWith('utf-32');
      const unit = wide ? 4 : 2;
      let i = 0;
      let be = codec.endsWith('-be');
      if (codec === 'utf-16' && d.length >= 2) {
        if (d[0] === 0xff && d[1] === 0xfe) i = 2;
        else if (d[0] === 0xfe && d[1] === 0xff) {
          i = 2;
          be = true;
        }
      }
      if (codec === 'utf-32' && d.length >= 4) {
        if (d[0] === 0xff && d[1] === 0xfe && d[2] === 0 && d[3] === 0) i = 4;
        else if (d[0] === 0 && d[1] === 0 && d[2] === 0xfe && d[3] === 0xff) {
          i = 4;
          be = true;
        }
      }
      const name = codec === 'utf-16' || codec === 'utf-32' ? `${codec}-${be ? 'be' : 'le'}` : codec;
      for (; i + unit <= d.length; i += unit) {
        let v = 0;
        for (let k = 0; k < unit; k++) v = v * 256 + d[be ? i + k : i + unit - 1 - k];
        if (wide) {
          if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) bad(name, i, i + 4, v > 0x10ffff ? 'code point not in range(0x110000)' : 'code point in surrogate code point range(0xd800, 0xe000)');
          else out += String.fromCodePoint(v);
        } else out += String.fromCharCode(v);
      }
      if (i < d.length) bad(name, i, d.length, 'truncated data');
      return out;
    }
  }
}

export function decodeBytes(d: Uint8Array, encoding: string, errors: string): PyStr {
  return newStr(decodeToString(d, encoding, errors));
}

function strArg(o: PyObject | null, fname: string, argname: string, dflt: string): string {
  if (o === null) return dflt;
  if (!(o instanceof PyStr)) throw typeError(`${fname}() argument '${argname}' must be str, not ${o.type.name}`);
  return o.value;
}

// ================================================================== construction

function byteValue(o: PyObject, msg: string): number {
  const v = asIndex(o);
  if (v < 0 || v > 255) throw valueError(msg);
  return v;
}

/** bytes(x) / bytearray(x) contents (without encoding). */
function contentsOf(x: PyObject, forArray: boolean): { data: Uint8Array; presized: boolean } {
  const what = forArray ? 'bytearray' : 'bytes';
  if (x instanceof PyStr) throw typeError(forArray ? 'string argument without an encoding' : 'string argument without an encoding');
  const bl = bytesLike(x);
  if (bl !== null) return { data: bl.slice(), presized: true };
  if (x instanceof PyInt || (x.type.slots.index && !(x instanceof PyList) && !(x instanceof PyTuple))) {
    const n = asIndex(x);
    if (n < 0) throw valueError('negative count');
    if (n > 2 ** 31) throw raise(exceptionFactory.types['MemoryError'], null);
    return { data: new Uint8Array(n), presized: true };
  }
  const msg = forArray ? 'byte must be in range(0, 256)' : 'bytes must be in range(0, 256)';
  if (x instanceof PyList || x instanceof PyTuple) {
    const items = (x as PyList | PyTuple).items;
    const d = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) d[i] = byteValue(items[i], msg);
    return { data: d, presized: true };
  }
  let it: PyObject;
  try {
    it = getIter(x);
  } catch (e) {
    if (isExc(e, 'TypeError')) throw typeError(`cannot convert '${x.type.name}' object to ${what}`);
    throw e;
  }
  const out: number[] = [];
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === null) break;
      try {
        out.push(byteValue(v, msg));
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
  return { data: Uint8Array.from(out), presized: false };
}

function isExc(e: unknown, name: string): boolean {
  const t = exceptionFactory.types[name];
  return typeof e === 'object' && e !== null && 'exc' in e && t !== undefined && (e as { exc: PyObject }).exc.type.isSubtypeOf(t);
}

function bytesNew(type: PyType, args: PyObject[], kw: string[] | null): PyObject {
  const [x, enc, err] = parseKw('bytes', args, kw, ['source', 'encoding', 'errors']);
  let r: PyBytes;
  if (x === null) {
    if (enc !== null || err !== null) throw typeError(enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    r = newBytes(new Uint8Array(0));
  } else if (enc !== null || err !== null) {
    if (!(x instanceof PyStr)) throw typeError(enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    r = encodeStr(x, strArg(enc, 'bytes', 'encoding', 'utf-8'), strArg(err, 'bytes', 'errors', 'strict'));
  } else {
    const m = x instanceof PyBytes || x instanceof PyStr ? null : lookupSpecial(x, '__bytes__');
    if (m !== null) {
      let res: PyObject;
      try {
        res = call(m, []);
      } finally {
        decref(m);
      }
      if (!(res instanceof PyBytes)) {
        const n = res.type.name;
        decref(res);
        throw typeError(`__bytes__ returned non-bytes (type ${n})`);
      }
      r = res;
    } else if (x.type === bytesType) {
      x.rc++;
      r = x as PyBytes;
    } else {
      r = newBytes(contentsOf(x, false).data, false);
    }
  }
  if (type === bytesType) return r;
  const sub = new PyBytes(r.data.slice(), type);
  type.rc++;
  initSubclassInstance(sub, type, 33 + r.data.length);
  decref(r);
  return sub;
}

function parseKw(fname: string, args: PyObject[], kw: string[] | null, names: string[]): (PyObject | null)[] {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos > names.length) throw typeError(`${fname}() takes at most ${names.length} arguments (${npos} given)`);
  const out: (PyObject | null)[] = new Array(names.length).fill(null);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const i = names.indexOf(kw![k]);
    if (i < 0) throw typeError(`'${kw![k]}' is an invalid keyword argument for ${fname}()`);
    if (out[i] !== null) throw typeError(`argument for ${fname}() given by name ('${kw![k]}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  return out;
}

function byteArrayInit(self: PyObject, args: PyObject[], kw: string[] | null): void {
  const b = self as PyByteArray;
  const [x, enc, err] = parseKw('bytearray', args, kw, ['source', 'encoding', 'errors']);
  if (b.size > 0) byteArrayResize(b, 0);
  if (x === null) {
    if (enc !== null || err !== null) throw typeError(enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    return;
  }
  let data: Uint8Array;
  if (enc !== null || err !== null) {
    if (!(x instanceof PyStr)) throw typeError(enc !== null ? 'encoding without a string argument' : 'errors without a string argument');
    const e = encodeStr(x, strArg(enc, 'bytearray', 'encoding', 'utf-8'), strArg(err, 'bytearray', 'errors', 'strict'));
    data = e.data.slice();
    decref(e);
    byteArrayResize(b, data.length);
    b.buf.set(data);
    return;
  }
  const c = contentsOf(x, true);
  if (c.presized) {
    byteArrayResize(b, c.data.length);
    b.buf.set(c.data);
  } else {
    // appended one at a time: moderate growth
    for (const v of c.data) {
      if (b.size + 1 < b.alloc) b.size++;
      else byteArrayResize(b, b.size + 1);
      b.buf[b.size - 1] = v;
    }
  }
}

// ================================================================== sequence behaviour

function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function indexOf(h: Uint8Array, n: Uint8Array, from: number, to: number): number {
  if (n.length === 0) return from <= to ? from : -1;
  outer: for (let i = from; i + n.length <= to; i++) {
    for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) continue outer;
    return i;
  }
  return -1;
}

function lastIndexOf(h: Uint8Array, n: Uint8Array, from: number, to: number): number {
  if (n.length === 0) return from <= to ? to : -1;
  outer: for (let i = to - n.length; i >= from; i--) {
    for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) continue outer;
    return i;
  }
  return -1;
}

function concatData(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

function repeatData(d: Uint8Array, n: number): Uint8Array {
  if (n <= 0) return new Uint8Array(0);
  if (d.length * n > 2 ** 31) throw raise(exceptionFactory.types['MemoryError'], null);
  const r = new Uint8Array(d.length * n);
  for (let i = 0; i < n; i++) r.set(d, i * d.length);
  return r;
}

function intOrIndex(o: PyObject): boolean {
  return o instanceof PyInt || o.type.slots.index !== undefined;
}

function subOrByte(o: PyObject): Uint8Array {
  if (intOrIndex(o) && bytesLike(o) === null) return Uint8Array.of(byteValue(o, 'byte must be in range(0, 256)'));
  return needBytes(o);
}

// ================================================================== ASCII helpers

const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiAlpha = (c: number): boolean => isAsciiLower(c) || isAsciiUpper(c);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const lowerB = (c: number): number => (isAsciiUpper(c) ? c + 32 : c);
const upperB = (c: number): number => (isAsciiLower(c) ? c - 32 : c);

function mapBytes(d: Uint8Array, f: (c: number, i: number, prevCased: boolean) => number): Uint8Array {
  const r = new Uint8Array(d.length);
  let prev = false;
  for (let i = 0; i < d.length; i++) {
    r[i] = f(d[i], i, prev);
    prev = isAsciiAlpha(d[i]);
  }
  return r;
}

// ================================================================== argument helpers

function noArgs(qual: string, args: PyObject[], kw: string[] | null): void {
  if (kw !== null && kw.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 0) throw typeError(`${qual}() takes no arguments (${args.length} given)`);
}

function exactOne(qual: string, args: PyObject[], kw: string[] | null): PyObject {
  if (kw !== null && kw.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${qual}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function posRange(qual: string, fname: string, args: PyObject[], kw: string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length < min) throw typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  if (args.length > max) throw typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

function varRange(qual: string, fname: string, args: PyObject[], kw: string[] | null, min: number, max: number): void {
  if (kw !== null && kw.length > 0) throw typeError(`${qual}() takes no keyword arguments`);
  if (args.length < min) throw typeError(`${fname}() takes at least ${min} argument${min === 1 ? '' : 's'} (${args.length} given)`);
  if (args.length > max) throw typeError(`${fname}() takes at most ${max} argument${max === 1 ? '' : 's'} (${args.length} given)`);
}

function range(self: PyObject, startO: PyObject | undefined, endO: PyObject | undefined): [number, number, boolean] {
  const len = dataOf(self).length;
  let [s, e] = adjustIndices(sliceIndex(startO ?? null, 0), sliceIndex(endO ?? null, Number.MAX_SAFE_INTEGER), len);
  const ok = s <= len && s <= e;
  if (s > len) s = len;
  if (e < s) e = s;
  return [s, e, ok];
}

// ================================================================== methods

function splitImpl(self: PyObject, args: PyObject[], kw: string[] | null, right: boolean): PyObject {
  const fname = right ? 'rsplit' : 'split';
  const [sepO, maxO] = parseKw(fname, args, kw, ['sep', 'maxsplit']);
  let max = maxO === null ? -1 : asIndex(maxO);
  if (max < 0) max = Number.MAX_SAFE_INTEGER;
  const d = dataOf(self);
  const parts: Uint8Array[] = [];
  if (sepO === null || sepO === None) {
    if (!right) {
      let i = 0;
      while (max-- > 0) {
        while (i < d.length && isAsciiSpace(d[i])) i++;
        if (i === d.length) break;
        const j = i;
        while (i < d.length && !isAsciiSpace(d[i])) i++;
        parts.push(d.subarray(j, i));
      }
      while (i < d.length && isAsciiSpace(d[i])) i++;
      if (i < d.length) parts.push(d.subarray(i));
    } else {
      let i = d.length - 1;
      while (max-- > 0) {
        while (i >= 0 && isAsciiSpace(d[i])) i--;
        if (i < 0) break;
        const j = i;
        while (i >= 0 && !isAsciiSpace(d[i])) i--;
        parts.push(d.subarray(i + 1, j + 1));
      }
      while (i >= 0 && isAsciiSpace(d[i])) i--;
      if (i >= 0) parts.push(d.subarray(0, i + 1));
      parts.reverse();
    }
  } else {
    const sep = needBytes(sepO);
    if (sep.length === 0) throw valueError('empty separator');
    if (!right) {
      let i = 0;
      while (max-- > 0) {
        const j = indexOf(d, sep, i, d.length);
        if (j < 0) break;
        parts.push(d.subarray(i, j));
        i = j + sep.length;
      }
      parts.push(d.subarray(i));
    } else {
      let end = d.length;
      while (max-- > 0) {
        const j = lastIndexOf(d, sep, 0, end);
        if (j < 0) break;
        parts.push(d.subarray(j + sep.length, end));
        end = j;
      }
      parts.push(d.subarray(0, end));
      parts.reverse();
    }
  }
  if (parts.length === 1 && parts[0].length === d.length && self.type === bytesType) {
    self.rc++;
    return newList([self]);
  }
  return newList(parts.map((p) => makeLike(self, p.slice())));
}

function stripImpl(self: PyObject, args: PyObject[], kw: string[] | null, mode: 0 | 1 | 2): PyObject {
  const name = mode === 0 ? 'lstrip' : mode === 1 ? 'rstrip' : 'strip';
  posRange(`${kindName(self)}.${name}`, name, args, kw, 0, 1);
  const d = dataOf(self);
  const charsO = args[0] ?? None;
  const inSet: (c: number) => boolean = charsO === None ? isAsciiSpace : ((set) => (c: number) => set.has(c))(new Set(needBytes(charsO)));
  let i = 0;
  let j = d.length;
  if (mode !== 1) while (i < j && inSet(d[i])) i++;
  if (mode !== 0) while (j > i && inSet(d[j - 1])) j--;
  if (i === 0 && j === d.length) return unchangedLike(self);
  return makeLike(self, d.slice(i, j));
}

function findImpl(self: PyObject, args: PyObject[], kw: string[] | null, name: string, rev: boolean): number {
  varRange(`${kindName(self)}.${name}`, name, args, kw, 1, 3);
  const sub = subOrByte(args[0]);
  const [s, e, ok] = range(self, args[1], args[2]);
  if (!ok) return -1;
  const d = dataOf(self);
  return rev ? lastIndexOf(d, sub, s, e) : indexOf(d, sub, s, e);
}

function startsEnds(self: PyObject, args: PyObject[], kw: string[] | null, end: boolean): PyObject {
  const name = end ? 'endswith' : 'startswith';
  varRange(`${kindName(self)}.${name}`, name, args, kw, 1, 3);
  const [s, e, ok] = range(self, args[1], args[2]);
  const d = dataOf(self);
  const test = (p: Uint8Array): boolean => {
    if (!ok || e - s < p.length) return false;
    const off = end ? e - p.length : s;
    for (let k = 0; k < p.length; k++) if (d[off + k] !== p[k]) return false;
    return true;
  };
  const x = args[0];
  if (x instanceof PyTuple) {
    for (const item of x.items) {
      const p = bytesLike(item);
      if (p === null) throw typeError(`a bytes-like object is required, not '${item.type.name}'`);
      if (test(p)) return newBool(true);
    }
    return newBool(false);
  }
  const p = bytesLike(x);
  if (p === null) throw typeError(`${name} first arg must be bytes or a tuple of bytes, not ${x.type.name}`);
  return newBool(test(p));
}

function joinImpl(self: PyObject, iterable: PyObject): PyObject {
  const sep = dataOf(self);
  let items: PyObject[];
  let owned = false;
  if (iterable instanceof PyList || iterable instanceof PyTuple) items = (iterable as PyList).items.slice();
  else {
    let it: PyObject;
    try {
      it = getIter(iterable);
    } catch (e) {
      if (isExc(e, 'TypeError')) throw typeError('can only join an iterable');
      throw e;
    }
    items = [];
    owned = true;
    try {
      for (;;) {
        const v = iterNext(it);
        if (v === null) break;
        items.push(v);
      }
    } finally {
      decref(it);
    }
  }
  try {
    if (items.length === 1 && items[0].type === bytesType && self.type === bytesType) {
      items[0].rc++;
      return items[0];
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (let i = 0; i < items.length; i++) {
      const b = bytesLike(items[i]);
      if (b === null) throw typeError(`sequence item ${i}: expected a bytes-like object, ${items[i].type.name} found`);
      if (i > 0) total += sep.length;
      chunks.push(b);
      total += b.length;
    }
    const r = new Uint8Array(total);
    let off = 0;
    for (let i = 0; i < chunks.length; i++) {
      if (i > 0) {
        r.set(sep, off);
        off += sep.length;
      }
      r.set(chunks[i], off);
      off += chunks[i].length;
    }
    return makeLike(self, r);
  } finally {
    if (owned) for (const v of items) decref(v);
  }
}

function replaceImpl(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  posRange(`${kindName(self)}.replace`, 'replace', args, kw, 2, 3);
  const old = needBytes(args[0]);
  const nw = needBytes(args[1]);
  let count = args.length > 2 ? asIndex(args[2]) : -1;
  if (count < 0) count = Number.MAX_SAFE_INTEGER;
  const d = dataOf(self);
  const out: number[] = [];
  let k = 0;
  if (old.length === 0) {
    for (let i = 0; i <= d.length; i++) {
      if (k < count) {
        out.push(...nw);
        k++;
      }
      if (i < d.length) out.push(d[i]);
    }
  } else {
    let i = 0;
    while (k < count) {
      const j = indexOf(d, old, i, d.length);
      if (j < 0) break;
      for (let x = i; x < j; x++) out.push(d[x]);
      out.push(...nw);
      i = j + old.length;
      k++;
    }
    for (let x = i; x < d.length; x++) out.push(d[x]);
  }
  if (k === 0) return unchangedLike(self);
  return makeLike(self, Uint8Array.from(out));
}

function hexImpl(d: Uint8Array, args: PyObject[], kw: string[] | null): string {
  const [sepO, bpsO] = parseKw('hex', args, kw, ['sep', 'bytes_per_sep']);
  let h = '';
  for (const c of d) h += hex2(c);
  if (sepO === null) return h;
  let sep: string;
  if (sepO instanceof PyStr) sep = sepO.value;
  else {
    const b = bytesLike(sepO);
    if (b === null) throw typeError(`sep must be str or bytes.`);
    sep = latin1(b);
  }
  if (Array.from(sep).length !== 1) throw valueError('sep must be length 1.');
  const bps = bpsO === null ? 1 : asIndex(bpsO);
  if (bps === 0 || d.length === 0) return h;
  const n = Math.abs(bps);
  const groups: string[] = [];
  if (bps > 0) {
    // groups counted from the right
    let end = d.length;
    while (end > 0) {
      const start = Math.max(0, end - n);
      groups.unshift(h.slice(start * 2, end * 2));
      end = start;
    }
  } else {
    for (let start = 0; start < d.length; start += n) groups.push(h.slice(start * 2, Math.min(d.length, start + n) * 2));
  }
  return groups.join(sep);
}

function fromHex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const hexv = (c: string): number => (/[0-9a-fA-F]/.test(c) ? parseInt(c, 16) : -1);
  while (i < s.length) {
    if (isUniSpace(s.charCodeAt(i)) && s[i] !== '\x1c' && s[i] !== '\x1d' && s[i] !== '\x1e' && s[i] !== '\x1f') {
      i++;
      continue;
    }
    const a = hexv(s[i]);
    if (a < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const b = i + 1 < s.length ? hexv(s[i + 1]) : -1;
    if (b < 0) throw valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(a * 16 + b);
    i += 2;
  }
  return Uint8Array.from(out);
}

function padImpl(self: PyObject, args: PyObject[], kw: string[] | null, name: string): PyObject {
  posRange(`${kindName(self)}.${name}`, name, args, kw, 1, 2);
  const w = asIndex(args[0]);
  let fill = 32;
  if (args.length > 1) {
    const f = bytesLike(args[1]);
    if (f === null || f.length !== 1) {
      throw typeError(`${name}() argument 2 must be a byte string of length 1, not ${args[1].type.name === 'bytes' || args[1].type.name === 'bytearray' ? args[1].type.name : args[1].type.name}`);
    }
    fill = f[0];
  }
  const d = dataOf(self);
  const marg = w - d.length;
  if (marg <= 0) return unchangedLike(self);
  let left = 0;
  if (name === 'rjust') left = marg;
  else if (name === 'center') left = Math.floor(marg / 2) + (marg & w & 1);
  const r = new Uint8Array(w).fill(fill);
  r.set(d, left);
  return isBA(self) ? newByteArray(r) : freshBytes(r);
}

// ================================================================== bytearray mutation

function baSetItem(b: PyByteArray, key: PyObject, value: PyObject | null): void {
  if (intOrIndex(key) && key.type.name !== 'slice') {
    let i = asIndex(key);
    if (i < 0) i += b.size;
    if (i < 0 || i >= b.size) throw indexError('bytearray index out of range');
    if (value === null) {
      b.buf.copyWithin(i, i + 1, b.size);
      byteArrayResize(b, b.size - 1);
      return;
    }
    b.buf[i] = byteValue(value, 'byte must be in range(0, 256)');
    return;
  }
  if (key.type.name !== 'slice') throw typeError(`bytearray indices must be integers or slices, not ${key.type.name}`);
  const [start, stop, step, n] = sliceIndicesHook.fn(key, b.size);
  let src: Uint8Array;
  if (value === null) src = new Uint8Array(0);
  else if (value === b) src = b.data.slice();
  else if (intOrIndex(value) && bytesLike(value) === null) {
    throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  } else {
    const bl = bytesLike(value);
    if (bl !== null) src = bl.slice();
    else if (value instanceof PyStr) throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    else src = contentsOf(value, true).data;
  }
  if (step === 1 || (value === null && n === 0)) {
    const lo = start;
    const hi = step === 1 ? Math.max(stop, start) : start;
    const old = b.data.slice();
    const tail = old.subarray(hi);
    const newSize = lo + src.length + tail.length;
    byteArrayResize(b, newSize);
    b.buf.set(src, lo);
    b.buf.set(tail, lo + src.length);
    return;
  }
  if (value === null) {
    const del = new Set<number>();
    for (let k = 0, i = start; k < n; k++, i += step) del.add(i);
    const kept = Array.from(b.data).filter((_, i) => !del.has(i));
    byteArrayResize(b, kept.length);
    b.buf.set(kept);
    return;
  }
  if (src.length !== n) throw valueError(`attempt to assign bytes of size ${src.length} to extended slice of size ${n}`);
  for (let k = 0, i = start; k < n; k++, i += step) b.buf[i] = src[k];
}

// ================================================================== iterator type

class PyBytesIterator extends PyGCObject {
  index = 0;
  constructor(
    type: PyType,
    public seq: PyObject | null,
  ) {
    super(type);
  }
}

function makeStaticType(name: string): PyType {
  const t = new PyType(typeType, name, 'seqiter');
  t.basicsize = 32;
  t.hasGC = true; // striterobject / bytearrayiterobject are GC objects (PyObject_GC_New)
  makeImmortal(t);
  allocStatic(t, 408);
  t.bases = [objectType];
  t.base = objectType;
  t.mro = [t, objectType];
  t.dict = newDict();
  makeImmortal(t.dict);
  t.isBaseType = false;
  return t;
}

export let bytesIteratorType: PyType;
export let bytearrayIteratorType: PyType;

// ================================================================== registration

registerTypeInit(() => {
  constFactories.bytes = (v: Uint8Array) => newBytes(v);
  decodeHook.decode = (o, enc, err) => {
    const d = bytesLike(o);
    if (d === null) {
      if (o instanceof PyStr) throw typeError('decoding str is not supported');
      throw typeError(`decoding to str: need a bytes-like object, ${o.type.name} found`);
    }
    return decodeBytes(d, strArg(enc, 'str', 'encoding', 'utf-8'), strArg(err, 'str', 'errors', 'strict'));
  };

  bytesIteratorType = makeStaticType('bytes_iterator');
  bytearrayIteratorType = makeStaticType('bytearray_iterator');
  for (const it of [bytesIteratorType, bytearrayIteratorType]) {
    inheritObjectSlots(it);
    const s = it.slots;
    s.iter = (o) => {
      o.rc++;
      return o;
    };
    s.iternext = (o) => {
      const x = o as PyBytesIterator;
      const seq = x.seq;
      if (seq === null) return null;
      const d = dataOf(seq);
      if (x.index < d.length) return newInt(d[x.index++]);
      x.seq = null;
      decref(seq);
      return null;
    };
    it.traverse = (o, visit) => {
      const q = (o as PyBytesIterator).seq;
      if (q !== null) visit(q);
    };
    it.dealloc = (o) => {
      const x = o as PyBytesIterator;
      gcUntrack(x);
      if (x.seq !== null) {
        const s2 = x.seq;
        x.seq = null;
        decref(s2);
      }
      return false;
    };
    it.freeMemory = freeObject;
  }

  for (const t of [bytesType, bytearrayType]) {
    const ba = t === bytearrayType;
    const s = t.slots;
    const name = t.name;
    s.repr = (o) => {
      const txt = bytesReprText(dataOf(o));
      return newStr(ba ? `${o.type.name}(${txt})` : txt);
    };
    if (!ba) {
      s.str = s.repr;
      s.hash = (o) => {
        const b = o as PyBytes;
        if (b.hash !== -1) return b.hash;
        const tmp = { value: latin1(b.data), hash: null } as unknown as PyStr;
        b.hash = strHash(tmp);
        return b.hash;
      };
    } else {
      s.hash = null;
    }
    s.richcompare = (a, b, op) => {
      const y = bytesLike(b);
      if (y === null) return NotImplemented;
      if (!ba && !(b instanceof PyBytes)) {
        // bytes compares only with bytes; bytearray handles bytes/bytearray mixes
        if (!(b instanceof PyByteArray)) return NotImplemented;
      }
      const c = cmpBytes(dataOf(a), y);
      return newBool(op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0);
    };
    s.len = (o) => dataOf(o).length;
    s.contains = (o, v) => {
      const d = dataOf(o);
      if (intOrIndex(v) && bytesLike(v) === null) return d.includes(byteValue(v, 'byte must be in range(0, 256)'));
      return indexOf(d, needBytes(v), 0, d.length) >= 0;
    };
    s.getitem = (o, key) => {
      const d = dataOf(o);
      if (key.type.name === 'slice') {
        const [start, stop, step, n] = sliceIndicesHook.fn(key, d.length);
        if (step === 1) {
          if (!ba && start === 0 && stop >= d.length && o.type === bytesType) {
            o.rc++;
            return o;
          }
          return makeLike(o, d.slice(start, Math.max(start, stop)));
        }
        const r = new Uint8Array(n);
        for (let k = 0, i = start; k < n; k++, i += step) r[k] = d[i];
        return makeLike(o, r);
      }
      if (intOrIndex(key)) {
        let i = asIndex(key);
        if (i < 0) i += d.length;
        if (i < 0 || i >= d.length) throw indexError(ba ? 'bytearray index out of range' : 'index out of range');
        return newInt(d[i]);
      }
      throw typeError(`${ba ? 'bytearray' : 'byte'} indices must be integers or slices, not ${key.type.name}`);
    };
    s.iter = (o) => {
      const it = new PyBytesIterator(ba ? bytearrayIteratorType : bytesIteratorType, o);
      o.rc++;
      allocObject(it, 32);
      gcTrack(it);
      return it;
    };
    const left: (BinarySlot | undefined)[] = new Array(NB_COUNT);
    left[NB.ADD] = (a, b) => {
      const x = bytesLike(a);
      const y = bytesLike(b);
      if (x === null || y === null) {
        if (x !== null) throw typeError(`can't concat ${b.type.name} to ${a.type.name}`);
        return NotImplemented;
      }
      const r = concatData(x, y);
      if (a instanceof PyByteArray) return newByteArray(r);
      if (y.length === 0 && a.type === bytesType) {
        a.rc++;
        return a;
      }
      if (x.length === 0 && b.type === bytesType) {
        b.rc++;
        return b;
      }
      return newBytes(r, false);
    };
    left[NB.MULTIPLY] = (a, b) => {
      const [seq, n] = bytesLike(a) !== null && (a instanceof PyBytes || a instanceof PyByteArray) ? [a, b] : [b, a];
      if (!intOrIndex(n)) return NotImplemented;
      const count = asIndex(n);
      const d = dataOf(seq);
      if (!(seq instanceof PyByteArray) && count === 1 && seq.type === bytesType) {
        seq.rc++;
        return seq;
      }
      return makeLike(seq, repeatData(d, count));
    };
    left[NB.REMAINDER] = (a, b) => {
      if (!(a instanceof PyBytes || a instanceof PyByteArray)) return NotImplemented;
      return bytesPercentFormat(a, b);
    };
    s.nbLeft = left;
    s.nbRight = left;
    if (ba) {
      const inplace: (BinarySlot | undefined)[] = new Array(NB_COUNT);
      inplace[NB.ADD] = (a, b) => {
        const y = bytesLike(b);
        if (y === null) throw typeError(`can't concat ${b.type.name} to ${a.type.name}`);
        const x = a as PyByteArray;
        const copy = y.slice();
        const old = x.size;
        byteArrayResize(x, old + copy.length);
        x.buf.set(copy, old);
        a.rc++;
        return a;
      };
      inplace[NB.MULTIPLY] = (a, b) => {
        if (!intOrIndex(b)) return NotImplemented;
        const x = a as PyByteArray;
        const r = repeatData(x.data.slice(), asIndex(b));
        byteArrayResize(x, r.length);
        x.buf.set(r);
        a.rc++;
        return a;
      };
      s.nbInplace = inplace;
      s.setitem = (o, key, v) => baSetItem(o as PyByteArray, key, v);
      s.new = (type) => {
        const o = new PyByteArray(type);
        if (type !== bytearrayType) type.rc++;
        allocObject(o, 56);
        return o;
      };
      s.init = byteArrayInit;
      t.freeMemory = (o) => {
        const b = o as PyByteArray;
        freeBuffer(b.bufAddr);
        b.bufAddr = 0;
        freeObject(b);
      };
    } else {
      s.new = bytesNew;
    }
    s.bool = (o) => dataOf(o).length !== 0;

    const m = (mname: string, fn: (self: PyObject, args: PyObject[], kw: string[] | null) => PyObject): void =>
      defineMethod(t, mname, fn);

    m('decode', (self, args, kw) => {
      const [enc, err] = parseKw('decode', args, kw, ['encoding', 'errors']);
      return decodeBytes(dataOf(self), strArg(enc, 'decode', 'encoding', 'utf-8'), strArg(err, 'decode', 'errors', 'strict'));
    });
    m('hex', (self, args, kw) => newStr(hexImpl(dataOf(self), args, kw)));
    defineClassMethod(t, 'fromhex', (cls, args, kw) => {
      const x = exactOne('fromhex', args, kw);
      if (!(x instanceof PyStr)) throw typeError(`fromhex() argument must be str, not ${x.type.name}`);
      const d = fromHex(x.value);
      if (cls === bytesType) return newBytes(d, false);
      if (cls === bytearrayType) return newByteArray(d);
      const b = newBytes(d, false);
      try {
        return call(cls, [b]);
      } finally {
        decref(b);
      }
    });
    m('join', (self, args, kw) => joinImpl(self, exactOne(`${name}.join`, args, kw)));
    m('split', (self, args, kw) => splitImpl(self, args, kw, false));
    m('rsplit', (self, args, kw) => splitImpl(self, args, kw, true));
    m('strip', (self, args, kw) => stripImpl(self, args, kw, 2));
    m('lstrip', (self, args, kw) => stripImpl(self, args, kw, 0));
    m('rstrip', (self, args, kw) => stripImpl(self, args, kw, 1));
    m('find', (self, args, kw) => newInt(findImpl(self, args, kw, 'find', false)));
    m('rfind', (self, args, kw) => newInt(findImpl(self, args, kw, 'rfind', true)));
    m('index', (self, args, kw) => {
      const i = findImpl(self, args, kw, 'index', false);
      if (i < 0) throw valueError('subsection not found');
      return newInt(i);
    });
    m('rindex', (self, args, kw) => {
      const i = findImpl(self, args, kw, 'rindex', true);
      if (i < 0) throw valueError('subsection not found');
      return newInt(i);
    });
    m('count', (self, args, kw) => {
      varRange(`${name}.count`, 'count', args, kw, 1, 3);
      const sub = subOrByte(args[0]);
      const [st, e, ok] = range(self, args[1], args[2]);
      if (!ok) return newInt(0);
      const d = dataOf(self);
      if (sub.length === 0) return newInt(e - st + 1);
      let n = 0;
      let i = st;
      for (;;) {
        const j = indexOf(d, sub, i, e);
        if (j < 0) break;
        n++;
        i = j + sub.length;
      }
      return newInt(n);
    });
    m('startswith', (self, args, kw) => startsEnds(self, args, kw, false));
    m('endswith', (self, args, kw) => startsEnds(self, args, kw, true));
    m('replace', replaceImpl);
    const caseM = (mname: string, f: (c: number, i: number, prev: boolean) => number) =>
      m(mname, (self, args, kw) => {
        noArgs(`${name}.${mname}`, args, kw);
        const r = mapBytes(dataOf(self), f);
        return isBA(self) ? newByteArray(r) : freshBytes(r);
      });
    caseM('upper', upperB);
    caseM('lower', lowerB);
    caseM('swapcase', (c) => (isAsciiUpper(c) ? c + 32 : isAsciiLower(c) ? c - 32 : c));
    caseM('capitalize', (c, i) => (i === 0 ? upperB(c) : lowerB(c)));
    caseM('title', (c, _i, prev) => (prev ? lowerB(c) : upperB(c)));
    const predM = (mname: string, f: (d: Uint8Array) => boolean) =>
      m(mname, (self, args, kw) => {
        noArgs(`${name}.${mname}`, args, kw);
        return newBool(f(dataOf(self)));
      });
    const all = (p: (c: number) => boolean) => (d: Uint8Array) => d.length > 0 && d.every(p);
    predM('isdigit', all(isAsciiDigit));
    predM('isalpha', all(isAsciiAlpha));
    predM('isalnum', all((c) => isAsciiAlpha(c) || isAsciiDigit(c)));
    predM('isspace', all(isAsciiSpace));
    predM('isascii', (d) => d.every((c) => c < 128));
    predM('islower', (d) => d.some(isAsciiLower) && !d.some(isAsciiUpper));
    predM('isupper', (d) => d.some(isAsciiUpper) && !d.some(isAsciiLower));
    predM('istitle', (d) => {
      let cased = false;
      let prev = false;
      for (const c of d) {
        if (isAsciiUpper(c)) {
          if (prev) return false;
          prev = cased = true;
        } else if (isAsciiLower(c)) {
          if (!prev) return false;
          prev = cased = true;
        } else prev = false;
      }
      return cased;
    });
    m('center', (self, args, kw) => padImpl(self, args, kw, 'center'));
    m('ljust', (self, args, kw) => padImpl(self, args, kw, 'ljust'));
    m('rjust', (self, args, kw) => padImpl(self, args, kw, 'rjust'));
    m('zfill', (self, args, kw) => {
      const w = asIndex(exactOne(`${name}.zfill`, args, kw));
      const d = dataOf(self);
      const fill = w - d.length;
      if (fill <= 0) return unchangedLike(self);
      const r = new Uint8Array(w).fill(48);
      r.set(d, fill);
      if (d.length > 0 && (d[0] === 43 || d[0] === 45)) {
        r[0] = d[0];
        r[fill] = 48;
      }
      return isBA(self) ? newByteArray(r) : freshBytes(r);
    });
    const partM = (mname: string, right: boolean) =>
      m(mname, (self, args, kw) => {
        const sep = needBytes(exactOne(`${name}.${mname}`, args, kw));
        if (sep.length === 0) throw valueError('empty separator');
        const d = dataOf(self);
        const i = right ? lastIndexOf(d, sep, 0, d.length) : indexOf(d, sep, 0, d.length);
        const empty = () => makeLike(self, new Uint8Array(0));
        if (i < 0) {
          const whole = unchangedLike(self);
          return newTuple(right ? [empty(), empty(), whole] : [whole, empty(), empty()]);
        }
        let sepObj: PyObject;
        if (!isBA(self) && args[0].type === bytesType) {
          args[0].rc++;
          sepObj = args[0];
        } else sepObj = makeLike(self, sep.slice());
        return newTuple([makeLike(self, d.slice(0, i)), sepObj, makeLike(self, d.slice(i + sep.length))]);
      });
    partM('partition', false);
    partM('rpartition', true);
    m('splitlines', (self, args, kw) => {
      const [ke] = parseKw('splitlines', args, kw, ['keepends']);
      const keep = ke !== null && ke.type.slots.bool !== undefined ? ke.type.slots.bool(ke) : ke !== null && ke instanceof PyInt ? ke.value != 0 : false;
      const d = dataOf(self);
      const parts: Uint8Array[] = [];
      let i = 0;
      while (i < d.length) {
        let j = i;
        while (j < d.length && d[j] !== 10 && d[j] !== 13) j++;
        let eol = j;
        if (j < d.length) {
          j += d[j] === 13 && j + 1 < d.length && d[j + 1] === 10 ? 2 : 1;
          if (keep) eol = j;
        }
        parts.push(d.subarray(i, eol));
        i = j;
      }
      if (parts.length === 1 && parts[0].length === d.length && self.type === bytesType) {
        self.rc++;
        return newList([self]);
      }
      return newList(parts.map((p) => makeLike(self, p.slice())));
    });
    m('removeprefix', (self, args, kw) => {
      const p = needBytes(exactOne(`${name}.removeprefix`, args, kw));
      const d = dataOf(self);
      if (p.length > 0 && p.length <= d.length && p.every((c, i) => d[i] === c)) return makeLike(self, d.slice(p.length));
      return unchangedLike(self);
    });
    m('removesuffix', (self, args, kw) => {
      const p = needBytes(exactOne(`${name}.removesuffix`, args, kw));
      const d = dataOf(self);
      const off = d.length - p.length;
      if (p.length > 0 && off >= 0 && p.every((c, i) => d[off + i] === c)) return makeLike(self, d.slice(0, off));
      return unchangedLike(self);
    });
    m('expandtabs', (self, args, kw) => {
      const [ts] = parseKw('expandtabs', args, kw, ['tabsize']);
      const tab = ts === null ? 8 : asIndex(ts);
      const out: number[] = [];
      let col = 0;
      for (const c of dataOf(self)) {
        if (c === 9) {
          if (tab > 0) {
            const inc = tab - (col % tab);
            col += inc;
            for (let k = 0; k < inc; k++) out.push(32);
          }
        } else {
          out.push(c);
          col = c === 10 || c === 13 ? 0 : col + 1;
        }
      }
      return makeLike(self, Uint8Array.from(out));
    });
    m('translate', (self, args, kw) => {
      const [table, del] = parseKw('translate', args, kw, ['table', 'delete']);
      if (table === null) throw typeError('translate() takes at least 1 argument (0 given)');
      let tbl: Uint8Array | null = null;
      if (table !== None) {
        tbl = needBytes(table);
        if (tbl.length !== 256) throw valueError('translation table must be 256 characters long');
      }
      const delSet = new Set(del === null ? [] : needBytes(del));
      const out: number[] = [];
      for (const c of dataOf(self)) if (!delSet.has(c)) out.push(tbl === null ? c : tbl[c]);
      return makeLike(self, Uint8Array.from(out));
    });
    defineStaticMethod(t, 'maketrans', (_s, args, kw) => {
      posRange('maketrans', 'maketrans', args, kw, 2, 2);
      const a = needBytes(args[0]);
      const b = needBytes(args[1]);
      if (a.length !== b.length) throw valueError('maketrans arguments must have same length');
      const r = new Uint8Array(256);
      for (let i = 0; i < 256; i++) r[i] = i;
      for (let i = 0; i < a.length; i++) r[a[i]] = b[i];
      return newBytes(r, false);
    });
    m('__sizeof__', (self, args, kw) => {
      noArgs(`${name}.__sizeof__`, args, kw);
      return newInt(isBA(self) ? 56 + self.alloc : 33 + dataOf(self).length);
    });
    m('__getnewargs__', (self, args, kw) => {
      noArgs(`${name}.__getnewargs__`, args, kw);
      return newTuple([newBytes(dataOf(self))]);
    });
    if (!ba) {
      m('__bytes__', (self, args, kw) => {
        noArgs('bytes.__bytes__', args, kw);
        if (self.type === bytesType) {
          self.rc++;
          return self;
        }
        return newBytes(dataOf(self));
      });
    }
  }

  // ---- bytearray mutation
  const bm = (mname: string, fn: (self: PyByteArray, args: PyObject[], kw: string[] | null) => PyObject): void =>
    defineMethod(bytearrayType, mname, (self, args, kw) => fn(self as PyByteArray, args, kw));
  bm('append', (self, args, kw) => {
    const v = byteValue(exactOne('bytearray.append', args, kw), 'byte must be in range(0, 256)');
    byteArrayResize(self, self.size + 1);
    self.buf[self.size - 1] = v;
    return None;
  });
  bm('extend', (self, args, kw) => {
    const x = exactOne('bytearray.extend', args, kw);
    let src: Uint8Array;
    const bl = bytesLike(x);
    if (bl !== null) src = bl.slice();
    else {
      if (x instanceof PyStr) throw typeError("expected iterable of integers; got: 'str'");
      try {
        src = contentsOfIterable(x);
      } catch (e) {
        if (isExc(e, 'TypeError') && x.type.slots.iter === undefined) {
          throw typeError(`can't extend bytearray with ${x.type.name}`);
        }
        throw e;
      }
    }
    const old = self.size;
    byteArrayResize(self, old + src.length);
    self.buf.set(src, old);
    return None;
  });
  bm('pop', (self, args, kw) => {
    posRange('bytearray.pop', 'pop', args, kw, 0, 1);
    if (self.size === 0) throw indexError('pop from empty bytearray');
    let i = args.length > 0 ? asIndex(args[0]) : -1;
    if (i < 0) i += self.size;
    if (i < 0 || i >= self.size) throw indexError('pop index out of range');
    const v = self.buf[i];
    self.buf.copyWithin(i, i + 1, self.size);
    byteArrayResize(self, self.size - 1);
    return newInt(v);
  });
  bm('insert', (self, args, kw) => {
    posRange('bytearray.insert', 'insert', args, kw, 2, 2);
    let i = asIndex(args[0]);
    const v = byteValue(args[1], 'byte must be in range(0, 256)');
    const n = self.size;
    if (i < 0) i = Math.max(0, i + n);
    if (i > n) i = n;
    byteArrayResize(self, n + 1);
    self.buf.copyWithin(i + 1, i, n);
    self.buf[i] = v;
    return None;
  });
  bm('remove', (self, args, kw) => {
    const v = byteValue(exactOne('bytearray.remove', args, kw), 'byte must be in range(0, 256)');
    const i = self.data.indexOf(v);
    if (i < 0) throw valueError('value not found in bytearray');
    self.buf.copyWithin(i, i + 1, self.size);
    byteArrayResize(self, self.size - 1);
    return None;
  });
  bm('clear', (self, args, kw) => {
    noArgs('bytearray.clear', args, kw);
    byteArrayResize(self, 0);
    return None;
  });
  bm('reverse', (self, args, kw) => {
    noArgs('bytearray.reverse', args, kw);
    self.data.reverse();
    return None;
  });
  bm('copy', (self, args, kw) => {
    noArgs('bytearray.copy', args, kw);
    return newByteArray(self.data.slice());
  });
  bm('__alloc__', (self, args, kw) => {
    noArgs('bytearray.__alloc__', args, kw);
    return newInt(self.alloc);
  });
  void strType;
  void tupleType;
  void listType;
  void overflowError;
});

function contentsOfIterable(x: PyObject): Uint8Array {
  const it = getIter(x);
  const out: number[] = [];
  try {
    for (;;) {
      const v = iterNext(it);
      if (v === null) break;
      try {
        out.push(byteValue(v, 'byte must be in range(0, 256)'));
      } finally {
        decref(v);
      }
    }
  } finally {
    decref(it);
  }
  return Uint8Array.from(out);
}

export { latin1 as bytesToLatin1, fromLatin1 };
