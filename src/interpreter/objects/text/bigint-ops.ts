/**
 * Python int semantics on JS bigints (CPython 3.12 Objects/longobject.c).
 *
 * Model: a Python int is a bigint. JS bigint `/` and `%` truncate toward zero;
 * Python floors, so results are adjusted (`intFloorDiv(-7n, 2n) === -4n`,
 * `intMod(-7n, 2n) === 1n`: the remainder takes the divisor's sign).
 * Conversions to float are correctly rounded, half-to-even, for any size
 * (`intToFloat`, `intTrueDiv` = long_true_divide, never going through a lossy
 * intermediate double: `10**400 / 10**399 == 10.0`). `intPow` covers the
 * three-argument form including negative exponents via modular inverse, and
 * returns a float for a negative exponent without modulus, as CPython does.
 * Results that could not be allocated (beyond V8's bigint limit) raise
 * MemoryError, where CPython would also run out of memory.
 */

import { FormatError, overflowError, valueError, zeroDivisionError } from './errors';
import { bitLength, ratioToDouble } from './float-bits';
import { floatPow } from './float-ops';
import { pow10 } from './dtoa';

/** Beyond this many bits we refuse to build a bigint (V8's limit is 2**30). */
const MAX_BITS = 2 ** 30 - 64;

const memoryError = (): FormatError => new FormatError('MemoryError', '');

/** PyLong_AsDouble: correctly rounded; OverflowError when out of range. */
export function intToFloat(v: bigint): number {
  const x = Number(v);
  if (x === Infinity || x === -Infinity) throw overflowError('int too large to convert to float');
  return x;
}

/** `a // b` */
export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDivisionError('integer division or modulo by zero');
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** `a % b` */
export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw zeroDivisionError('integer modulo by zero');
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** `divmod(a, b)` */
export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw zeroDivisionError('integer division or modulo by zero');
  let q = a / b;
  let r = a - q * b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    q -= 1n;
    r += b;
  }
  return [q, r];
}

/** `a / b` for ints: correctly rounded float (long_true_divide). */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw zeroDivisionError('division by zero');
  const x = ratioToDouble(a, b);
  if (x === Infinity || x === -Infinity) throw overflowError('integer division result too large for a float');
  return x;
}

/** Modular inverse of a modulo m (m > 1), or throws like long_invmod. */
function invmod(a: bigint, m: bigint): bigint {
  let r0 = ((a % m) + m) % m;
  let r1 = m;
  let s0 = 1n;
  let s1 = 0n;
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw valueError('base is not invertible for the given modulus');
  const inv = s0 % m;
  return inv < 0n ? inv + m : inv;
}

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n % m;
  base %= m;
  if (base < 0n) base += m;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % m;
    exp >>= 1n;
    if (exp > 0n) base = (base * base) % m;
  }
  return result;
}

/**
 * `pow(a, b)` / `pow(a, b, mod)` / `a ** b` for ints. Returns a float (number)
 * for a negative exponent without modulus, as CPython does.
 */
export function intPow(a: bigint, b: bigint, mod?: bigint | null): bigint | number {
  if (mod !== undefined && mod !== null) {
    if (mod === 0n) throw valueError('pow() 3rd argument cannot be 0');
    const negativeOutput = mod < 0n;
    const c = negativeOutput ? -mod : mod;
    if (c === 1n) return 0n;
    let base = a;
    let e = b;
    if (e < 0n) {
      e = -e;
      base = invmod(a, c);
    }
    let z = modPow(base, e, c);
    if (negativeOutput && z !== 0n) z -= c;
    return z;
  }
  if (b < 0n) {
    // Delegates to float pow (int operands converted to float first).
    const r = floatPow(intToFloat(a), intToFloat(b));
    return r as number; // a real base with an integral exponent is never complex
  }
  if (a === 0n || a === 1n) return b === 0n ? 1n : a;
  if (a === -1n) return b & 1n ? -1n : 1n;
  if (b === 0n) return 1n;
  const abits = bitLength(a);
  if (b > BigInt(MAX_BITS) || (abits - 1) * Number(b) > MAX_BITS) throw memoryError();
  return a ** b;
}

