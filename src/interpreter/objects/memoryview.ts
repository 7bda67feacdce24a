/**
 * memoryview (Objects/memoryobject.c), one-dimensional views of bytes and bytearray.
 *
 * Model: `memoryview(obj)` makes a managed buffer (_PyManagedBufferObject: GC object, 112 bytes,
 * the only holder of the reference to `obj`, and a buffer export of a bytearray, which then
 * refuses to resize) and a view on it (PyMemoryViewObject: GC, basicsize 144 + 3·ndim·8, so
 * sys.getsizeof = 184). Slices and casts are new views on the same managed buffer; `release()`
 * (or `with`) detaches a view, and the buffer lets go of `obj` when its last view is released
 * or freed — so sys.getrefcount(obj) is +1 while any view lives, as in CPython. A view is
 * (byte offset, byte stride, length, format): formats B b c h H i I l L q Q f d ? (native size,
 * little-endian), `cast` only from a contiguous view. Multi-dimensional shapes are not modelled.
 */
import { PyObject, decref } from './object';
import { PyType } from './typeobject';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject } from './alloc';
import { PyBytes, PyByteArray, newBytes, bytesLike } from './bytes';
import { PyInt, newInt, True, False } from './int';
import { newFloat, PyFloat } from './float';
import { newTuple, PyTuple } from './tuple';
import { newList } from './list';
import { PyStr, newStr } from './str';
import { None, NotImplemented } from './singletons';
import { typeError, valueError, indexError, exceptionFactory, raise } from './errors';
import { hashOf, isTrue } from './abstract';
import { registerTypeInit } from './type-registry';
import { defineGetSet, defineMethod, parseArgs } from './descriptors';
import { seqIteratorType } from './core-types';
import { newSeqIter } from './iterators';
import { hexAddr } from './object-type';
import { staticBuiltinType } from './static-type';
import { sliceIndices } from './slice';
import { asIntValue } from './int-type';
import { genericGetAttr } from './classes';

export class PyManagedBuffer extends PyGCObject {
  constructor(type: PyType, public obj: PyObject | null) {
    super(type);
  }
  views = 0;
}

export class PyMemoryView extends PyGCObject {
  mbuf: PyManagedBuffer | null;
  hash = -1;
  constructor(
    type: PyType,
    mbuf: PyManagedBuffer,
    public start: number,
    public stride: number,
    public len: number,
    public format: string,
    public itemsize: number,
    public readonly_: boolean,
  ) {
    super(type);
    this.mbuf = mbuf;
  }
  /** bytes(view) etc. (the bytes-like hook of bytes.ts) */
  memoryviewBytes(): Uint8Array {
    return gather(live(this));
  }
}

export let memoryviewType: PyType;
let managedBufferType: PyType;

const SIZES: Record<string, number> = { B: 1, b: 1, c: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, e: 2 };

const released = () => valueError('operation forbidden on released memoryview object');

function live(o: PyObject): PyMemoryView {
  const m = o as PyMemoryView;
  if (m.mbuf === null) throw released();
  return m;
}

function base(m: PyMemoryView): Uint8Array {
  return bytesLike(m.mbuf!.obj!)!;
}

function gather(m: PyMemoryView): Uint8Array {
  const src = base(m);
  const out = new Uint8Array(m.len * m.itemsize);
  for (let i = 0; i < m.len; i++) {
    const off = m.start + i * m.stride;
    out.set(src.subarray(off, off + m.itemsize), i * m.itemsize);
  }
  return out;
}

function unpack(m: PyMemoryView, i: number): PyObject {
  const src = base(m);
  const off = m.start + i * m.stride;
  const dv = new DataView(src.buffer, src.byteOffset + off, m.itemsize);
  switch (m.format) {
    case 'B': return newInt(dv.getUint8(0));
    case 'b': return newInt(dv.getInt8(0));
    case 'c': return newBytes(src.slice(off, off + 1), false);
    case '?': return dv.getUint8(0) ? (True.rc++, True) : (False.rc++, False);
    case 'h': return newInt(dv.getInt16(0, true));
    case 'H': return newInt(dv.getUint16(0, true));
    case 'i': return newInt(dv.getInt32(0, true));
    case 'I': return newInt(dv.getUint32(0, true));
    case 'l': case 'q': case 'n': {
      const v = dv.getBigInt64(0, true);
      return newInt(Number.isSafeInteger(Number(v)) ? Number(v) : v);
    }
    case 'L': case 'Q': case 'N': {
      const v = dv.getBigUint64(0, true);
      return newInt(Number.isSafeInteger(Number(v)) ? Number(v) : v);
    }
    case 'f': return newFloat(dv.getFloat32(0, true));
    case 'd': return newFloat(dv.getFloat64(0, true));
    default: throw raise(exceptionFactory.types['NotImplementedError']!, `memoryview: format ${m.format} not supported`);
  }
}

