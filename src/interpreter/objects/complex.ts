/**
 * complex (Objects/complexobject.c): two doubles; 32 bytes (ob_refcnt, ob_type, cval).
 * Arithmetic follows CPython's _Py_c_sum/_diff/_prod/_quot/_pow and c_powi (exact integer
 * powers up to 100 by repeated squaring), the repr rules of complex_repr (components in 'r'
 * format without ".0", the real part omitted when it is +0), and the hash
 * hash(real) + 1000003·hash(imag) in wrapping 64-bit arithmetic.
 */
import { PyObject, decref } from './object';
import { complexType, floatType, strType } from './core-types';
import { PyFloat, newFloat } from './float';
import { PyInt, newBool } from './int';
import { PyStr, newStr } from './str';
import { NotImplemented } from './singletons';
import { NB, NB_COUNT, BinarySlot } from './typeobject';
import { typeError, valueError, zeroDivisionError, overflowError } from './errors';
import { registerTypeInit } from './bootstrap';
import { intToFloat } from './int-type';
import { defineMethod, defineGetSet, parseArgs, noKwargs } from './descriptors';
import { allocObject } from './alloc';
import { constFactories } from './const-factories';
import { newTuple } from './tuple';
import { exactHashers } from './tuple-type';
import { pointerHash } from './object-type';
import { exactNorm, compareDoubleInt, complexPowHook, initSubclassInstance } from './float-type';
import { FormatError, floatPow, floatRepr, hashFloat, tryParseFloatLiteral } from './text';

export class PyComplex extends PyObject {
  constructor(
    public real: number,
    public imag: number,
    type = complexType,
  ) {
    super(type);
  }
}

export function newComplex(real: number, imag: number): PyComplex {
  const o = new PyComplex(real, imag);
  allocObject(o, 32);
  return o;
}

type C = { re: number; im: number };

// ------------------------------------------------------------------ repr
/** A component in repr's 'r' format without the trailing ".0". */
function fmtPart(x: number): string {
  const r = floatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

export function complexRepr(re: number, im: number): string {
  let imS = fmtPart(im);
  if (re === 0 && !Object.is(re, -0)) return imS + 'j';
  if (!imS.startsWith('-')) imS = '+' + imS;
  return `(${fmtPart(re)}${imS}j)`;
}

// ------------------------------------------------------------------ arithmetic
const EDOM = 1;
const ERANGE = 2;
let errno = 0;

function prod(a: C, b: C): C {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

function quot(a: C, b: C): C {
  const absBr = b.re < 0 ? -b.re : b.re;
  const absBi = b.im < 0 ? -b.im : b.im;
  const r: C = { re: 0, im: 0 };
  if (absBr >= absBi) {
    if (absBr === 0) {
      errno = EDOM;
      r.re = r.im = 0;
    } else {
      const ratio = b.im / b.re;
      const denom = b.re + b.im * ratio;
      r.re = (a.re + a.im * ratio) / denom;
      r.im = (a.im - a.re * ratio) / denom;
    }
  } else if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    r.re = (a.re * ratio + a.im) / denom;
    r.im = (a.im * ratio - a.re) / denom;
  } else {
    r.re = r.im = NaN;
  }
  return r;
}

function cpow(a: C, b: C): C {
  if (b.re === 0 && b.im === 0) return { re: 1, im: 0 };
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) errno = EDOM;
    return { re: 0, im: 0 };
  }
  const vabs = exactNorm([a.re, a.im]);
  // pow(vabs, b.re) for vabs > 0 is real, never an error (overflow gives inf here, as in C)
  let len = b.re > 0 && Number.isFinite(vabs) ? powFinite(vabs, b.re) : Math.pow(vabs, b.re);
  const at = Math.atan2(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= Math.exp(at * b.im);
    phase += b.im * Math.log(vabs);
  }
  return { re: len * Math.cos(phase), im: len * Math.sin(phase) };
}

/** libm pow(x, y) for x > 0: the library's float pow, with overflow to inf as C does. */
function powFinite(x: number, y: number): number {
  try {
    return floatPow(x, y)!;
  } catch (e) {
    if (e instanceof FormatError) return Infinity;
    throw e;
  }
}

function powu(x: C, n: number): C {
  let r: C = { re: 1, im: 0 };
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = prod(r, p);
    mask <<= 1;
    p = prod(p, p);
  }
  return r;
}

function powi(x: C, n: number): C {
  if (n > 0) return powu(x, n);
  return quot({ re: 1, im: 0 }, powu(x, -n));
}

/** complex ** complex with CPython's errors. */
export function complexPow(a: C, b: C): PyComplex {
  errno = 0;
  let p: C;
  if (b.im === 0 && b.re === Math.floor(b.re) && Math.abs(b.re) <= 100) p = powi(a, b.re);
  else p = cpow(a, b);
  if (errno === 0 && (!Number.isFinite(p.re) && !Number.isNaN(p.re) || !Number.isFinite(p.im) && !Number.isNaN(p.im))) {
    errno = ERANGE;
  }
  if (errno === EDOM) throw zeroDivisionError('0.0 to a negative or complex power');
  if (errno === ERANGE) throw overflowError('complex exponentiation');
  return newComplex(p.re, p.im);
}

