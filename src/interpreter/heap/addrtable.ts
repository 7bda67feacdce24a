/**
 * An address → small-integer hash table on typed arrays (open addressing, linear probing,
 * backward-shift deletion), so that the simulated malloc can find a chunk's record without a JS
 * object per chunk and without boxing 48-bit addresses as Map keys. Address 0 (NULL) is the
 * empty-slot marker and can't be a key.
 */
export class AddrTable {
  private keys: Float64Array;
  private vals: Int32Array;
  private mask: number;
  private shift: number;
  size = 0;

  constructor(initialCapacity = 1024) {
    let cap = 16;
    while (cap < initialCapacity) cap <<= 1;
    this.keys = new Float64Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.shift = 32 - Math.log2(cap);
  }

  private slot(a: number): number {
    // Addresses are multiples of 16 below 2^53: mix the two halves of a/16.
    const lo = (a / 16) >>> 0;
    const hi = (a / 68719476736) >>> 0; // a / 2^36
    return Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
  }

  /** The value stored for `a`, or -1. */
  get(a: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let i = this.slot(a);
    for (;;) {
      const k = keys[i]!;
      if (k === a) return this.vals[i]!;
      if (k === 0) return -1;
      i = (i + 1) & mask;
    }
  }

  set(a: number, v: number): void {
    const keys = this.keys;
    const mask = this.mask;
    let i = this.slot(a);
    for (;;) {
      const k = keys[i]!;
      if (k === a) {
        this.vals[i] = v;
        return;
      }
      if (k === 0) {
        keys[i] = a;
        this.vals[i] = v;
        if (++this.size * 2 > mask) this.grow();
        return;
      }
      i = (i + 1) & mask;
    }
  }

  delete(a: number): boolean {
    const keys = this.keys;
    const vals = this.vals;
    const mask = this.mask;
    let i = this.slot(a);
    for (;;) {
      const k = keys[i]!;
      if (k === 0) return false;
      if (k === a) break;
      i = (i + 1) & mask;
    }
    // Backward-shift deletion: move later members of the probe run into the gap.
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      const k = keys[j]!;
      if (k === 0) break;
      const home = this.slot(k);
      // Can the entry at j move to i? Only if its home is not cyclically in (i, j].
      if (i <= j ? home <= i || home > j : home <= i && home > j) {
        keys[i] = k;
        vals[i] = vals[j]!;
        i = j;
      }
    }
    keys[i] = 0;
    this.size--;
    return true;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    const cap = oldKeys.length * 2;
    this.keys = new Float64Array(cap);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
    this.shift--;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i]!;
      if (k !== 0) this.set(k, oldVals[i]!);
    }
  }

  forEach(fn: (addr: number, value: number) => void): void {
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (k !== 0) fn(k, this.vals[i]!);
    }
  }
}
