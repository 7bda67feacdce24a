/**
 * Simulated addresses as small integers.
 *
 * A simulated address (0x7f46cfd…, 0x55d4c9a…) is far above 2^31, so a JS object field holding
 * one is stored by V8 as a boxed double: a second heap allocation for every Python object, and
 * GC work for it. Object addresses are 16-byte aligned and lie in two compact regions of the
 * simulated process (heap/kernel.ts): the mmap region (arenas, big chunks) just below the
 * static data of libpython (alloc.ts allocStatic), and the brk heap just above its start. So an
 * address is kept as its distance from one of two anchors in 16-byte units, which fits V8's
 * small-integer range (31 bits with pointer compression, as in browsers):
 *
 *     0                         no address (a freed object)
 *     1 … 2^30-1                HI_ANCHOR - e * 16        (mmap region and static data)
 *     -2^30 … -1                LO_ANCHOR + (-e - 1) * 16 (brk heap)
 *     ≥ 2^30                    the address itself (anything else: exact, only slower)
 *
 * Each region covers 16 GiB, the default ceiling on simulated memory. The encoding is a
 * bijection on addresses, so `id()`, reprs and the heap view see exactly the same numbers.
 */

/** Above the static data area (0x7f46d0540000, growing up) and the mmap top (0x7f46cfdc7000). */
const HI_ANCHOR = 0x7f4700000000;
/** The default start of the brk heap (kernel.ts DEFAULT_BRK_START). */
const LO_ANCHOR = 0x55d4c9a1e000;
const SPAN = 2 ** 30;

export function encodeAddr(a: number): number {
  if ((a & 15) === 0) {
    // (a & 15 works on the low 32 bits of a double: exact for alignment of integers < 2^53)
    const hi = (HI_ANCHOR - a) / 16;
    if (hi > 0 && hi < SPAN) return hi | 0;
    const lo = (a - LO_ANCHOR) / 16;
    if (lo >= 0 && lo < SPAN) return -(lo | 0) - 1;
  }
  if (a === 0) return 0;
  if (a >= SPAN) return a;
  throw new RangeError(`simulated address 0x${a.toString(16)} cannot be encoded`);
}

export function decodeAddr(e: number): number {
  if (e > 0) return e < SPAN ? HI_ANCHOR - e * 16 : e;
  if (e === 0) return 0;
  return LO_ANCHOR + (-e - 1) * 16;
}
