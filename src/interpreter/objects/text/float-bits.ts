/**
 * Exact access to IEEE-754 binary64 values, and correctly rounded construction.
 *
 * Model: a finite double is exactly `m * 2**e` with `m` a non-negative bigint
 * (at most 53 bits). `decompose` gives that pair; `scaledToDouble(q, e, sticky)`
 * goes the other way for arbitrary big `q`, rounding half-to-even exactly like
 * the hardware would (including subnormals and overflow to ±Infinity). `sticky`
 * says the true value is strictly greater than `q * 2**e` (but below
 * `(q + 1) * 2**e`), which lets callers round exact rationals.
 */

const view = new DataView(new ArrayBuffer(8));

export interface Decomposed {
  /** Integer significand, >= 0, trailing zero bits stripped (0 for zero). */
  m: bigint;
  /** Binary exponent: |x| == m * 2**e. */
  e: number;
  /** Sign bit (true for negative numbers, -0.0 and negative NaNs). */
  neg: boolean;
}

/** Exact significand/exponent of a finite double (sign is reported separately). */
export function decompose(x: number): Decomposed {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  let lo = view.getUint32(4);
  const neg = hi >>> 31 === 1;
  const bexp = (hi >>> 20) & 0x7ff;
  let mhi = hi & 0xfffff;
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mhi |= 0x100000;
    e = bexp - 1075;
  }
  if (mhi === 0 && lo === 0) return { m: 0n, e: 0, neg };
  // Strip trailing zero bits with cheap number arithmetic first.
  while (lo !== 0 && (lo & 1) === 0) {
    lo = (lo >>> 1) | ((mhi & 1) << 31);
    lo >>>= 0;
    mhi >>>= 1;
    e++;
  }
  if (lo === 0) {
    // Significand is mhi * 2**32.
    let k = 32;
    while ((mhi & 1) === 0) {
      mhi >>>= 1;
      k++;
    }
    return { m: BigInt(mhi), e: e + k, neg };
  }
  return { m: mhi === 0 ? BigInt(lo) : BigInt(mhi) * 4294967296n + BigInt(lo), e, neg };
}

/** The raw 64 bits of a double, as 16 lower-case hex digits. */
export function doubleToBitsHex(x: number): string {
  view.setFloat64(0, x);
  return view.getUint32(0).toString(16).padStart(8, '0') + view.getUint32(4).toString(16).padStart(8, '0');
}

export function doubleFromBitsHex(h: string): number {
  view.setUint32(0, parseInt(h.slice(0, 8), 16));
  view.setUint32(4, parseInt(h.slice(8, 16), 16));
  return view.getFloat64(0);
}

export function isNegative(x: number): boolean {
  return x < 0 || Object.is(x, -0) || (x !== x && signBitOfNaN(x));
}

function signBitOfNaN(x: number): boolean {
  view.setFloat64(0, x);
  return view.getUint32(0) >>> 31 === 1;
}

/** Number of bits of a non-negative bigint (0 for 0n). */
export function bitLength(v: bigint): number {
  if (v < 0n) v = -v;
  if (v === 0n) return 0;
  if (v < 9007199254740992n) return smallBitLength(Number(v));
  const s = v.toString(16);
  return (s.length - 1) * 4 + smallBitLength(parseInt(s[0]!, 16));
}

function smallBitLength(n: number): number {
  // n is a positive safe integer.
  if (n < 4294967296) return 32 - Math.clz32(n);
  return 32 + (32 - Math.clz32(Math.floor(n / 4294967296)));
}

const POW2 = (k: number): number => {
  // Exact 2**k for -1074 <= k <= 1023.
  if (k >= -1022) return Math.pow(2, k);
  return Math.pow(2, k + 200) * Math.pow(2, -200);
};

/**
 * Correctly rounded (half-to-even) value of `(q + s) * 2**e` where `q >= 0` and
 * `s` is 0 when `sticky` is false, or an unknown amount in (0, 1) when true.
 * Overflows to Infinity like IEEE arithmetic.
 */
export function scaledToDouble(q: bigint, e: number, sticky = false): number {
  // Callers that set `sticky` keep at least two spare bits below the result's
  // least significant bit, so the sticky amount can never be a deciding half.
  if (q === 0n) return 0;
  const L = bitLength(q);
  if (L + e < -1076) return 0; // below half the smallest subnormal
  if (L + e > 1025) return Infinity;
  // Exponent of the result's least significant bit.
  let lsb = L - 53 + e;
  if (lsb < -1074) lsb = -1074;
  const drop = lsb - e;
  let m: bigint;
  if (drop <= 0) return mulPow2(q, e); // exact: q < 2**53
  const bd = BigInt(drop);
  m = q >> bd;
  const rem = q - (m << bd);
  const half = 1n << (bd - 1n);
  if (rem > half || (rem === half && (sticky || (m & 1n) === 1n))) m += 1n;
  return mulPow2(m, lsb);
}

function mulPow2(m: bigint, k: number): number {
  // m <= 2**53 (exact as a double) in all calls from scaledToDouble when k > -1075.
  if (m === 0n) return 0;
  const mn = Number(m);
  if (k > 1023) return Infinity;
  if (k >= -1074) {
    if (k > 971) {
      // Avoid intermediate overflow of 2**k for huge m.
      return mn * POW2(k - 60) * Math.pow(2, 60);
    }
    return mn * POW2(k);
  }
  return 0;
}

/** Correctly rounded (n / d) * 2**exp2 for bigints (d != 0). */
export function ratioToDouble(n: bigint, d: bigint, exp2 = 0): number {
  let neg = false;
  if (n < 0n) {
    n = -n;
    neg = !neg;
  }
  if (d < 0n) {
    d = -d;
    neg = !neg;
  }
  if (n === 0n) return neg ? -0 : 0;
  const shift = 55 - (bitLength(n) - bitLength(d));
  let q: bigint;
  let r: bigint;
  if (shift >= 0) {
    const nn = n << BigInt(shift);
    q = nn / d;
    r = nn - q * d;
  } else {
    const dd = d << BigInt(-shift);
    q = n / dd;
    r = n - q * dd;
  }
  const v = scaledToDouble(q, exp2 - shift, r !== 0n);
  return neg ? -v : v;
}
