/**
 * The simulated heap as the object model sees it: CPython 3.12's three allocator domains
 * (Objects/obmalloc.c, PEP 445) on top of pymalloc, glibc malloc and the kernel.
 *
 *     domain  C API              3.12 default allocator
 *     'obj'   PyObject_Malloc    pymalloc (≤ 512 bytes), else PyMem_RawMalloc
 *     'mem'   PyMem_Malloc       pymalloc too (since 3.6), else PyMem_RawMalloc
 *     'raw'   PyMem_RawMalloc    malloc() (sysmalloc.ts)
 *
 * Every entry point first applies CPython's size check: a request > PY_SSIZE_T_MAX returns NULL
 * (0); a negative size is a huge size_t in C, so it returns 0 as well. Beyond that, a request
 * fails (0) when the simulated machine's memory ceiling (default 16 GiB of mapped memory) would
 * be exceeded; the caller raises MemoryError (PyErr_NoMemory). No host memory is allocated in
 * proportion to a simulated request: a 10 GB bytearray costs a few numbers.
 *
 * Tracing hooks (for tracemalloc and the heap view) see allocations the way tracemalloc's hooks
 * in Python/tracemalloc.c do: one event per API call in the domain called — PyObject_Malloc
 * of 1000 bytes is one 'obj' allocation even though pymalloc passes it on to malloc (the inner
 * call is "reentrant" and ignored), and arenas (_PyObject_Arena, mmap) are never traced.
 * tracemalloc_realloc() removes the old trace and adds the new one (REMOVE_TRACE only if the
 * block moved; ADD_TRACE on the same address replaces the trace), which is what reporting a
 * successful realloc as onFree(old) + onAlloc(new) amounts to. A failed realloc reports nothing.
 */
import { Kernel, type KernelOptions } from './kernel';
import { SysMalloc, type ChunkInfo, type MallInfo } from './sysmalloc';
import {
  ObMalloc,
  formatDebugMallocStats,
  PY_SSIZE_T_MAX_PLUS_1,
  SMALL_REQUEST_THRESHOLD,
  type ArenaInfo,
  type BlockLocation,
  type MallocStats,
  type PoolInfo,
} from './obmalloc';

export type Domain = 'obj' | 'mem' | 'raw';

export interface AllocListener {
  /** A block of `size` requested bytes was allocated at `addr`. */
  onAlloc(addr: number, size: number, domain: Domain): void;
  /** The block at `addr` (of `size` requested bytes) was freed. */
  onFree(addr: number, size: number, domain: Domain): void;
}

export type HeapOptions = KernelOptions;

/** PY_SSIZE_T_MAX (2^63 - 1). As a double it is 2^63: compare sizes with `>=` PY_SSIZE_T_MAX_PLUS_1. */
export const PY_SSIZE_T_MAX = 2 ** 63 - 1;
export { PY_SSIZE_T_MAX_PLUS_1 };

/**
 * Is a * b > PY_SSIZE_T_MAX, exactly? (C writes it `a > PY_SSIZE_T_MAX / b` with integer
 * division; doubles can't hold 2^63 - 1, so near the boundary this falls back to BigInt.)
 */
export function productExceedsSsizeMax(a: number, b: number): boolean {
  const approx = a * b;
  if (approx < 2 ** 62) return false;
  if (approx > 2 ** 64 || !Number.isInteger(a) || !Number.isInteger(b)) return approx >= 2 ** 63;
  return BigInt(a) * BigInt(b) > 9223372036854775807n;
}

/**
 * Would `count * elsize` exceed PY_SSIZE_T_MAX? The check PyMem_New(type, n) does
 * (`(size_t)(n) > PY_SSIZE_T_MAX / sizeof(type)`), and PyMem_Calloc/PyObject_Calloc.
 */
export function sizeMulOverflows(count: number, elsize: number): boolean {
  return elsize !== 0 && productExceedsSsizeMax(count, elsize);
}

/**
 * list_repeat()'s (and tuple/bytes repeat's) overflow check: `input_size > PY_SSIZE_T_MAX / n`.
 * When it is true CPython raises MemoryError without allocating anything.
 *
 * What `[0] * 10**12` does in CPython 3.12: `10**12` fits a Py_ssize_t, input_size is 1, so the
 * check passes; list_new_prealloc(10**12) calls PyMem_New(PyObject *, 10**12) = PyMem_Malloc(8e12)
 * which fails (here: above the memory ceiling; on Linux: mmap refuses) → PyErr_NoMemory →
 * MemoryError. `[0] * (2**62)` fails in PyMem_New's own overflow check (2^62 * 8 > 2^63-1).
 * `[0] * 10**19` never gets here: the int doesn't fit a Py_ssize_t, so it is OverflowError
 * "cannot fit 'int' into an index-sized integer" (checked in CPython 3.12.1).
 */