/** The operand as a complex, or null (NotImplemented). */
function asComplex(o: PyObject): C | null {
  if (o instanceof PyComplex) return { re: o.real, im: o.imag };
  if (o instanceof PyFloat) return { re: o.value, im: 0 };
  if (o instanceof PyInt) return { re: intToFloat(o.value), im: 0 };
  return null;
}

function complexBinary(op: number): BinarySlot | undefined {
  switch (op) {
    case NB.ADD:
    case NB.SUBTRACT:
    case NB.MULTIPLY:
    case NB.TRUE_DIVIDE:
    case NB.POWER:
      break;
    default:
      return undefined;
  }
  return (a, b) => {
    const x = asComplex(a);
    if (x === null) return NotImplemented;
    const y = asComplex(b);
    if (y === null) return NotImplemented;
    switch (op) {
      case NB.ADD:
        return newComplex(x.re + y.re, x.im + y.im);
      case NB.SUBTRACT:
        return newComplex(x.re - y.re, x.im - y.im);
      case NB.MULTIPLY: {
        const r = prod(x, y);
        return newComplex(r.re, r.im);
      }
      case NB.TRUE_DIVIDE: {
        errno = 0;
        const r = quot(x, y);
        if (errno === EDOM) throw zeroDivisionError('complex division by zero');
        return newComplex(r.re, r.im);
      }
      default:
        return complexPow(x, y);
    }
  };
}

// ------------------------------------------------------------------ hash
const MASK64 = (1n << 64n) - 1n;

function hashPart(o: PyObject, x: number): bigint {
  if (Number.isNaN(x)) return BigInt(pointerHash(o));
  return hashFloat(x);
}

export function complexHashExact(o: PyComplex): bigint {
  const hr = hashPart(o, o.real) & MASK64;
  const hi = hashPart(o, o.imag) & MASK64;
  let h = (hr + 1000003n * hi) & MASK64;
  if (h >= 1n << 63n) h -= 1n << 64n;
  if (h === -1n) h = -2n;
  return h;
}

// ------------------------------------------------------------------ parsing
function parseComplexText(text: string): C | null {
  let s = text.trim();
  if (s.startsWith('(') && s.endsWith(')')) s = s.slice(1, -1).trim();
  if (s.length === 0) return null;
  const num = String.raw`(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*|\d(?:_?\d)*\.)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan`;
  const re = new RegExp(`^([+-]?(?:${num}))?(?:([+-])(${num})?[jJ]|[jJ])?$`, 'i');
  // forms: "x", "xj", "x+yj", "+j", "j"
  const only = new RegExp(`^([+-]?)(${num})?[jJ]$`, 'i');
  const m1 = only.exec(s);
  if (m1 !== null) {
    const v = m1[2] === undefined ? 1 : tryParseFloatLiteral(m1[2]);
    if (v === null) return null;
    return { re: 0, im: m1[1] === '-' ? -v : v };
  }
  const m = re.exec(s);
  if (m === null || m[1] === undefined) return null;
  const r = tryParseFloatLiteral(m[1]);
  if (r === null) return null;
  if (m[2] === undefined) {
    if (/[jJ]$/.test(s)) return null;
    return { re: r, im: 0 };
  }
  const iv = m[3] === undefined ? 1 : tryParseFloatLiteral(m[3]);
  if (iv === null) return null;
  return { re: r, im: m[2] === '-' ? -iv : iv };
}

/** A number argument of complex(): [re, im] or null if not a number. */
function complexPartsOf(o: PyObject): C | null {
  if (o instanceof PyComplex) return { re: o.real, im: o.imag };
  if (o instanceof PyFloat) return { re: o.value, im: 0 };
  if (o instanceof PyInt) return { re: intToFloat(o.value), im: 0 };
  const cx = o.type.lookup('__complex__');
  if (cx !== null) {
    const get = cx.type.slots.descrGet;
    const bound = get ? get(cx, o, o.type) : (cx.rc++, cx);
    const f = bound.type.slots.call!;
    const r = f(bound, [], null);
    decref(bound);
    if (!(r instanceof PyComplex)) {
      const n = r.type.name;
      decref(r);
      throw typeError(`__complex__ returned non-complex (type ${n})`);
    }
    const v = { re: r.real, im: r.imag };
    decref(r);
    return v;
  }
  const f = o.type.slots.float;
  if (f !== undefined) {
    const r = f(o);
    const v = (r as PyFloat).value;
    decref(r);
    return { re: v, im: 0 };
  }
  if (o.type.slots.index !== undefined) {
    const r = o.type.slots.index(o);
    const v = intToFloat((r as PyInt).value);
    decref(r);
    return { re: v, im: 0 };
  }
  return null;
}