/** `a << n` */
export function intLshift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw valueError('negative shift count');
  if (a === 0n) return 0n;
  if (n > BigInt(MAX_BITS) || bitLength(a) + Number(n) > MAX_BITS) throw memoryError();
  return a << n;
}

/** `a >> n` */
export function intRshift(a: bigint, n: bigint): bigint {
  if (n < 0n) throw valueError('negative shift count');
  if (n >= BigInt(bitLength(a))) return a < 0n ? -1n : 0n;
  return a >> n;
}

/** `int.bit_length()` */
export function intBitLength(v: bigint): number {
  return bitLength(v);
}

/** `int.bit_count()` */
export function intBitCount(v: bigint): number {
  if (v < 0n) v = -v;
  let n = 0;
  const s = v.toString(16);
  for (let i = 0; i < s.length; i++) {
    const d = parseInt(s[i]!, 16);
    n += (d & 1) + ((d >> 1) & 1) + ((d >> 2) & 1) + ((d >> 3) & 1);
  }
  return n;
}

function checkByteorder(byteorder: string): boolean {
  if (byteorder === 'little') return true;
  if (byteorder === 'big') return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

/** `int.to_bytes(length, byteorder, *, signed=False)` */
export function intToBytes(v: bigint, length: number | bigint, byteorder: 'little' | 'big' | string = 'big', signed = false): Uint8Array {
  const little = checkByteorder(byteorder);
  const len = typeof length === 'bigint' ? length : BigInt(length);
  if (len < 0n) throw valueError('length argument must be non-negative');
  if (!signed && v < 0n) throw overflowError("can't convert negative int to unsigned");
  const bits = len * 8n;
  if (signed) {
    if (len === 0n) {
      if (v !== 0n) throw overflowError('int too big to convert');
    } else {
      const lim = 1n << (bits - 1n);
      if (v >= lim || v < -lim) throw overflowError('int too big to convert');
    }
  } else if (bitLength(v) > Number(bits)) throw overflowError('int too big to convert');
  const n = Number(len);
  const out = new Uint8Array(n);
  let u = v < 0n ? (1n << bits) + v : v;
  for (let i = 0; i < n; i++) {
    out[little ? i : n - 1 - i] = Number(u & 0xffn);
    u >>= 8n;
  }
  return out;
}

/** `int.from_bytes(bytes, byteorder, *, signed=False)` */
export function intFromBytes(bytes: ArrayLike<number>, byteorder: 'little' | 'big' | string = 'big', signed = false): bigint {
  const little = checkByteorder(byteorder);
  const n = bytes.length;
  if (n === 0) return 0n;
  let hex = '';
  for (let i = 0; i < n; i++) {
    const b = bytes[little ? n - 1 - i : i]!;
    hex += (b < 16 ? '0' : '') + b.toString(16);
  }
  let v = BigInt('0x' + hex);
  if (signed && bytes[little ? n - 1 : 0]! >= 0x80) v -= 1n << BigInt(8 * n);
  return v;
}

/** `round(v, ndigits)` for an int: half-to-even to a multiple of 10**-ndigits. */
export function intRound(v: bigint, ndigits: bigint | number): bigint {
  const nd = typeof ndigits === 'bigint' ? ndigits : BigInt(ndigits);
  if (nd >= 0n) return v;
  const a = v < 0n ? -v : v;
  // 10**k > 2*|v| implies the result is 0 (ties included: 0 is even).
  const k = -nd;
  if (k > BigInt(a.toString().length + 1)) return 0n;
  const p = pow10(Number(k));
  let q = a / p;
  const r2 = (a - q * p) * 2n;
  if (r2 > p || (r2 === p && (q & 1n) === 1n)) q += 1n;
  const res = q * p;
  return v < 0n ? -res : res;
}

/** `abs(v)` */
export function intAbs(v: bigint): bigint {
  return v < 0n ? -v : v;
}
