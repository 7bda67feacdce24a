/**
 * `_struct` (Modules/_struct.c, CPython 3.12, x86-64 Linux) and `struct` (Lib/struct.py, which
 * re-exports it): calcsize, pack, unpack, pack_into, unpack_from, iter_unpack, Struct, error.
 *
 * Formats: an optional first character chooses byte order, sizes and alignment — '@' (default:
 * native order, native sizes, C alignment), '=' (native order, standard sizes, no alignment),
 * '<', '>', '!' (little / big / network; standard sizes). Native sizes here: l, L, n, N, P are 8
 * bytes; standard: l, L 4 bytes, n/N/P not allowed. Alignment applies only in '@' mode, and only
 * when something precedes (a leading '0i' does not pad).
 *
 * Memory: a Struct object is 56 bytes (GC type), its compiled codes a PyMem block of
 * (ncodes + 1) × 32 bytes (one formatcode per format character other than 'x', repeats of
 * non-string codes sharing one code; a 0 count adds none), and it keeps the format as a bytes
 * object. The module functions go through a cache dict of Struct objects keyed by the format
 * (cleared when it reaches 100 entries), as _struct's cache_struct_converter does.
 */
import { staticBuiltinType, inheritObjectSlots } from '../objects/static-type';
import { PyObject, decref } from '../objects/object';
import { PyGCObject, gcTrack, gcUntrack } from '../objects/gcobject';
import { PyType } from '../objects/typeobject';
import { typeType } from '../objects/core-types';
import { PyDict, newDict, dictGet, dictSet, dictClear, dictSetStr } from '../objects/dict';
import { PyInt, newInt, newBool } from '../objects/int';
import { newFloat } from '../objects/float';
import { toDouble } from '../objects/float-type';
import { PyStr, newStr } from '../objects/str';
import { newTuple } from '../objects/tuple';
import { PyBytes, PyByteArray, newBytes, bytesLike } from '../objects/bytes';
import { PyArray } from '../objects/array';
import { None } from '../objects/singletons';
import { typeError, overflowError, raise, PyThrown } from '../objects/errors';
import { exceptionTypes } from '../objects/exceptions';
import { allocObject, freeObject, allocBuffer, freeBuffer } from '../objects/alloc';
import { defineMethod, defineGetSet, defineFunction, parseArgs, exactArgs, noKwargs } from '../objects/descriptors';
import { registerTypeInit } from '../objects/type-registry';
import { isTrue } from '../objects/abstract';
import { asSsize, hasIndex, indexValue } from '../objects/slice';
import { clearWeakRefs, weakrefList } from '../objects/weakref-type';
import { makeClass } from '../objects/classes';
import type { PyModule } from '../objects/module';
import { registerNativeModule, registerPyModule, setStr } from './pymodule';

// ================================================================== format compilation

interface Code {
  c: string;
  /** repeat count (for s/p: the string length) */
  num: number;
  offset: number;
  itemsize: number;
}

interface Format {
  little: boolean;
  native: boolean;
  size: number;
  codes: Code[];
  /** number of values pack() takes / unpack() returns */
  nvalues: number;
  /** formatcodes CPython allocates (s_len of 3.12's s_codes minus the terminator) */
  ncodes: number;
}

const NATIVE: Record<string, [number, number]> = {
  x: [1, 0], c: [1, 1], b: [1, 1], B: [1, 1], '?': [1, 1], h: [2, 2], H: [2, 2], i: [4, 4], I: [4, 4],
  l: [8, 8], L: [8, 8], q: [8, 8], Q: [8, 8], n: [8, 8], N: [8, 8], e: [2, 2], f: [4, 4], d: [8, 8],
  s: [1, 0], p: [1, 0], P: [8, 8],
};
const STANDARD: Record<string, number> = {
  x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1,
};

let structError: PyType | null = null;