registerTypeInit(() => {
  const s = complexType.slots;
  s.repr = (o) => newStr(complexRepr((o as PyComplex).real, (o as PyComplex).imag));
  s.hash = (o) => Number(complexHashExact(o as PyComplex));
  s.richcompare = (a, b, op) => {
    if (op !== 2 && op !== 3) return NotImplemented;
    const x = a as PyComplex;
    let eq: boolean;
    if (b instanceof PyComplex) eq = x.real === b.real && x.imag === b.imag;
    else if (b instanceof PyFloat) eq = x.imag === 0 && x.real === b.value;
    else if (b instanceof PyInt) eq = x.imag === 0 && compareDoubleInt(x.real, b.value) === 0;
    else return NotImplemented;
    return newBool(op === 2 ? eq : !eq);
  };
  const slots: (BinarySlot | undefined)[] = [];
  for (let i = 0; i < NB_COUNT; i++) slots.push(complexBinary(i));
  s.nbLeft = slots;
  s.nbRight = slots;
  s.negative = (o) => newComplex(-(o as PyComplex).real, -(o as PyComplex).imag);
  s.positive = (o) => {
    if (o.type === complexType) {
      o.rc++;
      return o;
    }
    return newComplex((o as PyComplex).real, (o as PyComplex).imag);
  };
  s.absolute = (o) => {
    const c = o as PyComplex;
    if (!Number.isFinite(c.real) || !Number.isFinite(c.imag)) {
      if (c.real === Infinity || c.real === -Infinity || c.imag === Infinity || c.imag === -Infinity) return newFloat(Infinity);
      return newFloat(NaN);
    }
    const r = exactNorm([c.real, c.imag]);
    if (!Number.isFinite(r)) throw overflowError('absolute value too large');
    if (!Number.isFinite(r)) throw overflowError('absolute value too large');
    return newFloat(r);
  };
  s.bool = (o) => (o as PyComplex).real !== 0 || (o as PyComplex).imag !== 0;
  s.new = (type, args, kw) => {
    const [r, i] = parseArgs('complex', args, kw, ['real', 'imag'], 0, 2);
    let re = 0;
    let im = 0;
    // complex_new: the second argument's parts are only combined with the first's imaginary part
    // when the first is complex (so complex(-0.0, -0.0) keeps imag -0.0)
    let rIsComplex = false;
    if (r !== null) {
      if (r.type === complexType && i === null && type === complexType) {
        r.rc++;
        return r;
      }
      if (r instanceof PyStr) {
        if (i !== null) throw typeError("complex() can't take second arg if first is a string");
        const c = parseComplexText(r.value);
        if (c === null) throw valueError('complex() arg is a malformed string');
        re = c.re;
        im = c.im;
      } else {
        const c = complexPartsOf(r);
        if (c === null) throw typeError(`complex() first argument must be a string or a number, not '${r.type.name}'`);
        re = c.re;
        im = c.im;
        rIsComplex = r instanceof PyComplex;
      }
    }
    if (i !== null) {
      if (i instanceof PyStr) throw typeError("complex() second arg can't be a string");
      const c = complexPartsOf(i);
      if (c === null) throw typeError(`complex() second argument must be a number, not '${i.type.name}'`);
      // (re + i·im) + i·(c.re + i·c.im)
      if (i instanceof PyComplex) re -= c.im;
      im = rIsComplex ? im + c.re : c.re;
    }
    if (type === complexType) return newComplex(re, im);
    const o = new PyComplex(re, im, type);
    type.rc++;
    initSubclassInstance(o, type, type.basicsize);
    return o;
  };
  defineMethod(complexType, 'conjugate', (self, a, k) => {
    noKwargs('conjugate', k);
    if (a.length) throw typeError(`complex.conjugate() takes no arguments (${a.length} given)`);
    return newComplex((self as PyComplex).real, -(self as PyComplex).imag);
  });
  defineMethod(complexType, '__complex__', (self) => {
    if (self.type === complexType) {
      self.rc++;
      return self;
    }
    return newComplex((self as PyComplex).real, (self as PyComplex).imag);
  });
  defineMethod(complexType, '__getnewargs__', (self) => {
    const c = self as PyComplex;
    return newTuple([newFloat(c.real), newFloat(c.imag)]);
  });
  defineGetSet(complexType, 'real', (o) => newFloat((o as PyComplex).real));
  defineGetSet(complexType, 'imag', (o) => newFloat((o as PyComplex).imag));
  constFactories.complex = (imag: number) => newComplex(0, imag);
  exactHashers.set(complexType, (o) => complexHashExact(o as PyComplex));
  complexPowHook.fn = (ar, ai, br, bi) => complexPow({ re: ar, im: ai }, { re: br, im: bi });
  void floatType;
  void strType;
});
