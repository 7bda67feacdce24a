/**
 * Elementary functions rounded like glibc's libm (which CPython's math module calls): glibc's
 * exp/log/sin/cos/tan/atan/… return the correctly rounded result in all but vanishingly rare
 * cases, while V8's Math.* (fdlibm) is off by one ulp for a few percent of arguments
 * (Math.log(3) is 1.0986122886681096, glibc says …098).
 *
 * Model: each result is computed as a double-double (~106 bits, see dd-pow.ts) and rounded
 * once. Direct functions use series on a reduced argument (exp: 2**k·exp(r); sin/cos: x −
 * k·π/2 with π/2 split over four doubles, or exactly with bigints for |x| ≥ 2**20); inverse
 * functions take V8's estimate y0 (within an ulp or two) and apply one Newton step whose
 * residual is computed in double-double, which restores full precision. Non-finite or
 * out-of-domain arguments fall back to Math.* (the special values agree with C99 Annex F).
 */
import { DD, add, mul, mulD, div, neg, twoSum, twoProd, logDD, roundDD, expScaledDD, LN2 } from './dd-pow';
import { decompose, scaledToDouble } from './float-bits';

const ONE: DD = [1, 0];
const sub = (a: DD, b: DD): DD => add(a, neg(b));
const round = (a: DD): number => roundDD(a[0], a[1], 0);

// Taylor coefficients 1/n! (n = 0…30) as double-doubles.
const INV_FACT: DD[] = [[1, 0]];
for (let n = 1; n <= 30; n++) INV_FACT.push(div(INV_FACT[n - 1]!, [n, 0]));

const INV_LN2 = div(ONE, LN2);

// ---------------------------------------------------------------- exp family


export function ddExp(x: number): number {
  if (!Number.isFinite(x)) return Math.exp(x);
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (x === 0) return 1;
  const { res, k } = expScaledDD([x, 0]);
  return roundDD(res[0], res[1], k);
}

// glibc's sinh/cosh/tanh/asinh/acosh/atanh/log10/log1p/expm1 are fdlibm's algorithms (not
// correctly rounded); they are reproduced with the same formulas over glibc-accurate exp/log
// (ddExp/ddLog) and fdlibm's expm1/log1p (V8's Math.expm1/log1p are fdlibm ports).

export function ddSinh(x: number): number {
  if (!Number.isFinite(x) || x === 0) return Math.sinh(x);
  const h = x < 0 ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < 2 ** -28) return x;
    const t = Math.expm1(ax);
    if (ax < 1) return h * (2.0 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ax < 709.782712893384) return h * ddExp(ax);
  const w = ddExp(0.5 * ax);
  const t = h * w;
  return t * w;
}

export function ddCosh(x: number): number {
  if (!Number.isFinite(x)) return Math.cosh(x);
  const ax = Math.abs(x);
  if (ax < 0.34657359027997264) {
    if (ax < 2 ** -55) return 1;
    const t = Math.expm1(ax);
    const w = 1 + t;
    return 1 + (t * t) / (w + w);
  }
  if (ax < 22) {
    const t = ddExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ax < 709.782712893384) return 0.5 * ddExp(ax);
  const w = ddExp(0.5 * ax);
  const t = 0.5 * w;
  return t * w;
}

export const ddTanh = Math.tanh;
export const ddExpm1 = Math.expm1;

// ---------------------------------------------------------------- logarithms

export function ddLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log(x);
  return round(logDD(x));
}

export function ddLog2(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log2(x);
  return round(mul(logDD(x), INV_LN2));
}

export function ddLog10(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Math.log10(x);
  // e_log10.c: x = 2**k·m; log10 = y·log10(2)lo + log(m')/ln10 + y·log10(2)hi with m' in [1,2) or [0.5,1)
  let k = 0;
  let v = x;
  if (v < 2.2250738585072014e-308) {
    k -= 54;
    v *= 18014398509481984;
  }
  const e = Math.floor(Math.log2(v));
  let ex = e;
  if (Math.pow(2, ex) > v) ex -= 1;
  else if (Math.pow(2, ex + 1) <= v) ex += 1;
  k += ex;
  const i = k < 0 ? 1 : 0;
  const m = v / Math.pow(2, ex) / (i ? 2 : 1); // exact: scaling by powers of two
  const y = k + i;
  const z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-1 * ddLog(m);
  return z + y * 3.01029995663611771306e-1;
}

