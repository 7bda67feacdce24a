/**
 * The simulated Linux x86-64 process address space under the heap: the two ways a process gets
 * memory from the kernel, which both CPython's obmalloc (arenas, via `mmap`) and glibc malloc
 * (the `brk` heap, and `mmap` for big chunks) use.
 *
 *     0x55d4c9a1e000  [heap]    brk region: starts right after the program's data, grows up
 *          ...
 *     0x7f46cfdc7000  ─┐        mmap region: anonymous mappings are placed top-down, each new
 *                      │        one at the highest free gap (below mmap_base) that fits, as
 *                      │        Linux's vm_unmapped_area() does for a top-down layout
 *                      ▼
 *
 * Real numbers from CPython 3.12.1 on this machine (`/proc/self/maps`):
 *     5589e57ab000-5589e57ac000 r--p ... /root/.pyenv/versions/3.12.1/bin/python3.12
 *     558a04f93000-558a05059000 rw-p ... [heap]
 *     7f6ef1303000-7f6ef15c7000 rw-p ...                (arenas and big malloc chunks)
 *     7f6ef15c7000-7f6ef161e000 r--p ... /usr/lib/locale/C.utf8/LC_CTYPE
 *     7f6ef161e000-...          r--p ... libc.so.6
 *     7f6ef1800000-...          r--p ... libpython3.12.so.1.0
 * The default `mmapTop` keeps the same distance (0x239000) below the simulated libpython base
 * 0x7f46d0000000, whose data segment objects/alloc.ts uses for static objects (0x7f46d0540000).
 * mmap only guarantees page (4 KiB) alignment, so arenas are generally *not* 16 KiB aligned
 * (see new_arena() in obmalloc.ts).
 *
 * The kernel also enforces the simulation's memory ceiling: all mapped bytes (brk extent plus
 * mmaps) may not exceed `limit`; a request beyond it fails the way mmap()/brk() fail (ENOMEM),
 * and the allocators above turn that into NULL — as does growth the host's own heap has no room
 * for (host-memory.ts). Nothing here allocates JS memory proportional to
 * the simulated sizes: a mapping is a pair of numbers.
 */

import { HOST_CHECK_STEP, hostHeapFull } from './host-memory';

export const PAGE_SIZE = 4096;

export const DEFAULT_MMAP_TOP = 0x7f46cfdc7000;
export const DEFAULT_BRK_START = 0x55d4c9a1e000;
/** Default ceiling on simulated memory: a 16 GiB desktop would refuse beyond that. */
export const DEFAULT_MEMORY_LIMIT = 16 * 1024 ** 3;

export function pageAlignUp(n: number): number {
  // Sizes may exceed 2^32: no bitwise arithmetic.
  const r = n % PAGE_SIZE;
  return r === 0 ? n : n + (PAGE_SIZE - r);
}

export interface KernelOptions {
  /** mmap_base: the first anonymous mapping ends here (exclusive). Page aligned. */
  mmapTop?: number;
  /** Start of the brk heap. Page aligned. */
  brkStart?: number;
  /** Ceiling on mapped bytes (brk + mmap). */
  memoryLimit?: number;
}

export class Kernel {
  readonly mmapTop: number;
  readonly brkStart: number;
  /** Current program break. */
  brk: number;
  /** Ceiling on `mappedBytes`. */
  limit: number;
  /** Bytes currently mapped: brk extent plus every live mmap. */
  mappedBytes = 0;
  /** Peak of `mappedBytes`. */
  peakMappedBytes = 0;
  /** Lowest address handed out in the mmap region (everything in [mmapLow, mmapTop) is either
   *  mapped or in `holes`). */
  mmapLow: number;
  /** Unmapped gaps in [mmapLow, mmapTop), as [start, end) pairs sorted by address, descending. */
  private holes: number[] = [];
  /** Number of live mmaps (for statistics). */
  mmapCount = 0;

  constructor(opts: KernelOptions = {}) {
    this.mmapTop = opts.mmapTop ?? DEFAULT_MMAP_TOP;
    this.brkStart = opts.brkStart ?? DEFAULT_BRK_START;
    if (this.mmapTop % PAGE_SIZE !== 0 || this.brkStart % PAGE_SIZE !== 0) {
      throw new RangeError('mmapTop and brkStart must be page aligned');
    }
    this.brk = this.brkStart;
    this.mmapLow = this.mmapTop;
    this.limit = opts.memoryLimit ?? DEFAULT_MEMORY_LIMIT;
  }

  /** mappedBytes at which the host's heap is checked next (host-memory.ts). */
  private nextHostCheck = HOST_CHECK_STEP;

  private charge(bytes: number): boolean {
    if (this.mappedBytes + bytes > this.limit) return false;
    if (this.mappedBytes + bytes >= this.nextHostCheck) {
      if (hostHeapFull()) return false;
      this.nextHostCheck = this.mappedBytes + bytes + HOST_CHECK_STEP;
    }
    this.mappedBytes += bytes;
    if (this.mappedBytes > this.peakMappedBytes) this.peakMappedBytes = this.mappedBytes;
    return true;
  }