function packInto(m: PyMemoryView, i: number, v: PyObject): void {
  const src = base(m);
  const off = m.start + i * m.stride;
  const dv = new DataView(src.buffer, src.byteOffset + off, m.itemsize);
  const bad = () => valueError(`memoryview: invalid value for format '${m.format}'`);
  const f = m.format;
  if (f === 'f' || f === 'd') {
    if (!(v instanceof PyFloat) && !(v instanceof PyInt)) throw typeError(`memoryview: invalid type for format '${f}'`);
    const x = v instanceof PyFloat ? v.value : Number((v as PyInt).value);
    if (f === 'f') dv.setFloat32(0, x, true);
    else dv.setFloat64(0, x, true);
    return;
  }
  if (f === 'c') {
    if (!(v instanceof PyBytes) || v.data.length !== 1) throw bad();
    dv.setUint8(0, v.data[0]!);
    return;
  }
  if (f === '?') {
    dv.setUint8(0, isTrue(v) ? 1 : 0);
    return;
  }
  if (!(v instanceof PyInt)) throw typeError(`memoryview: invalid type for format '${f}'`);
  const x = BigInt(asIntValue(v));
  const bits = m.itemsize * 8;
  const signed = f === f.toLowerCase();
  const lo = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const hi = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  if (x < lo || x > hi) throw bad();
  const u = x < 0n ? x + (1n << BigInt(bits)) : x;
  for (let k = 0; k < m.itemsize; k++) dv.setUint8(k, Number((u >> BigInt(8 * k)) & 0xffn));
}

function newManagedBuffer(obj: PyObject): PyManagedBuffer {
  obj.rc++;
  const mb = new PyManagedBuffer(managedBufferType, obj);
  allocObject(mb, 112);
  gcTrack(mb);
  if (obj instanceof PyByteArray) obj.exports++;
  return mb;
}

/** The buffer lets go of its exporter when no view uses it any more (mbuf_release). */
function mbufDetach(mb: PyManagedBuffer): void {
  if (--mb.views > 0) return;
  const obj = mb.obj;
  mb.obj = null;
  if (obj !== null) {
    if (obj instanceof PyByteArray) obj.exports--;
    decref(obj);
  }
}

function newView(mb: PyManagedBuffer, start: number, stride: number, len: number, format: string, itemsize: number, ro: boolean): PyMemoryView {
  mb.rc++;
  mb.views++;
  const m = new PyMemoryView(memoryviewType, mb, start, stride, len, format, itemsize, ro);
  allocObject(m, 144 + 3 * 8);
  gcTrack(m);
  return m;
}

export function newMemoryView(obj: PyObject): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    const src = live(obj);
    return newView(src.mbuf!, src.start, src.stride, src.len, src.format, src.itemsize, src.readonly_);
  }
  const data = bytesLike(obj);
  if (data === null || !(obj instanceof PyBytes || obj instanceof PyByteArray)) {
    throw typeError(`memoryview: a bytes-like object is required, not '${obj.type.name}'`);
  }
  const mb = newManagedBuffer(obj);
  const m = newView(mb, 0, 1, data.length, 'B', 1, obj instanceof PyBytes);
  decref(mb);
  return m;
}

function releaseView(m: PyMemoryView): void {
  const mb = m.mbuf;
  if (mb === null) return;
  m.mbuf = null;
  mbufDetach(mb);
  decref(mb);
}

function index(m: PyMemoryView, key: PyObject): number {
  let i = Number(asIntValue(key));
  if (i < 0) i += m.len;
  if (i < 0 || i >= m.len) throw indexError('index out of bounds on dimension 1');
  return i;
}

function listOf(m: PyMemoryView): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i < m.len; i++) out.push(unpack(m, i));
  return out;
}