export const ddLog1p = Math.log1p;

// ---------------------------------------------------------------- trigonometry

const PIO2: number[] = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33, 5.562271104316826e-50];
const TWO_OVER_PI = 0.6366197723675814;

// π/2·2**BIG_BITS as a bigint (Machin's formula), for exact reduction of huge arguments.
const BIG_BITS = 1400;
let pio2Big: bigint | null = null;
function arctanInv(x: bigint, one: bigint): bigint {
  const x2 = x * x;
  let t = one / x;
  let s = t;
  let n = 3n;
  let sign = -1n;
  while (t !== 0n) {
    t /= x2;
    s += (sign * t) / n;
    sign = -sign;
    n += 2n;
  }
  return s;
}
function bigPio2(): bigint {
  if (pio2Big === null) {
    const guard = 32n;
    const one = 1n << BigInt(BIG_BITS + 1 + 32);
    const pi = 16n * arctanInv(5n, one) - 4n * arctanInv(239n, one);
    pio2Big = pi >> (guard + 2n); // (π·2**(BITS+1)) / 2**2 … = π/2·2**BITS
  }
  return pio2Big;
}

/** A bigint value v·2**-BIG_BITS as a double-double. */
function bigToDD(v: bigint): DD {
  const negv = v < 0n;
  const a = negv ? -v : v;
  const hi = scaledToDouble(a, -BIG_BITS);
  const d = decompose(hi);
  const hiBig = d.e + BIG_BITS >= 0 ? d.m << BigInt(d.e + BIG_BITS) : d.m >> BigInt(-(d.e + BIG_BITS));
  const rest = a - hiBig;
  const lo = rest >= 0n ? scaledToDouble(rest, -BIG_BITS) : -scaledToDouble(-rest, -BIG_BITS);
  return negv ? [-hi, -lo] : [hi, lo];
}

/** x = r + q·π/2 with |r| ≤ ~π/4; q taken mod 4. */
function reduce(x: number): { r: DD; q: number } {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) return { r: [x, 0], q: 0 };
  if (ax < 2 ** 20) {
    const k = Math.round(x * TWO_OVER_PI);
    let r: DD = [x, 0];
    for (const p of PIO2) r = sub(r, twoProd(k, p));
    return { r, q: ((k % 4) + 4) % 4 };
  }
  const d = decompose(x);
  const X = d.m << BigInt(d.e + BIG_BITS);
  const P = bigPio2();
  let k = X / P;
  let R = X - k * P;
  if (2n * R > P) {
    R -= P;
    k += 1n;
  }
  let q = Number(k % 4n);
  if (d.neg) {
    R = -R;
    q = (4 - q) % 4;
  }
  return { r: bigToDD(R), q };
}

const SIN_C: DD[] = [];
const COS_C: DD[] = [];
for (let i = 0; i <= 14; i++) {
  const sgn = i % 2 === 0 ? 1 : -1;
  SIN_C.push(mulD(INV_FACT[2 * i + 1]!, sgn));
  COS_C.push(mulD(INV_FACT[2 * i]!, sgn));
}

/** sin and cos of a reduced argument |r| ≤ ~π/4. */
function sincosReduced(r: DD): { s: DD; c: DD } {
  const r2 = mul(r, r);
  let s = SIN_C[14]!;
  let c = COS_C[14]!;
  for (let i = 13; i >= 0; i--) {
    s = add(SIN_C[i]!, mul(r2, s));
    c = add(COS_C[i]!, mul(r2, c));
  }
  return { s: mul(r, s), c };
}

/** sin(x) and cos(x) of a finite double, as double-doubles. */
function sincosDD(x: number): { s: DD; c: DD } {
  const { r, q } = reduce(x);
  const { s, c } = sincosReduced(r);
  switch (q) {
    case 0: return { s, c };
    case 1: return { s: c, c: neg(s) };
    case 2: return { s: neg(s), c: neg(c) };
    default: return { s: neg(c), c: s };
  }
}

