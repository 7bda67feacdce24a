/**
 * Correctly rounded (in practice) `pow(x, y)` for finite positive x, used where
 * CPython calls the C library's pow (glibc's is correctly rounded except in
 * vanishingly rare cases, while V8's Math.pow is often off by one ulp, e.g.
 * 2 ** -0.5).
 *
 * Model: double-double arithmetic (~106-bit significands, Dekker/Knuth
 * error-free transformations; no FMA needed). x = m * 2**e with m in
 * [sqrt(1/2), sqrt(2)); log(m) = 2 atanh((m-1)/(m+1)) by its odd series;
 * L = y * (log m + e ln 2); exp(L) = 2**k * exp(r) with r reduced by 2**-8, a
 * Taylor series for expm1, and eight exact-form squarings. The double-double
 * result carries ~100 correct bits, so the final rounding to a double (done
 * exactly with bigints, also for subnormal results) is correct unless the true
 * value lies within ~2**-95 relative of a rounding midpoint.
 */

import { decompose, scaledToDouble } from './float-bits';

export type DD = [number, number];

const SPLITTER = 134217729; // 2**27 + 1

export function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

export function quickTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

export function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

export function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  let [hi, lo] = quickTwoSum(s, e + t);
  [hi, lo] = quickTwoSum(hi, lo + f);
  return [hi, lo];
}

export function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

export function mulD(a: DD, b: number): DD {
  const [p, e] = twoProd(a[0], b);
  return quickTwoSum(p, e + a[1] * b);
}

export function div(a: DD, b: DD): DD {
  const q1 = a[0] / b[0];
  let r = add(a, neg(mulD(b, q1)));
  const q2 = r[0] / b[0];
  r = add(r, neg(mulD(b, q2)));
  const q3 = r[0] / b[0];
  return add(quickTwoSum(q1, q2), [q3, 0]);
}

export function neg(a: DD): DD {
  return [-a[0], -a[1]];
}

export const LN2: DD = [0.6931471805599453, 2.3190468138462996e-17];

// 1/(2k+1) for the atanh series, as double-doubles.
const ATANH_TERMS = 24;
const INV_ODD: DD[] = [];
for (let k = 0; k <= ATANH_TERMS; k++) INV_ODD.push(div([1, 0], [2 * k + 1, 0]));
// 1/n! for the expm1 series.
const EXP_TERMS = 12;
const INV_FACT: DD[] = [[1, 0]];
for (let n = 1; n <= EXP_TERMS; n++) INV_FACT.push(div(INV_FACT[n - 1]!, [n, 0]));

/** Natural log of a positive finite double, as a double-double. */
export function logDD(x: number): DD {
  const { m, e } = decompose(x);
  // x = m * 2**e exactly; normalise to mm in [sqrt(1/2), sqrt(2)).
  const bits = m.toString(2).length;
  let ex = e + bits - 1; // x = (m / 2**(bits-1)) * 2**ex, mantissa in [1, 2)
  let mm = Number(m) / Math.pow(2, bits - 1);
  if (mm > Math.SQRT2) {
    mm /= 2;
    ex += 1;
  }
  const num: DD = [mm - 1, 0]; // exact (Sterbenz)
  const den = twoSum(mm, 1);
  const s = div(num, den);
  const s2 = mul(s, s);
  let t: DD = INV_ODD[ATANH_TERMS]!;
  for (let k = ATANH_TERMS - 1; k >= 0; k--) t = add(INV_ODD[k]!, mul(s2, t));
  const logm = mulD(mul(s, t), 2);
  return add(logm, mulD(LN2, ex));
}

/** Convert an exact double-double times 2**k to the nearest double. */
export function roundDD(hi: number, lo: number, k: number): number {
  if (k > -1000 && k < 1000) {
    const [h] = quickTwoSum(hi, lo);
    const r = h * Math.pow(2, k);
    if (Math.abs(r) >= 2.2250738585072014e-308 && Number.isFinite(r)) return r;
  }
  // Exact path for subnormal/overflow boundaries.
  const a = decompose(hi);
  const b = decompose(lo);
  if (b.m === 0n) return scaledToDouble(a.m, a.e + k);
  const emin = Math.min(a.e, b.e);
  const va = a.m << BigInt(a.e - emin);
  const vb = b.m << BigInt(b.e - emin);
  const sum = (a.neg ? -va : va) + (b.neg ? -vb : vb);
  return scaledToDouble(sum, emin + k);
}

/** pow(x, y) for finite x > 0 and finite y (x != 1, y != 0). */
export function powDD(x: number, y: number): number {
  const L = mulD(logDD(x), y);
  if (L[0] > 710) return Infinity;
  if (L[0] < -746) return 0;
  const { res, k } = expScaledDD(L);
  return roundDD(res[0], res[1], k);
}

/** exp(L) as res * 2**k (res a double-double near [0.7, 1.42]) for |L| below ~746. */
export function expScaledDD(L: DD): { res: DD; k: number } {
  const k = Math.round(L[0] / LN2[0]);
  const r = add(L, neg(mulD(LN2, k)));
  // expm1(r / 256) by Taylor series.
  const rr: DD = [r[0] / 256, r[1] / 256];
  let t: DD = INV_FACT[EXP_TERMS]!;
  for (let n = EXP_TERMS - 1; n >= 1; n--) t = add(INV_FACT[n]!, mul(rr, t));
  let a = mul(rr, t);
  // (1 + a)**2 - 1 = 2a + a*a, eight times.
  for (let i = 0; i < 8; i++) a = add(mulD(a, 2), mul(a, a));
  const res = add([1, 0], a);
  return { res, k };
}