function err(msg: string): PyThrown {
  return raise(structError ?? exceptionTypes['Exception'], msg);
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';

/** prepare_s */
function compile(fmt: string): Format {
  let i = 0;
  let little = true;
  let native = true;
  const first = fmt[0];
  if (first === '<' || first === '>' || first === '!' || first === '=' || first === '@') {
    i = 1;
    native = first === '@';
    little = first === '<' || first === '=' || first === '@';
  }
  let size = 0;
  let nvalues = 0;
  let ncodes = 0;
  const codes: Code[] = [];
  while (i < fmt.length) {
    let c = fmt[i++];
    if (isSpace(c)) continue;
    let num = 1;
    if (c >= '0' && c <= '9') {
      num = c.charCodeAt(0) - 48;
      for (;;) {
        if (i >= fmt.length) throw err('repeat count given without format specifier');
        c = fmt[i++];
        if (!(c >= '0' && c <= '9')) break;
        num = num * 10 + (c.charCodeAt(0) - 48);
        if (num > 2 ** 62) throw err('total struct size too long');
      }
    }
    let itemsize: number;
    let align: number;
    if (native) {
      const e = NATIVE[c];
      if (e === undefined) throw err('bad char in struct format');
      [itemsize, align] = e;
    } else {
      const e = STANDARD[c];
      if (e === undefined) throw err('bad char in struct format');
      itemsize = e;
      align = 0;
    }
    if (align > 0 && size > 0) size = Math.ceil(size / align) * align;
    if (c === 's' || c === 'p') {
      codes.push({ c, num, offset: size, itemsize });
      ncodes++;
      nvalues++;
      size += num;
    } else if (c === 'x') {
      size += num;
    } else {
      if (num > 0) {
        codes.push({ c, num, offset: size, itemsize });
        ncodes++;
      }
      nvalues += num;
      size += num * itemsize;
    }
    if (size > 2 ** 62) throw err('total struct size too long');
  }
  return { little, native, size, codes, nvalues, ncodes };
}

// ================================================================== packing

const RANGES: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n], B: [0n, 255n], h: [-32768n, 32767n], H: [0n, 65535n], i: [-(2n ** 31n), 2n ** 31n - 1n],
  I: [0n, 2n ** 32n - 1n], q: [-(2n ** 63n), 2n ** 63n - 1n], Q: [0n, 2n ** 64n - 1n], n: [-(2n ** 63n), 2n ** 63n - 1n],
  N: [0n, 2n ** 64n - 1n],
};

function intRange(c: string, native: boolean): [bigint, bigint] {
  if (c === 'l') return native ? RANGES.q : RANGES.i;
  if (c === 'L') return native ? RANGES.Q : RANGES.I;
  if (c === 'P') return [-(2n ** 63n), 2n ** 64n - 1n];
  return RANGES[c];
}

/** get_pylong + range check: the integer to store. */
function packInt(v: PyObject, c: string, native: boolean): bigint {
  if (!(v instanceof PyInt) && !hasIndex(v)) throw err('required argument is not an integer');
  const x = BigInt(indexValue(v));
  const [lo, hi] = intRange(c, native);
  if (x < lo || x > hi) {
    if (c === 'P') throw overflowError('int too large to convert');
    throw err(`'${c}' format requires ${lo} <= number <= ${hi}`);
  }
  return x;
}

function packFloat(v: PyObject): number {
  try {
    return toDouble(v);
  } catch (e) {
    if (e instanceof PyThrown && e.exc.type === exceptionTypes['TypeError']) throw err('required argument is not a float');
    throw e;
  }
}

/** PyFloat_Pack2: IEEE 754 binary16, round half to even. */
function toHalf(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  let a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a === 0) return sign;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  let bits: number;
  if (e < -14) {
    // subnormal: units of 2**-24
    const m = roundHalfEven(a / 2 ** -24);
    bits = m; // m may reach 1024 = smallest normal, which is the right encoding
  } else {
    let m = roundHalfEven((a / 2 ** e - 1) * 1024);
    if (m === 1024) {
      m = 0;
      e++;
    }
    if (e > 15) throw overflowError('float too large to pack with e format');
    bits = ((e + 15) << 10) | m;
  }
  a = bits;
  return sign | a;
}