  /**
   * mmap(NULL, len, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0).
   * Returns the address, or 0 for MAP_FAILED (ENOMEM: over the ceiling).
   */
  mmap(len: number): number {
    if (!(len > 0)) return 0;
    len = pageAlignUp(len);
    if (!this.charge(len)) return 0;
    this.mmapCount++;
    return this.placeTopDown(len);
  }

  /** Highest gap that fits (holes are sorted descending), else extend the region downwards. */
  private placeTopDown(len: number): number {
    const h = this.holes;
    for (let i = 0; i < h.length; i += 2) {
      const start = h[i]!;
      const end = h[i + 1]!;
      if (end - start >= len) {
        const addr = end - len;
        if (addr === start) h.splice(i, 2);
        else h[i + 1] = addr;
        return addr;
      }
    }
    this.mmapLow -= len;
    return this.mmapLow;
  }

  /** munmap(addr, len): the range becomes a gap, merged with neighbouring gaps. */
  munmap(addr: number, len: number): void {
    len = pageAlignUp(len);
    this.mappedBytes -= len;
    this.mmapCount--;
    this.addHole(addr, addr + len);
  }

  private addHole(start: number, end: number): void {
    const h = this.holes;
    // Find insertion point (descending by start).
    let i = 0;
    while (i < h.length && h[i]! > start) i += 2;
    h.splice(i, 0, start, end);
    // Merge with the higher neighbour (at i-2) and the lower one (at i+2).
    if (i >= 2 && h[i - 2]! === end) {
      h[i + 1] = h[i - 1]!;
      h.splice(i - 2, 2);
      i -= 2;
    }
    if (i + 2 < h.length && h[i + 3]! === start) {
      h[i] = h[i + 2]!;
      h.splice(i + 2, 2);
    }
    // A gap at the bottom of the region gives the space back: raise the low-water mark.
    const last = h.length - 2;
    if (last >= 0 && h[last]! === this.mmapLow) {
      this.mmapLow = h[last + 1]!;
      h.length = last;
    }
  }

  private takeRange(start: number, end: number): void {
    const h = this.holes;
    for (let i = 0; i < h.length; i += 2) {
      const hs = h[i]!;
      const he = h[i + 1]!;
      if (hs <= start && end <= he) {
        const parts: number[] = [];
        if (end < he) parts.push(end, he);
        if (hs < start) parts.push(hs, start);
        h.splice(i, 2, ...parts);
        return;
      }
    }
  }

  /**
   * mremap(addr, oldLen, newLen, MREMAP_MAYMOVE): shrink in place; grow in place when the pages
   * above the mapping are free; otherwise move to a new top-down location.
   * Returns the (possibly new) address, or 0 on failure.
   */
  mremap(addr: number, oldLen: number, newLen: number): number {
    oldLen = pageAlignUp(oldLen);
    newLen = pageAlignUp(newLen);
    if (newLen === oldLen) return addr;
    if (newLen < oldLen) {
      this.mappedBytes -= oldLen - newLen;
      this.addHole(addr + newLen, addr + oldLen);
      return addr;
    }
    const extra = newLen - oldLen;
    if (this.mappedBytes + extra > this.limit) return 0;
    const tailStart = addr + oldLen;
    const tailEnd = addr + newLen;
    if (tailEnd <= this.mmapTop && this.isFreeAbove(tailStart, tailEnd)) {
      if (!this.charge(extra)) return 0;
      this.takeRange(tailStart, tailEnd);
      return addr;
    }
    // Move: find room for the whole new size while the old mapping still exists, then drop it.
    if (!this.charge(newLen)) return 0;
    const naddr = this.placeTopDown(newLen);
    this.mappedBytes -= oldLen;
    this.addHole(addr, addr + oldLen);
    return naddr;
  }

  private isFreeAbove(start: number, end: number): boolean {
    const h = this.holes;
    for (let i = 0; i < h.length; i += 2) {
      if (h[i]! <= start && end <= h[i + 1]!) return true;
    }
    return false;
  }

  /**
   * sbrk(increment): move the program break. Returns the old break, or 0 on failure
   * (over the ceiling). A negative increment releases memory (glibc's systrim).
   */
  sbrk(increment: number): number {
    const old = this.brk;
    if (increment > 0) {
      if (!this.charge(increment)) return 0;
    } else {
      this.mappedBytes += increment;
    }
    this.brk += increment;
    return old;
  }

  /** The unmapped gaps in the mmap region, for inspection: [start, end) pairs, descending. */
  gaps(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    for (let i = 0; i < this.holes.length; i += 2) out.push([this.holes[i]!, this.holes[i + 1]!]);
    return out;
  }
}

/** Page alignment test helper (addresses fit in 2^53, so no bitwise arithmetic). */
export function isPageAligned(addr: number): boolean {
  return addr % PAGE_SIZE === 0;
}
