/**
 * How big a block CPython 3.12's long arithmetic (Objects/longobject.c) allocates for a result.
 * Results keep the block they were built in — long_normalize trims the digit count, never the
 * block — so tracemalloc sees these sizes, not 24 + 4·(digits of the value). Operands with at
 * most one 30-bit digit ("compact") take medium-value fast paths instead (a 32-byte
 * PyLongObject, or _PyLong_FromLarge's exact size: newInt). Sizes are in digits, for
 * int.ts newIntDigits.
 */
import { IntValue, ndigits, toBig } from './int';

const DIGIT_BASE = 1073741824; // 2**30

/** Both operands are "compact" (at most one 30-bit digit): 3.12's medium-value fast paths. */
export function bothCompact(x: IntValue, y: IntValue): boolean {
  return typeof x === 'number' && typeof y === 'number' && x < DIGIT_BASE && x > -DIGIT_BASE && y < DIGIT_BASE && y > -DIGIT_BASE;
}

/**
 * Digits long_add / long_sub allocate for x + y (pass −y for x − y) when not both compact:
 * operands of the same sign go to x_add, which allocates size_a + 1 digits; opposite signs to
 * x_sub, which allocates the larger operand's size, or for equal sizes only the digits up to
 * the highest one where the magnitudes differ (0 when equal: the result is the small int 0).
 */
export function addAllocDigits(x: IntValue, y: IntValue): number {
  const na = ndigits(x);
  const nb = ndigits(y);
  const negX = x < 0;
  const negY = y < 0;
  if (negX === negY) return Math.max(na, nb) + 1;
  if (na !== nb) return Math.max(na, nb);
  if (typeof x === 'number' && typeof y === 'number') {
    let a = Math.abs(x);
    let b = Math.abs(y);
    // at most two digits here (|v| < 2**53)
    if (na === 2 && Math.floor(a / DIGIT_BASE) !== Math.floor(b / DIGIT_BASE)) return 2;
    a %= DIGIT_BASE;
    b %= DIGIT_BASE;
    return a !== b ? 1 : 0;
  }
  const a = toBig(x);
  const b = toBig(y);
  return ndigits((a < 0n ? -a : a) ^ (b < 0n ? -b : b));
}

/** Digits x_mul / k_mul allocate for x * y when not both compact: size_a + size_b. */
export function mulAllocDigits(x: IntValue, y: IntValue): number {
  return ndigits(x) + ndigits(y);
}

/**
 * Digits long_lshift1 / long_rshift1 allocate (−1: the compact medium-value path, or an exact
 * size): x << n takes ndigits(x) + n/30 (+1 when n % 30) digits unless x is compact and n < 30;
 * a non-compact x >> n takes ndigits(x) − n/30 (long_rshift1).
 */
export function shiftAllocDigits(x: IntValue, n: IntValue, left: boolean): number {
  if (n < 0) return -1;
  const compact = typeof x === 'number' && x < 1073741824 && x > -1073741824;
  const wordshift = Number(n) >= 2 ** 40 ? 2 ** 40 : Math.floor(Number(n) / 30);
  if (left) return compact && wordshift === 0 ? -1 : ndigits(x) + wordshift + (Number(n) % 30 !== 0 ? 1 : 0);
  if (compact) return -1;
  // a negative x keeps 0 < remshift <= 30: a whole-digit shift moves one digit less
  const ws = x < 0 && Number(n) % 30 === 0 ? wordshift - 1 : wordshift;
  return Math.max(ndigits(x) - ws, 0);
}


/** The digit at position i (0 = least significant) of |v|. */
function digitAt(v: IntValue, i: number): number {
  if (typeof v === 'number') return Math.floor(Math.abs(v) / 2 ** (30 * i)) % DIGIT_BASE;
  const a = v < 0n ? -v : v;
  return Number((a >> BigInt(30 * i)) & 0x3fffffffn);
}

/** What long_divrem / long_rem build for truncated division (-1: the medium-value path). */
export interface DivAlloc {
  /** digits of the quotient's block (0: the small int 0) */
  q: number;
  /** digits of the remainder's block; 'a': the dividend itself (long_long) */
  r: number | 'a';
}

/**
 * Blocks long_divrem allocates for a / b (b ≠ 0), or null when both have exactly one digit
 * (fast_floor_div / fast_mod: PyLong_FromLong). |a| < |b| (by digit count, then top digit):
 * quotient 0 and the dividend itself as remainder. A one-digit divisor: divrem1's quotient of
 * ndigits(a) digits and a PyLong_FromLong remainder. Otherwise x_divrem: the remainder in a block
 * of ndigits(b) digits, the quotient in k = size_v − size_w digits, where size_v grows by one
 * when |a|, shifted so that |b|'s top digit is normalised, carries into a new digit or has a top
 * digit not below |b|'s.
 */
export function divAllocDigits(a: IntValue, b: IntValue): DivAlloc | null {
  const na = ndigits(a);
  const nb = ndigits(b);
  if (na === 1 && nb === 1) return null;
  if (na < nb || (na === nb && digitAt(a, na - 1) < digitAt(b, nb - 1))) return { q: 0, r: 'a' };
  if (nb === 1) return { q: na, r: -1 };
  const top = digitAt(b, nb - 1);
  const d = 30 - (32 - Math.clz32(top));
  const av = toBig(a);
  const bv = toBig(b);
  const V = (av < 0n ? -av : av) << BigInt(d);
  const W = (bv < 0n ? -bv : bv) << BigInt(d);
  let sizeV = na;
  if (ndigits(V) > na || digitAt(V, na - 1) >= digitAt(W, nb - 1)) sizeV++;
  return { q: sizeV - nb, r: nb };
}