function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m ? NaN : sign * Infinity;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function packInto(f: Format, out: Uint8Array, base: number, values: PyObject[]): void {
  const dv = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let k = 0;
  const le = f.little;
  for (const code of f.codes) {
    const { c, num, itemsize } = code;
    let off = base + code.offset;
    if (c === 's' || c === 'p') {
      const v = values[k++];
      const d = v instanceof PyBytes || v instanceof PyByteArray ? bytesLike(v)! : null;
      if (d === null) throw err(`argument for '${c}' must be a bytes object`);
      if (c === 's') {
        const n = Math.min(d.length, num);
        out.set(d.subarray(0, n), off);
      } else if (num > 0) {
        let n = Math.min(d.length, num - 1);
        if (n > 255) n = 255;
        out.set(d.subarray(0, n), off + 1);
        out[off] = Math.min(Math.min(d.length, num - 1), 255);
      }
      continue;
    }
    for (let r = 0; r < num; r++, off += itemsize) {
      const v = values[k++];
      switch (c) {
        case 'c': {
          if (!((v instanceof PyBytes || v instanceof PyByteArray) && bytesLike(v)!.length === 1)) {
            throw err('char format requires a bytes object of length 1');
          }
          out[off] = bytesLike(v)![0];
          break;
        }
        case '?':
          out[off] = isTrue(v) ? 1 : 0;
          break;
        case 'e':
          dv.setUint16(off, toHalf(packFloat(v)), le);
          break;
        case 'f': {
          const x = packFloat(v);
          const y = Math.fround(x);
          if (!f.native && Number.isFinite(x) && !Number.isFinite(y)) throw overflowError('float too large to pack with f format');
          dv.setFloat32(off, y, le);
          break;
        }
        case 'd':
          dv.setFloat64(off, packFloat(v), le);
          break;
        default: {
          const x = packInt(v, c, f.native);
          const u = BigInt.asUintN(itemsize * 8, x);
          for (let b = 0; b < itemsize; b++) {
            const byte = Number((u >> BigInt(8 * b)) & 0xffn);
            out[le ? off + b : off + itemsize - 1 - b] = byte;
          }
        }
      }
    }
  }
}

function unpackFrom(f: Format, d: Uint8Array, base: number): PyObject {
  const dv = new DataView(d.buffer, d.byteOffset, d.byteLength);
  const le = f.little;
  const out: PyObject[] = [];
  try {
    for (const code of f.codes) {
      const { c, num, itemsize } = code;
      let off = base + code.offset;
      if (c === 's') {
        out.push(newBytes(d.slice(off, off + num), false));
        continue;
      }
      if (c === 'p') {
        let n = num > 0 ? d[off] : 0;
        if (n >= num) n = num - 1;
        out.push(newBytes(d.slice(off + 1, off + 1 + Math.max(n, 0)), false));
        continue;
      }
      for (let r = 0; r < num; r++, off += itemsize) {
        switch (c) {
          case 'c':
            out.push(newBytes(d.slice(off, off + 1)));
            break;
          case '?':
            out.push(newBool(d[off] !== 0));
            break;
          case 'e':
            out.push(newFloat(fromHalf(dv.getUint16(off, le))));
            break;
          case 'f':
            out.push(newFloat(dv.getFloat32(off, le)));
            break;
          case 'd':
            out.push(newFloat(dv.getFloat64(off, le)));
            break;
          default: {
            let u = 0n;
            for (let b = 0; b < itemsize; b++) u |= BigInt(d[le ? off + b : off + itemsize - 1 - b]) << BigInt(8 * b);
            const signed = c === 'b' || c === 'h' || c === 'i' || c === 'l' || c === 'q' || c === 'n';
            out.push(newInt(signed ? BigInt.asIntN(itemsize * 8, u) : u));
          }
        }
      }
    }
  } catch (e) {
    for (const o of out) decref(o);
    throw e;
  }
  return newTuple(out);
}

// ================================================================== Struct objects

class PyStruct extends PyGCObject {
  fmt: Format = { little: true, native: true, size: 0, codes: [], nvalues: 0, ncodes: 0 };
  /** s_format: the format as a bytes object */
  format: PyObject | null = null;
  codesAddr = 0;
}

class PyUnpackIter extends PyGCObject {
  index = 0;
  constructor(
    type: PyType,
    public so: PyStruct | null,
    public data: Uint8Array,
  ) {
    super(type);
  }
}