registerTypeInit(() => {
  memoryviewType = staticBuiltinType('memoryview', 144, 8, 'builtins');
  managedBufferType = staticBuiltinType('managedbuffer', 112, 0, 'builtins');
  managedBufferType.dealloc = (o) => {
    const mb = o as PyManagedBuffer;
    gcUntrack(mb);
    const obj = mb.obj;
    mb.obj = null;
    if (obj !== null) {
      if (obj instanceof PyByteArray) obj.exports--;
      decref(obj);
    }
    return false;
  };
  managedBufferType.traverse = (o, visit) => {
    const obj = (o as PyManagedBuffer).obj;
    if (obj !== null) visit(obj);
  };
  const t = memoryviewType;
  const s = t.slots;
  t.isBaseType = false;
  s.getattro = genericGetAttr;
  managedBufferType.slots.getattro = genericGetAttr;
  t.dealloc = (o) => {
    const m = o as PyMemoryView;
    gcUntrack(m);
    releaseView(m);
    return false;
  };
  t.traverse = (o, visit) => {
    const mb = (o as PyMemoryView).mbuf;
    if (mb !== null) visit(mb);
  };
  s.new = (_type, args, kw) => {
    const [obj] = parseArgs('memoryview', args, kw, ['object'], 1, 1);
    return newMemoryView(obj!);
  };
  s.repr = (o) => newStr(`<${(o as PyMemoryView).mbuf === null ? 'released ' : ''}memory at ${hexAddr(o)}>`);
  s.len = (o) => live(o).len;
  s.getitem = (o, key) => {
    const m = live(o);
    if (key instanceof PyTuple) throw typeError('memoryview: invalid slice key');
    if (key.type.name === 'slice') {
      const [start, , step, n] = sliceIndices(key, m.len);
      return newView(m.mbuf!, m.start + start * m.stride, m.stride * step, n, m.format, m.itemsize, m.readonly_);
    }
    if (!(key instanceof PyInt)) throw typeError('memoryview: invalid slice key');
    return unpack(m, index(m, key));
  };
  s.setitem = (o, key, v) => {
    const m = live(o);
    if (m.readonly_) throw typeError('cannot modify read-only memory');
    if (v === null) throw typeError('cannot delete memory');
    if (key.type.name === 'slice') {
      const [start, , step, n] = sliceIndices(key, m.len);
      const data = bytesLike(v);
      if (data === null) throw typeError(`a bytes-like object is required, not '${v.type.name}'`);
      if (data.length !== n * m.itemsize) throw valueError('memoryview assignment: lvalue and rvalue have different structures');
      const src = base(m);
      const copy = data.slice();
      for (let i = 0; i < n; i++) {
        const off = m.start + (start + i * step) * m.stride;
        src.set(copy.subarray(i * m.itemsize, (i + 1) * m.itemsize), off);
      }
      return;
    }
    packInto(m, index(m, key), v);
  };
  s.iter = (o) => {
    live(o);
    return newSeqIter(seqIteratorType, o);
  };
  s.hash = (o) => {
    const m = live(o);
    if (m.hash !== -1) return m.hash;
    if (!m.readonly_) throw valueError('cannot hash writable memoryview object');
    if (!['B', 'b', 'c'].includes(m.format)) throw valueError('memoryview: hashing is restricted to formats \'B\', \'b\' or \'c\'');
    const b = newBytes(gather(m), false);
    try {
      m.hash = hashOf(b);
    } finally {
      decref(b);
    }
    return m.hash;
  };
  s.richcompare = (a, b, op) => {
    if (op !== 2 && op !== 3) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    const m = a as PyMemoryView;
    let eq: boolean;
    if (m.mbuf === null || (b instanceof PyMemoryView && b.mbuf === null)) eq = a === b;
    else if (b instanceof PyMemoryView) {
      const x = listOf(m);
      const y = listOf(b);
      eq = x.length === y.length && x.every((v, i) => hashOfEqual(v, y[i]!));
      for (const v of [...x, ...y]) decref(v);
    } else {
      const d = b instanceof PyBytes || b instanceof PyByteArray ? bytesLike(b) : null;
      if (d === null) {
        NotImplemented.rc++;
        return NotImplemented;
      }
      if (m.format !== 'B' && m.format !== 'b' && m.format !== 'c') eq = false;
      else {
        const mine = gather(m);
        eq = mine.length === d.length && (m.format !== 'b' ? mine.every((v, i) => v === d[i]) : mine.every((v, i) => v === d[i] && v < 128));
      }
    }
    const r = (op === 2) === eq ? True : False;
    r.rc++;
    return r;
  };
  const get = (name: string, f: (m: PyMemoryView) => PyObject) => defineGetSet(t, name, (o) => f(live(o)));
  defineGetSet(t, 'obj', (o) => {
    const m = live(o);
    const obj = m.mbuf!.obj!;
    obj.rc++;
    return obj;
  });
  get('nbytes', (m) => newInt(m.len * m.itemsize));
  get('readonly', (m) => (m.readonly_ ? (True.rc++, True) : (False.rc++, False)));
  get('itemsize', (m) => newInt(m.itemsize));
  get('format', (m) => newStr(m.format));
  get('ndim', () => newInt(1));
  get('shape', (m) => newTuple([newInt(m.len)]));
  get('strides', (m) => newTuple([newInt(m.stride)]));
  get('suboffsets', () => newTuple([]));
  const contiguous = (m: PyMemoryView) => (m.len <= 1 || m.stride === m.itemsize ? (True.rc++, True) : (False.rc++, False));
  get('c_contiguous', contiguous);
  get('f_contiguous', contiguous);
  get('contiguous', contiguous);
  defineGetSet(t, 'released', (o) => ((o as PyMemoryView).mbuf === null ? (True.rc++, True) : (False.rc++, False)));
  defineMethod(t, 'tobytes', (self) => newBytes(gather(live(self)), false));
  defineMethod(t, 'tolist', (self) => newList(listOf(live(self))));
  defineMethod(t, 'hex', (self, args) => {
    const d = gather(live(self));
    let sep = '';
    if (args.length > 0 && args[0] instanceof PyStr) sep = args[0].value;
    return newStr(Array.from(d, (b) => b.toString(16).padStart(2, '0')).join(sep));
  });
  defineMethod(t, 'toreadonly', (self) => {
    const m = live(self);
    return newView(m.mbuf!, m.start, m.stride, m.len, m.format, m.itemsize, true);
  });
  defineMethod(t, 'release', (self) => {
    releaseView(self as PyMemoryView);
    None.rc++;
    return None;
  });
  defineMethod(t, '__enter__', (self) => {
    live(self).rc++;
    return self;
  });
  defineMethod(t, '__exit__', (self) => {
    releaseView(self as PyMemoryView);
    None.rc++;
    return None;
  });
  defineMethod(t, '__sizeof__', () => newInt(144 + 3 * 8));
  defineMethod(t, 'cast', (self, args, kw) => {
    const m = live(self);
    const [fmt] = parseArgs('cast', args, kw, ['format', 'shape'], 1, 2);
    if (!(fmt instanceof PyStr)) throw typeError(`memoryview: format argument must be a string`);
    const f = fmt.value.startsWith('@') ? fmt.value.slice(1) : fmt.value;
    const size = SIZES[f];
    if (size === undefined) throw valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
    if (m.stride !== m.itemsize && m.len > 1) throw typeError('memoryview: casts are restricted to C-contiguous views');
    if (m.format !== 'B' && m.format !== 'b' && m.format !== 'c' && size !== 1) {
      throw typeError('memoryview: cannot cast between two non-byte formats');
    }
    const nbytes = m.len * m.itemsize;
    if (nbytes % size !== 0) throw typeError('memoryview: length is not a multiple of itemsize');
    return newView(m.mbuf!, m.start, size, nbytes / size, f, size, m.readonly_);
  });
});

function hashOfEqual(a: PyObject, b: PyObject): boolean {
  if (a instanceof PyInt && b instanceof PyInt) return a.value === b.value || BigInt(a.value) === BigInt(b.value);
  if (a instanceof PyFloat && b instanceof PyFloat) return a.value === b.value;
  if (a instanceof PyBytes && b instanceof PyBytes) return a.data.length === b.data.length && a.data.every((v, i) => v === b.data[i]);
  return a === b;
}

export function isMemoryView(o: PyObject): o is PyMemoryView {
  return o instanceof PyMemoryView;
}