export function repeatSizeOverflows(inputSize: number, n: number): boolean {
  return n > 0 && productExceedsSsizeMax(inputSize, n);
}

/** Validate a size argument off the fast path: false → the C call would return NULL. */
function sizeOk(n: number): boolean {
  if (!Number.isInteger(n)) throw new TypeError(`allocator: size must be an integer, got ${n}`);
  return n >= 0 && n < PY_SSIZE_T_MAX_PLUS_1;
}

export class Heap {
  readonly kernel: Kernel;
  readonly sys: SysMalloc;
  readonly obmalloc: ObMalloc;
  private listener: AllocListener | null = null;

  constructor(opts: HeapOptions = {}) {
    this.kernel = new Kernel(opts);
    this.sys = new SysMalloc(this.kernel);
    const kernel = this.kernel;
    this.obmalloc = new ObMalloc(
      {
        // _PyObject_ArenaMmap / _PyObject_ArenaMunmap
        alloc: (size) => kernel.mmap(size),
        free: (addr, size) => kernel.munmap(addr, size),
      },
      this.sys,
    );
  }

  /** Install (or remove, with null) the tracing listener. */
  setListener(listener: AllocListener | null): void {
    this.listener = listener;
  }

  /** Ceiling on simulated memory (bytes mapped from the simulated kernel). */
  get memoryLimit(): number {
    return this.kernel.limit;
  }
  set memoryLimit(bytes: number) {
    this.kernel.limit = bytes;
  }

  /** Bytes currently obtained from the simulated kernel (arenas, brk heap, big mmaps). */
  get mappedBytes(): number {
    return this.kernel.mappedBytes;
  }

  // ------------------------------------------------------------------ allocation API

  /** Would a request of `nbytes` fit under the memory ceiling (no allocation is made)? */
  canAllocate(nbytes: number): boolean {
    return nbytes >= 0 && nbytes < PY_SSIZE_T_MAX_PLUS_1 && this.kernel.mappedBytes + nbytes <= this.kernel.limit;
  }

  /** PyObject_Malloc / PyMem_Malloc / PyMem_RawMalloc. Returns the address or 0 (NULL). */
  malloc(nbytes: number, domain: Domain = 'obj'): number {
    if (nbytes >>> 0 !== nbytes && !sizeOk(nbytes)) return 0;
    const p = domain === 'raw' ? this.obmalloc.PyMem_RawMalloc(nbytes) : this.obmalloc._PyObject_Malloc(nbytes);
    if (p !== 0 && this.listener !== null) this.listener.onAlloc(p, nbytes, domain);
    return p;
  }

  /** PyObject_Calloc / PyMem_Calloc / PyMem_RawCalloc. */
  calloc(nelem: number, elsize: number, domain: Domain = 'obj'): number {
    if ((nelem >>> 0 !== nelem && !sizeOk(nelem)) || (elsize >>> 0 !== elsize && !sizeOk(elsize))) return 0;
    if (sizeMulOverflows(nelem, elsize)) return 0;
    const p = domain === 'raw' ? this.obmalloc.PyMem_RawCalloc(nelem, elsize) : this.obmalloc._PyObject_Calloc(nelem, elsize);
    if (p !== 0 && this.listener !== null) this.listener.onAlloc(p, nelem * elsize, domain);
    return p;
  }

  /**
   * PyObject_Realloc / PyMem_Realloc / PyMem_RawRealloc. realloc(0, n) is malloc(n). On failure
   * returns 0 and the old block is untouched.
   */
  realloc(addr: number, nbytes: number, domain: Domain = 'obj'): number {
    if (nbytes >>> 0 !== nbytes && !sizeOk(nbytes)) return 0;
    const listener = this.listener;
    const oldSize = listener !== null && addr !== 0 ? this.sizeOf(addr) : 0;
    const p = domain === 'raw' ? this.obmalloc.PyMem_RawRealloc(addr, nbytes) : this.obmalloc._PyObject_Realloc(addr, nbytes);
    if (p !== 0 && listener !== null) {
      if (addr !== 0) listener.onFree(addr, oldSize, domain);
      listener.onAlloc(p, nbytes, domain);
    }
    return p;
  }