const structType = staticBuiltinType('Struct', 56, 0, '_struct', 'struct', 928);
const unpackIterType = staticBuiltinType('unpack_iterator', 112, 0, '_struct', 'unpackiter', 928);
structType.weakrefable = true;
unpackIterType.isBaseType = false;

function formatText(o: PyObject): string {
  if (o instanceof PyStr) return o.value;
  const d = bytesLike(o)!;
  let s = '';
  for (const b of d) s += String.fromCharCode(b);
  return s;
}

/** Struct(format): a new Struct object (Struct___init__ + prepare_s). */
function newStruct(type: PyType, format: PyObject): PyStruct {
  if (!(format instanceof PyStr) && !(format instanceof PyBytes)) {
    throw typeError(`Struct() argument 1 must be a str or bytes object, not ${format.type.name}`);
  }
  const text = formatText(format);
  const fmt = compile(text);
  const s = new PyStruct(type);
  if (type !== structType) type.rc++;
  allocObject(s, 56);
  s.fmt = fmt;
  if (format instanceof PyBytes) {
    format.rc++;
    s.format = format;
  } else {
    const b = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) b[i] = text.charCodeAt(i) & 0xff;
    s.format = newBytes(b, false);
  }
  s.codesAddr = allocBuffer((fmt.ncodes + 1) * 32);
  gcTrack(s);
  return s;
}

let cache: PyDict | null = null;

/** cache_struct_converter: the cached Struct for a format (a new reference). */
function cachedStruct(format: PyObject): PyStruct {
  if (cache !== null) {
    const hit = dictGet(cache, format);
    if (hit !== null) {
      hit.rc++;
      return hit as PyStruct;
    }
  }
  const s = newStruct(structType, format);
  if (cache !== null) {
    if (cache.used >= 100) dictClear(cache);
    dictSet(cache, format, s);
  }
  return s;
}

function readBuffer(o: PyObject): Uint8Array {
  const d = bytesLike(o);
  if (d === null) throw typeError(`a bytes-like object is required, not '${o.type.name}'`);
  return d;
}

function packValues(s: PyStruct, values: PyObject[], what: string): Uint8Array {
  if (values.length !== s.fmt.nvalues) throw err(`${what} expected ${s.fmt.nvalues} items for packing (got ${values.length})`);
  const out = new Uint8Array(s.fmt.size);
  packInto(s.fmt, out, 0, values);
  return out;
}

function doPack(s: PyStruct, args: PyObject[]): PyObject {
  return newBytes(packValues(s, args, 'pack'), false);
}

function doUnpack(s: PyStruct, buf: PyObject): PyObject {
  const d = readBuffer(buf);
  if (d.length !== s.fmt.size) throw err(`unpack requires a buffer of ${s.fmt.size} bytes`);
  return unpackFrom(s.fmt, d, 0);
}

function doUnpackFrom(s: PyStruct, buf: PyObject, offsetObj: PyObject | null): PyObject {
  const d = readBuffer(buf);
  let offset = offsetObj === null ? 0 : asSsize(offsetObj, false);
  const size = s.fmt.size;
  if (offset < 0) {
    if (offset + size > 0) throw err(`not enough data to unpack ${size} bytes at offset ${offset}`);
    if (offset + d.length < 0) throw err(`offset ${offset} out of range for ${d.length}-byte buffer`);
    offset += d.length;
  }
  if (d.length - offset < size) {
    throw err(`unpack_from requires a buffer of at least ${size + offset} bytes for unpacking ${size} bytes at offset ${offset} (actual buffer size is ${d.length})`);
  }
  return unpackFrom(s.fmt, d, offset);
}