export function ddSin(x: number): number {
  if (!Number.isFinite(x) || x === 0) return Math.sin(x);
  if (Math.abs(x) < 2 ** -26) return x;
  return round(sincosDD(x).s);
}

export function ddCos(x: number): number {
  if (!Number.isFinite(x)) return Math.cos(x);
  if (Math.abs(x) < 2 ** -27) return 1;
  return round(sincosDD(x).c);
}

export function ddTan(x: number): number {
  if (!Number.isFinite(x) || x === 0) return Math.tan(x);
  if (Math.abs(x) < 2 ** -27) return x;
  const { s, c } = sincosDD(x);
  return round(div(s, c));
}

export function ddAtan(x: number): number {
  if (!Number.isFinite(x) || x === 0) return Math.atan(x);
  if (Math.abs(x) < 2 ** -27) return x;
  if (Math.abs(x) > 2 ** 54) return Math.atan(x);
  const y0 = Math.atan(x);
  const { s, c } = sincosDD(y0);
  // Newton on tan(y) = x: y0 + (x·cos y0 − sin y0)·cos y0
  return round(add([y0, 0], mul(sub(mulD(c, x), s), c)));
}

export function ddAtan2(y: number, x: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || x === 0 || y === 0) return Math.atan2(y, x);
  // scale both by the same power of two (exact) so the products below stay in range
  const e = decompose(Math.max(Math.abs(x), Math.abs(y)));
  const bits = e.m.toString(2).length + e.e;
  const h1 = Math.pow(2, Math.trunc(-bits / 2));
  const h2 = Math.pow(2, -bits - Math.trunc(-bits / 2));
  const xs = x * h1 * h2;
  const ys = y * h1 * h2;
  if (Math.min(Math.abs(xs), Math.abs(ys)) < 2 ** -1000) return Math.atan2(y, x);
  const t0 = Math.atan2(y, x);
  const { s, c } = sincosDD(t0);
  const num = sub(mulD(c, ys), mulD(s, xs));
  const den = add(mulD(c, xs), mulD(s, ys));
  return round(add([t0, 0], div(num, den)));
}

export function ddAsin(x: number): number {
  if (!(Math.abs(x) < 1) || x === 0) return Math.asin(x);
  if (Math.abs(x) < 2 ** -26) return x;
  const y0 = Math.asin(x);
  const { s, c } = sincosDD(y0);
  return round(add([y0, 0], div(sub([x, 0], s), c)));
}

export function ddAcos(x: number): number {
  if (!(Math.abs(x) < 1)) return Math.acos(x);
  const y0 = Math.acos(x);
  const { s } = sincosDD(y0);
  // cos y0 − x = (1 − x) − 2·sin²(y0/2), accurate also near x = 1
  const h = sincosDD(y0 / 2).s;
  const resid = sub(twoSum(1, -x), mulD(mul(h, h), 2));
  return round(add([y0, 0], div(resid, s)));
}

export function ddAsinh(x: number): number {
  if (!Number.isFinite(x) || x === 0) return Math.asinh(x);
  const ax = Math.abs(x);
  if (ax < 2 ** -28) return x;
  let w: number;
  if (ax > 2 ** 28) w = ddLog(ax) + LN2[0];
  else if (ax > 2) w = ddLog(2.0 * ax + 1 / (Math.sqrt(x * x + 1) + ax));
  else {
    const t = x * x;
    w = Math.log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

export function ddAcosh(x: number): number {
  if (!(x > 1) || !Number.isFinite(x)) return Math.acosh(x);
  if (x >= 2 ** 28) return ddLog(x) + LN2[0];
  if (x > 2) {
    const t = x * x;
    return ddLog(2.0 * x - 1 / (x + Math.sqrt(t - 1)));
  }
  const t = x - 1;
  return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
}

export function ddAtanh(x: number): number {
  if (!(Math.abs(x) < 1) || x === 0) return Math.atanh(x);
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * Math.log1p(t + (t * xa) / (1.0 - xa));
  } else t = 0.5 * Math.log1p((xa + xa) / (1.0 - xa));
  return x < 0 ? -t : t;
}