  /** PyObject_Free / PyMem_Free / PyMem_RawFree. free(0) does nothing. */
  free(addr: number, domain: Domain = 'obj'): void {
    if (addr === 0) return;
    const listener = this.listener;
    if (listener === null) {
      if (domain === 'raw') this.obmalloc.PyMem_RawFree(addr);
      else this.obmalloc._PyObject_Free(addr);
      return;
    }
    const size = this.sizeOf(addr);
    if (domain === 'raw') this.obmalloc.PyMem_RawFree(addr);
    else this.obmalloc._PyObject_Free(addr);
    listener.onFree(addr, size, domain);
  }

  /** PyMem_New(type, n): n elements of elsize bytes, 0 if n * elsize overflows Py_ssize_t. */
  mallocArray(count: number, elsize: number, domain: Domain = 'mem'): number {
    if (count < 0 || sizeMulOverflows(count, elsize)) return 0;
    return this.malloc(count * elsize, domain);
  }

  // ------------------------------------------------------------------ queries

  /** Requested size of a live allocation (what tracemalloc records), or -1. */
  sizeOf(addr: number): number {
    const s = this.obmalloc.blockRequestedSize(addr);
    if (s >= 0) return s;
    if (this.obmalloc.address_in_range(addr)) return -1;
    return this.sys.requestedSize(addr);
  }

  /** Bytes actually reserved for the allocation: the pymalloc block size, or the chunk's
   *  malloc_usable_size(). 0 if not a live allocation. */
  usableSize(addr: number): number {
    if (this.obmalloc.address_in_range(addr)) return this.obmalloc.blockRequestedSize(addr) >= 0 ? this.obmalloc.blockSize(addr) : 0;
    return this.sys.usableSize(addr);
  }

  /** Is addr a live allocation (of any domain)? */
  isLive(addr: number): boolean {
    return this.sizeOf(addr) >= 0;
  }

  /** Was addr served by pymalloc (inside an arena)? */
  isSmall(addr: number): boolean {
    return this.obmalloc.address_in_range(addr);
  }

  /** Would a request of nbytes be served by pymalloc (in the 'obj'/'mem' domains)? */
  static isSmallRequest(nbytes: number): boolean {
    return nbytes > 0 && nbytes <= SMALL_REQUEST_THRESHOLD;
  }

  // ------------------------------------------------------------------ heap view

  /** Arenas → pools (for the visualiser). */
  arenas(): ArenaInfo[] {
    return this.obmalloc.arenas();
  }

  pool(poolAddress: number): PoolInfo | null {
    return this.obmalloc.pool(poolAddress);
  }

  /** Allocated blocks of one pool, in address order. */
  allocatedBlocks(poolAddress: number): number[] {
    return this.obmalloc.allocatedBlocks(poolAddress);
  }

  forEachAllocatedBlock(poolAddress: number, fn: (addr: number, requested: number) => void): void {
    this.obmalloc.forEachAllocatedBlock(poolAddress, fn);
  }

  /** The pool's freeblock list (next allocation first). */
  freeBlockList(poolAddress: number): number[] {
    return this.obmalloc.freeBlockList(poolAddress);
  }

  locate(addr: number): BlockLocation | null {
    return this.obmalloc.locate(addr);
  }

  usableArenas(): Array<{ address: number; nfreepools: number }> {
    return this.obmalloc.usableArenas();
  }

  usedPools(szidx: number): number[] {
    return this.obmalloc.usedPools(szidx);
  }

  /** glibc's view: brk heap chunks in address order (then top), then mmap'd chunks. */
  systemChunks(): ChunkInfo[] {
    return this.sys.chunks();
  }

  mallinfo(): MallInfo {
    return this.sys.mallinfo();
  }

  // ------------------------------------------------------------------ statistics

  /** The numbers of sys._debugmallocstats(). */
  stats(): MallocStats {
    return this.obmalloc.debugMallocStats();
  }

  /** The pymalloc part of sys._debugmallocstats()'s text, as CPython prints it. */
  formatStats(): string {
    return formatDebugMallocStats(this.obmalloc.debugMallocStats());
  }

  /** Internal consistency check of pymalloc and malloc (for tests): the problems found. */
  checkConsistency(): string[] {
    return [...this.obmalloc.checkConsistency(), ...this.sys.checkConsistency()];
  }

  /** sys.getallocatedblocks(). */
  getAllocatedBlocks(): number {
    return this.obmalloc.getAllocatedBlocks();
  }
}

export function createHeap(opts: HeapOptions = {}): Heap {
  return new Heap(opts);
}

export type { ArenaInfo, BlockLocation, ChunkInfo, MallInfo, MallocStats, PoolInfo };