function doPackInto(s: PyStruct, args: PyObject[], fname: string): PyObject {
  const size = s.fmt.size;
  if (args.length !== s.fmt.nvalues + 2) {
    if (args.length === 0) throw typeError(`${fname}() missing required argument 'buffer' (pos 1)`);
    if (args.length === 1) throw typeError(`${fname}() missing required argument 'offset' (pos 2)`);
    throw err(`pack_into expected ${s.fmt.nvalues} items for packing (got ${args.length - 2})`);
  }
  const target = args[0];
  let d: Uint8Array;
  if (target instanceof PyByteArray) d = target.data;
  else if (target instanceof PyArray) d = target.memoryviewBytes();
  else if (bytesLike(target) !== null) throw typeError(`argument must be read-write bytes-like object, not ${target.type.name}`);
  else throw typeError(`argument must be read-write bytes-like object, not ${target.type.name}`);
  let offset = asSsize(args[1], false);
  if (offset < 0) {
    if (offset + size > 0) throw err(`no space to pack ${size} bytes at offset ${offset}`);
    if (offset + d.length < 0) throw err(`offset ${offset} out of range for ${d.length}-byte buffer`);
    offset += d.length;
  }
  if (d.length - offset < size) {
    throw err(`pack_into requires a buffer of at least ${size + offset} bytes for packing ${size} bytes at offset ${offset} (actual buffer size is ${d.length})`);
  }
  const tmp = new Uint8Array(size);
  packInto(s.fmt, tmp, 0, args.slice(2));
  d.set(tmp, offset);
  return None;
}

function doIterUnpack(s: PyStruct, buf: PyObject): PyObject {
  const size = s.fmt.size;
  if (size === 0) throw err('cannot iteratively unpack with a struct of length 0');
  const d = readBuffer(buf);
  if (d.length % size !== 0) throw err(`iterative unpacking requires a buffer of a multiple of ${size} bytes`);
  const it = new PyUnpackIter(unpackIterType, s, d.slice());
  s.rc++;
  allocObject(it, 112);
  gcTrack(it);
  return it;
}

registerTypeInit(() => {
  const ss = structType.slots;
  ss.new = (type, args, kw) => {
    const [format] = parseArgs('Struct', args, kw, ['format'], 1);
    return newStruct(type, format!);
  };
  structType.traverse = (o, visit) => {
    const f = (o as PyStruct).format;
    if (f !== null) visit(f);
  };
  structType.dealloc = (o) => {
    const s = o as PyStruct;
    gcUntrack(s);
    if (weakrefList(o) !== null) clearWeakRefs(o);
    if (s.format !== null) {
      const f = s.format;
      s.format = null;
      decref(f);
    }
    return false;
  };
  structType.freeMemory = (o) => {
    const s = o as PyStruct;
    freeBuffer(s.codesAddr);
    s.codesAddr = 0;
    freeObject(s);
  };
  const m = (name: string, fn: (self: PyStruct, args: PyObject[], kw: string[] | null) => PyObject): void =>
    defineMethod(structType, name, (self, args, kw) => fn(self as PyStruct, args, kw));
  m('pack', (s, args, kw) => {
    noKwargs('pack', kw);
    return doPack(s, args);
  });
  m('unpack', (s, args, kw) => {
    exactArgs('unpack', args, kw, 1);
    return doUnpack(s, args[0]);
  });
  m('unpack_from', (s, args, kw) => {
    const [buffer, offset] = parseArgs('unpack_from', args, kw, ['buffer', 'offset'], 1);
    return doUnpackFrom(s, buffer!, offset);
  });
  m('pack_into', (s, args, kw) => {
    noKwargs('pack_into', kw);
    return (doPackInto(s, args, 'pack_into'), None);
  });
  m('iter_unpack', (s, args, kw) => {
    exactArgs('iter_unpack', args, kw, 1);
    return doIterUnpack(s, args[0]);
  });
  m('__sizeof__', (s, args, kw) => {
    exactArgs('__sizeof__', args, kw, 0);
    return newInt(56 + (s.fmt.ncodes + 1) * 32);
  });
  defineGetSet(structType, 'size', (o) => newInt((o as PyStruct).fmt.size));
  defineGetSet(structType, 'format', (o) => newStr(formatText((o as PyStruct).format!)));

  const is = unpackIterType.slots;
  is.iter = (o) => {
    o.rc++;
    return o;
  };
  is.iternext = (o) => {
    const it = o as PyUnpackIter;
    const s = it.so;
    if (s === null) return null;
    const size = s.fmt.size;
    if (it.index + size <= it.data.length) {
      const r = unpackFrom(s.fmt, it.data, it.index);
      it.index += size;
      return r;
    }
    it.so = null;
    decref(s);
    return null;
  };
  is.new = () => {
    throw typeError("cannot create '_struct.unpack_iterator' instances");
  };
  defineMethod(unpackIterType, '__length_hint__', (o, args, kw) => {
    exactArgs('__length_hint__', args, kw, 0);
    const it = o as PyUnpackIter;
    return newInt(it.so === null ? 0 : (it.data.length - it.index) / it.so.fmt.size);
  });
  unpackIterType.traverse = (o, visit) => {
    const s = (o as PyUnpackIter).so;
    if (s !== null) visit(s);
  };
  unpackIterType.dealloc = (o) => {
    const it = o as PyUnpackIter;
    gcUntrack(it);
    if (it.so !== null) {
      const s = it.so;
      it.so = null;
      decref(s);
    }
    return false;
  };
  unpackIterType.freeMemory = freeObject;
  inheritObjectSlots(structType);
  inheritObjectSlots(unpackIterType);
});

