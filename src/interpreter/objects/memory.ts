/**
 * The object layer's door to the simulated heap.
 *
 * Every object and every out-of-line buffer (a list's item array, a dict's key table, a
 * bytearray's storage …) is allocated here with the byte size CPython 3.12 would request, so
 * `id()`, pymalloc's arenas/pools and tracemalloc all see CPython's allocation pattern. The
 * runtime plugs in the real allocator (heap/allocator.ts) with `setAllocator`; until then a
 * trivial bump allocator keeps the object layer usable on its own (unit tests).
 *
 * Domains follow CPython: 'obj' = PyObject_Malloc (objects), 'mem' = PyMem_Malloc (buffers),
 * both served by pymalloc for ≤ 512 bytes in 3.12; 'raw' = PyMem_RawMalloc (system malloc).
 */
export type Domain = 'obj' | 'mem' | 'raw';

export interface Allocator {
  /** Returns the address, or 0 when the request cannot be satisfied (→ MemoryError). */
  malloc(nbytes: number, domain: Domain): number;
  realloc(addr: number, nbytes: number, domain: Domain): number;
  free(addr: number, domain: Domain): void;
  /** Could a malloc of `nbytes` succeed now (without allocating)? Absent: always. */
  canAllocate?(nbytes: number): boolean;
}

class BumpAllocator implements Allocator {
  // inside the range addr-codec.ts stores as small integers
  private next = 0x7f4500000000;
  malloc(nbytes: number): number {
    const a = this.next;
    this.next += Math.max(16, (nbytes + 15) & ~15);
    return a;
  }
  realloc(_addr: number, nbytes: number): number {
    return this.malloc(nbytes);
  }
  free(): void {}
}

const staticData = new BumpAllocator();
export let allocator: Allocator = staticData;

export function setAllocator(a: Allocator): void {
  allocator = a;
}

/**
 * Make objects that stay for the life of the process (in CPython: static or made at start-up
 * before any program) outside the program's heap, even when they are first needed while a
 * program runs: later programs reuse them, so the first program's heap must not hold them
 * either (its ids and pymalloc blocks would differ from every later program's).
 */
export function withStaticAllocator<T>(make: () => T): T {
  const saved = allocator;
  allocator = staticData;
  try {
    return make();
  } finally {
    allocator = saved;
  }
}

/** GC bookkeeping hooks, installed by the collector (gc/): allocation counts and tracking. */
export interface GCHooks {
  /** A GC-capable object was allocated (gen-0 count += 1; may schedule a collection). */
  onAlloc(): void;
  /** A GC-capable object's memory was freed (gen-0 count -= 1 if positive). */
  onFree(): void;
}
export let gcHooks: GCHooks = { onAlloc() {}, onFree() {} };
export function setGCHooks(h: GCHooks): void {
  gcHooks = h;
}

/** Size of PyGC_Head on 64-bit builds. */
export const GC_HEAD_SIZE = 16;
/** Pre-header of managed-dict/weakref objects in 3.12 (two pointers). */
export const MANAGED_PREHEADER_SIZE = 16;