// ================================================================== the modules

/** The format argument of the module functions (missing → TypeError). */
function withStruct<T>(args: PyObject[], kw: string[] | null, fname: string, f: (s: PyStruct, rest: PyObject[]) => T): T {
  const nkw = kw?.length ?? 0;
  if (args.length - nkw < 1) throw typeError('missing format argument');
  const s = cachedStruct(args[0]);
  try {
    return f(s, args.slice(1));
  } finally {
    decref(s);
  }
  void fname;
}

function fillStruct(m: PyModule): void {
  const d = m.md;
  const ns = newDict();
  const errorType = makeClass(typeType, 'error', [exceptionTypes['Exception']], ns);
  decref(ns);
  const mod = newStr('struct');
  dictSetStr(errorType.dict, '__module__', mod);
  decref(mod);
  dictSetStr(d, 'error', errorType);
  decref(errorType);
  structError = errorType;
  // a new run's module: the previous run's cache lived on its own heap (not released here)
  cache = newDict();
  dictSetStr(d, 'Struct', structType);

  defineFunction(d, 'calcsize', (_s, args, kw) => {
    exactArgs('calcsize', args, kw, 1);
    return withStruct(args, kw, 'calcsize', (s) => newInt(s.fmt.size));
  });
  defineFunction(d, 'pack', (_s, args, kw) => {
    noKwargs('pack', kw);
    return withStruct(args, kw, 'pack', (s, rest) => doPack(s, rest));
  });
  defineFunction(d, 'pack_into', (_s, args, kw) => {
    noKwargs('pack_into', kw);
    return withStruct(args, kw, 'pack_into', (s, rest) => doPackInto(s, rest, 'pack_into'));
  });
  defineFunction(d, 'unpack', (_s, args, kw) => {
    exactArgs('unpack', args, kw, 2);
    return withStruct(args, kw, 'unpack', (s, rest) => doUnpack(s, rest[0]));
  });
  defineFunction(d, 'unpack_from', (_s, args, kw) => {
    const [format, buffer, offset] = parseArgs('unpack_from', args, kw, ['format', 'buffer', 'offset'], 2, 3, 1);
    const s = cachedStruct(format!);
    try {
      return doUnpackFrom(s, buffer!, offset);
    } finally {
      decref(s);
    }
  });
  defineFunction(d, 'iter_unpack', (_s, args, kw) => {
    exactArgs('iter_unpack', args, kw, 2);
    return withStruct(args, kw, 'iter_unpack', (s, rest) => doIterUnpack(s, rest[0]));
  });
  defineFunction(d, '_clearcache', (_s, args, kw) => {
    exactArgs('_clearcache', args, kw, 0);
    if (cache !== null) dictClear(cache);
    return None;
  });
  setStr(m, '__doc__', 'Functions to convert between Python values and C structs.');
}

registerNativeModule('_struct', fillStruct);
registerPyModule(
  'struct',
  String.raw`
__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']

from _struct import *
from _struct import _clearcache
from _struct import __doc__
`,
);
