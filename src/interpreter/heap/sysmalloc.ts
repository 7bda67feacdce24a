/**
 * A simulated glibc malloc (ptmalloc2, as in Debian 12's glibc 2.36), the "underlying
 * general-purpose allocator" at layer 0 of CPython's memory picture: PyMem_RawMalloc() calls
 * it, and pymalloc hands it every request > 512 bytes (and 0-byte ones).
 *
 * Only the main arena (a single-threaded process) is modelled, at the level that decides which
 * *addresses* come back — what a learner sees as `id()` of a big object:
 *
 *   chunk:   [prev_size|size] user data ...        user pointer = chunk + 16 (2*SIZE_SZ)
 *            chunk size = request2size(n) = max(32, (n + 8 + 15) & ~15): the next chunk's
 *            prev_size field is usable by the previous chunk, hence "+ 8", not "+ 16".
 *
 *   brk heap (0x55…):  [tcache_perthread_struct 0x290][chunk][chunk]...[top chunk]  → brk
 *   mmap'd chunks (0x7f…010): requests with chunk size >= mmap_threshold (128 KiB, raised
 *            dynamically to the size of a freed mmap'd chunk, up to 32 MiB — glibc's
 *            "dynamic mmap threshold"), page-rounded, the chunk at the start of the mapping.
 *
 * malloc(n):  tcache (exact size, LIFO, 7 per size, chunks ≤ 1040 bytes)
 *             → fastbins (exact size, LIFO, chunks ≤ 128 bytes; refill the tcache from the bin)
 *             → small bin (exact size, oldest first; refill the tcache)
 *             → best fit from the size-ordered bins, splitting off the remainder
 *             → carve from the top chunk → grow the heap with brk (request + 128 KiB top_pad),
 *               or mmap when the size is >= mmap_threshold.
 * free(p):    mmap'd → munmap (and raise the threshold); else tcache if its bin has < 7
 *             entries; else fastbin (≤ 128 bytes, not coalesced); else coalesce with free
 *             neighbours (and with top), and trim the heap when top exceeds trim_threshold.
 * calloc:     like malloc but never from the tcache (glibc's __libc_calloc calls _int_malloc).
 * realloc:    mmap'd → mremap; heap chunk: shrink in place (freeing the tail), grow into top or
 *             a free next chunk, else malloc + copy + free (glibc's _int_realloc).
 *
 * Simplified: no unsorted bin or "last remainder" (freed chunks go straight to their bin), no
 * non-main arenas, no sbrk failure → mmap fallback. Observable facts it reproduces (CPython
 * 3.12.1, tiny experiments, see tests/unit/heap/sysmalloc.test.ts):
 *   - a freed 633-byte request is reused by the next one of the same size (tcache);
 *   - consecutive bytes(700) objects are 752 bytes apart (request2size(733));
 *   - bytes(200000) lands in an mmap (…010), and after it is freed the next bytes(200000)
 *     comes from the brk heap (dynamic threshold).
 *
 * All bookkeeping is in typed arrays indexed by a chunk record number; address lookups go
 * through AddrTable. No JS allocation is proportional to the sizes requested.
 */
import { AddrTable } from './addrtable';
import { Kernel, PAGE_SIZE, pageAlignUp } from './kernel';

export const SIZE_SZ = 8;
export const MALLOC_ALIGNMENT = 16;
export const MINSIZE = 32;
/** get_max_fast(): DEFAULT_MXFAST = 64 * SIZE_SZ / 4. Chunk sizes ≤ this go to fastbins. */
export const MAX_FAST_SIZE = 128;
export const TCACHE_MAX_BINS = 64;
/** Largest chunk size cached in the tcache: tidx2usize(63) = 1032 user bytes → chunk 1040. */
export const TCACHE_MAX_CHUNK = 1040;
export const TCACHE_FILL_COUNT = 7;
export const MIN_LARGE_SIZE = 1024;
export const NBINS = 128;
export const FASTBIN_CONSOLIDATION_THRESHOLD = 65536;
export const DEFAULT_MMAP_THRESHOLD = 128 * 1024;
export const DEFAULT_MMAP_THRESHOLD_MAX = 4 * 1024 * 1024 * 8; // 32 MiB on 64-bit
export const DEFAULT_TRIM_THRESHOLD = 128 * 1024;
export const DEFAULT_TOP_PAD = 128 * 1024;
export const DEFAULT_MMAP_MAX = 65536;
/** sizeof(tcache_perthread_struct) on 64-bit: 64 uint16 counts + 64 pointers. */
const TCACHE_STRUCT_SIZE = 64 * 2 + 64 * 8;
/** glibc refuses requests above PTRDIFF_MAX (checked_request2size). */
const PTRDIFF_MAX_PLUS_1 = 2 ** 63;

// Chunk record states.
const R_UNUSED = 0; // record slot is free
const R_INUSE = 1; // allocated heap chunk
const R_BIN = 2; // free, coalesced, in a bin
const R_TCACHE = 3; // free, in a tcache bin (in use from the heap's point of view)
const R_FAST = 4; // free, in a fastbin (in use from the heap's point of view)
const R_MMAP = 5; // allocated mmap'd chunk
const R_INTERNAL = 6; // malloc's own tcache_perthread_struct

export type ChunkState = 'inuse' | 'free' | 'tcache' | 'fastbin' | 'mmapped' | 'internal' | 'top';

export interface ChunkInfo {
  /** Chunk address (the user pointer is chunk + 16). */
  chunk: number;
  /** User pointer. */
  addr: number;
  /** Chunk size including the header. */
  size: number;
  state: ChunkState;
  /** Requested size of an allocated chunk, else 0. */
  requested: number;
}

export interface MallInfo {
  /** Bytes in the brk heap (mallinfo2 `arena`). */
  arena: number;
  /** Free chunks in bins, plus the top chunk (`ordblks`). */
  ordblks: number;
  /** Free chunks in fastbins (`smblks`). */
  smblks: number;
  /** Chunks in tcache bins (counted as in use by glibc's mallinfo). */
  tcacheChunks: number;
  /** Live mmap'd chunks (`hblks`) and their bytes (`hblkhd`). */
  hblks: number;
  hblkhd: number;
  /** Bytes in chunks in use, heap only (`uordblks`). */
  uordblks: number;
  /** Bytes free in the heap: bins, fastbins and top (`fordblks`). */
  fordblks: number;
  /** Top chunk size (`keepcost`). */
  keepcost: number;
  mmapThreshold: number;
  trimThreshold: number;
}

export function request2size(req: number): number {
  if (req + SIZE_SZ + 15 < MINSIZE) return MINSIZE;
  return req < 0x7fff0000 ? (req + SIZE_SZ + 15) & ~15 : Math.floor((req + SIZE_SZ + 15) / 16) * 16;
}

/** bin_index() for 64-bit: 62 exact small bins (16-byte spacing), then log-spaced large bins. */
export function binIndex(sz: number): number {
  if (sz < MIN_LARGE_SIZE) return sz >>> 4;
  if (Math.floor(sz / 64) <= 48) return 48 + Math.floor(sz / 64);
  if (Math.floor(sz / 512) <= 20) return 91 + Math.floor(sz / 512);
  if (Math.floor(sz / 4096) <= 10) return 110 + Math.floor(sz / 4096);
  if (Math.floor(sz / 32768) <= 4) return 119 + Math.floor(sz / 32768);
  if (Math.floor(sz / 262144) <= 2) return 124 + Math.floor(sz / 262144);
  return 126;
}

export class SysMalloc {
  readonly kernel: Kernel;

  // --- chunk records (struct malloc_chunk, one per chunk that isn't top) ---
  private cAddr = new Float64Array(256);
  private cSize = new Float64Array(256);
  private cReq = new Float64Array(256);
  private cState = new Uint8Array(256);
  private cNext = new Int32Array(256);
  private cPrev = new Int32Array(256);
  private nrec = 0;
  private freeRec = -1;

  /** chunk address → record, for every chunk but top. */
  private byStart = new AddrTable(1024);
  /** end address → record, for chunks in bins only: the boundary tag (prev_size) lookup used to
   *  coalesce with a free previous chunk. */
  private byEnd = new AddrTable(256);

  // --- main_arena ---
  private topAddr = 0;
  private topSize = 0;
  private binHead = new Int32Array(NBINS).fill(-1);
  private binTail = new Int32Array(NBINS).fill(-1);
  private binmap = new Uint32Array(4);
  private fastHead = new Int32Array(10).fill(-1);
  private haveFastchunks = false;
  private tcHead = new Int32Array(TCACHE_MAX_BINS).fill(-1);
  private tcCount = new Int32Array(TCACHE_MAX_BINS);
  private initialized = false;

  // --- mp_ (malloc parameters) ---
  mmapThreshold = DEFAULT_MMAP_THRESHOLD;
  trimThreshold = DEFAULT_TRIM_THRESHOLD;
  topPad = DEFAULT_TOP_PAD;
  /** Set by mallopt(M_MMAP_THRESHOLD, …) in glibc; disables the dynamic adjustment. */
  noDynThreshold = false;
  nMmaps = 0;
  nMmapsMax = DEFAULT_MMAP_MAX;
  mmappedBytes = 0;

  constructor(kernel: Kernel) {
    this.kernel = kernel;
  }

  // ------------------------------------------------------------------ records

  private newRec(addr: number, size: number, state: number): number {
    let r = this.freeRec;
    if (r >= 0) {
      this.freeRec = this.cNext[r]!;
    } else {
      r = this.nrec++;
      if (r >= this.cAddr.length) this.growRecs();
    }
    this.cAddr[r] = addr;
    this.cSize[r] = size;
    this.cReq[r] = 0;
    this.cState[r] = state;
    this.cNext[r] = -1;
    this.cPrev[r] = -1;
    return r;
  }

  private dropRec(r: number): void {
    this.cState[r] = R_UNUSED;
    this.cNext[r] = this.freeRec;
    this.freeRec = r;
  }

  private growRecs(): void {
    const n = this.cAddr.length * 2;
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.cAddr = grow(this.cAddr, (k) => new Float64Array(k));
    this.cSize = grow(this.cSize, (k) => new Float64Array(k));
    this.cReq = grow(this.cReq, (k) => new Float64Array(k));
    this.cState = grow(this.cState, (k) => new Uint8Array(k));
    this.cNext = grow(this.cNext, (k) => new Int32Array(k));
    this.cPrev = grow(this.cPrev, (k) => new Int32Array(k));
  }

  // ------------------------------------------------------------------ bins

  private binInsert(r: number): void {
    const bi = binIndex(this.cSize[r]!);
    const head = this.binHead[bi]!;
    this.cPrev[r] = -1;
    this.cNext[r] = head;
    if (head >= 0) this.cPrev[head] = r;
    else this.binTail[bi] = r;
    this.binHead[bi] = r;
    this.binmap[bi >>> 5] |= 1 << (bi & 31);
    this.cState[r] = R_BIN;
    this.byEnd.set(this.cAddr[r]! + this.cSize[r]!, r);
  }

  /** unlink_chunk(): take a chunk out of its bin (it stays registered in byStart). */
  private binUnlink(r: number): void {
    const bi = binIndex(this.cSize[r]!);
    const n = this.cNext[r]!;
    const p = this.cPrev[r]!;
    if (p >= 0) this.cNext[p] = n;
    else this.binHead[bi] = n;
    if (n >= 0) this.cPrev[n] = p;
    else this.binTail[bi] = p;
    if (this.binHead[bi]! < 0) this.binmap[bi >>> 5] &= ~(1 << (bi & 31));
    this.byEnd.delete(this.cAddr[r]! + this.cSize[r]!);
    this.cState[r] = R_INUSE;
  }

  private tcachePut(r: number, tidx: number): void {
    this.cNext[r] = this.tcHead[tidx]!;
    this.tcHead[tidx] = r;
    this.tcCount[tidx]!++;
    this.cState[r] = R_TCACHE;
  }

  // ------------------------------------------------------------------ public API

  /** malloc(n). Returns the user address, or 0 (NULL, ENOMEM). */
  malloc(req: number): number {
    if (req >= PTRDIFF_MAX_PLUS_1) return 0;
    if (!this.initialized) this.init();
    const nb = request2size(req);
    if (nb <= TCACHE_MAX_CHUNK) {
      const tidx = (nb - 17) >>> 4;
      const r = this.tcHead[tidx]!;
      if (r >= 0) {
        this.tcHead[tidx] = this.cNext[r]!;
        this.tcCount[tidx]!--;
        this.cState[r] = R_INUSE;
        this.cReq[r] = req;
        return this.cAddr[r]! + 16;
      }
    }
    const r = this.intMalloc(nb);
    if (r < 0) return 0;
    this.cReq[r] = req;
    return this.cAddr[r]! + 16;
  }

  /** calloc(nelem, elsize): glibc's __libc_calloc goes to _int_malloc, skipping the tcache. */
  calloc(nelem: number, elsize: number): number {
    const req = nelem * elsize;
    if (elsize !== 0 && nelem >= PTRDIFF_MAX_PLUS_1 / elsize) return 0;
    if (!this.initialized) this.init();
    const r = this.intMalloc(request2size(req));
    if (r < 0) return 0;
    this.cReq[r] = req;
    return this.cAddr[r]! + 16;
  }

  free(p: number): void {
    if (p === 0) return;
    const r = this.lookupLive(p, 'free');
    if (this.cState[r] === R_MMAP) {
      // munmap_chunk(), preceded in __libc_free by the dynamic threshold adjustment.
      const size = this.cSize[r]!;
      if (!this.noDynThreshold && size > this.mmapThreshold && size <= DEFAULT_MMAP_THRESHOLD_MAX) {
        this.mmapThreshold = size;
        this.trimThreshold = 2 * size;
      }
      this.munmapChunk(r);
      return;
    }
    this.intFree(r);
  }

  realloc(p: number, req: number): number {
    if (p === 0) return this.malloc(req);
    if (req === 0) {
      // REALLOC_ZERO_BYTES_FREES
      this.free(p);
      return 0;
    }
    if (req >= PTRDIFF_MAX_PLUS_1) return 0;
    const r = this.lookupLive(p, 'realloc');
    const nb = request2size(req);
    if (this.cState[r] === R_MMAP) {
      // mremap_chunk()
      const oldsize = this.cSize[r]!;
      const newsize = pageAlignUp(nb + SIZE_SZ);
      if (newsize === oldsize) {
        this.cReq[r] = req;
        return p;
      }
      const oldAddr = this.cAddr[r]!;
      const naddr = this.kernel.mremap(oldAddr, oldsize, newsize);
      if (naddr !== 0) {
        this.byStart.delete(oldAddr);
        this.byStart.set(naddr, r);
        this.cAddr[r] = naddr;
        this.cSize[r] = newsize;
        this.cReq[r] = req;
        this.mmappedBytes += newsize - oldsize;
        return naddr + 16;
      }
      if (oldsize - SIZE_SZ >= nb) {
        this.cReq[r] = req;
        return p; // do nothing
      }
      const np = this.malloc(req);
      if (np === 0) return 0;
      this.munmapChunk(r);
      return np;
    }
    return this.intRealloc(r, nb, req);
  }

  /** malloc_usable_size(). */
  usableSize(p: number): number {
    const r = this.byStart.get(p - 16);
    if (r < 0) return 0;
    const st = this.cState[r];
    if (st === R_MMAP) return this.cSize[r]! - 2 * SIZE_SZ;
    if (st === R_INUSE) return this.cSize[r]! - SIZE_SZ;
    return 0;
  }

  /** Requested size of a live allocation, or -1. */
  requestedSize(p: number): number {
    const r = this.byStart.get(p - 16);
    if (r < 0) return -1;
    const st = this.cState[r];
    return st === R_INUSE || st === R_MMAP ? this.cReq[r]! : -1;
  }

  /** Overwrite the recorded request size (PyMem_RawMalloc(0) asks malloc for 1 byte). */
  setRequestedSize(p: number, req: number): void {
    const r = this.byStart.get(p - 16);
    if (r >= 0) this.cReq[r] = req;
  }

  isLive(p: number): boolean {
    return this.requestedSize(p) >= 0;
  }

  isMmapped(p: number): boolean {
    const r = this.byStart.get(p - 16);
    return r >= 0 && this.cState[r] === R_MMAP;
  }

  // ------------------------------------------------------------------ internals

  private lookupLive(p: number, what: string): number {
    const r = this.byStart.get(p - 16);
    if (r < 0) throw new Error(`${what}(): invalid pointer 0x${p.toString(16)}`);
    const st = this.cState[r];
    if (st !== R_INUSE && st !== R_MMAP) {
      throw new Error(
        st === R_TCACHE ? `${what}(): double free detected in tcache 2 (0x${p.toString(16)})` : `${what}(): invalid pointer 0x${p.toString(16)}`,
      );
    }
    return r;
  }

  /** ptmalloc_init + tcache_init: the first thing on the heap is the tcache_perthread_struct. */
  private init(): void {
    this.initialized = true;
    this.topAddr = this.kernel.brk;
    this.topSize = 0;
    const r = this.intMalloc(request2size(TCACHE_STRUCT_SIZE));
    if (r >= 0) this.cState[r] = R_INTERNAL;
  }

  private munmapChunk(r: number): void {
    const addr = this.cAddr[r]!;
    const size = this.cSize[r]!;
    this.byStart.delete(addr);
    this.kernel.munmap(addr, size);
    this.nMmaps--;
    this.mmappedBytes -= size;
    this.dropRec(r);
  }

  /** _int_malloc(): everything but the tcache fast path. Returns a record (state R_INUSE). */
  private intMalloc(nb: number): number {
    if (nb <= MAX_FAST_SIZE) {
      const fi = (nb >>> 4) - 2;
      const r = this.fastHead[fi]!;
      if (r >= 0) {
        this.fastHead[fi] = this.cNext[r]!;
        // While here, stash remaining chunks of this size into the tcache.
        const tidx = (nb - 17) >>> 4;
        while (this.tcCount[tidx]! < TCACHE_FILL_COUNT && this.fastHead[fi]! >= 0) {
          const s = this.fastHead[fi]!;
          this.fastHead[fi] = this.cNext[s]!;
          this.tcachePut(s, tidx);
        }
        this.cState[r] = R_INUSE;
        return r;
      }
    }
    if (nb < MIN_LARGE_SIZE) {
      const bi = nb >>> 4;
      const r = this.binTail[bi]!;
      if (r >= 0) {
        this.binUnlink(r);
        if (nb <= TCACHE_MAX_CHUNK) {
          const tidx = (nb - 17) >>> 4;
          while (this.tcCount[tidx]! < TCACHE_FILL_COUNT && this.binTail[bi]! >= 0) {
            const s = this.binTail[bi]!;
            this.binUnlink(s);
            this.tcachePut(s, tidx);
          }
        }
        return r;
      }
    } else if (this.haveFastchunks) {
      this.mallocConsolidate();
    }
    for (;;) {
      const v = this.bestFit(nb);
      if (v >= 0) {
        this.binUnlink(v);
        this.splitRemainder(v, nb);
        return v;
      }
      // use_top
      if (this.topSize >= nb + MINSIZE) return this.carveTop(nb);
      if (this.haveFastchunks) {
        this.mallocConsolidate();
        continue;
      }
      return this.sysmalloc(nb);
    }
  }

  private carveTop(nb: number): number {
    const r = this.newRec(this.topAddr, nb, R_INUSE);
    this.byStart.set(this.topAddr, r);
    this.topAddr += nb;
    this.topSize -= nb;
    return r;
  }

  /** Give `r` exactly nb bytes when the rest can form a chunk; the rest becomes a free chunk. */
  private splitRemainder(r: number, nb: number): void {
    const size = this.cSize[r]!;
    const rem = size - nb;
    if (rem < MINSIZE) return; // exhaust
    this.cSize[r] = nb;
    const ra = this.cAddr[r]! + nb;
    const rr = this.newRec(ra, rem, R_INUSE);
    this.byStart.set(ra, rr);
    this.binInsert(rr);
  }

  /** Smallest fitting chunk in the request's own bin, else the first non-empty larger bin. */
  private bestFit(nb: number): number {
    const bi = binIndex(nb);
    if (bi >= 64) {
      let best = -1;
      let bestSize = Infinity;
      for (let r = this.binHead[bi]!; r >= 0; r = this.cNext[r]!) {
        const s = this.cSize[r]!;
        if (s >= nb && s < bestSize) {
          best = r;
          bestSize = s;
        }
      }
      if (best >= 0) return best;
    }
    for (let b = bi + 1; b < NBINS; b++) {
      const word = this.binmap[b >>> 5]!;
      if (word === 0) {
        b |= 31; // skip the rest of this map word
        continue;
      }
      if ((word & (1 << (b & 31))) === 0) continue;
      if (b < 64) return this.binTail[b]!;
      let best = -1;
      let bestSize = Infinity;
      for (let r = this.binHead[b]!; r >= 0; r = this.cNext[r]!) {
        const s = this.cSize[r]!;
        if (s < bestSize) {
          best = r;
          bestSize = s;
        }
      }
      return best;
    }
    return -1;
  }

  /** sysmalloc(): mmap a big chunk, or grow the heap with brk and carve from top. */
  private sysmalloc(nb: number): number {
    if (nb >= this.mmapThreshold && this.nMmaps < this.nMmapsMax) {
      const size = pageAlignUp(nb + SIZE_SZ);
      const addr = this.kernel.mmap(size);
      if (addr !== 0) {
        const r = this.newRec(addr, size, R_MMAP);
        this.byStart.set(addr, r);
        this.nMmaps++;
        this.mmappedBytes += size;
        return r;
      }
    }
    // Contiguous main heap: ask for what is missing beyond the current top, plus top_pad.
    const size = pageAlignUp(nb + this.topPad + MINSIZE - this.topSize);
    if (this.kernel.sbrk(size) === 0) return -1;
    this.topSize += size;
    return this.carveTop(nb);
  }

  /** _int_free(): tcache, fastbin, or coalesce into the bins / top. */
  private intFree(r: number): void {
    const size = this.cSize[r]!;
    if (size <= TCACHE_MAX_CHUNK) {
      const tidx = (size - 17) >>> 4;
      if (this.tcCount[tidx]! < TCACHE_FILL_COUNT) {
        this.tcachePut(r, tidx);
        return;
      }
    }
    if (size <= MAX_FAST_SIZE) {
      const fi = (size >>> 4) - 2;
      this.cNext[r] = this.fastHead[fi]!;
      this.fastHead[fi] = r;
      this.cState[r] = R_FAST;
      this.haveFastchunks = true;
      return;
    }
    const merged = this.coalesce(r);
    if (merged >= FASTBIN_CONSOLIDATION_THRESHOLD) {
      if (this.haveFastchunks) this.mallocConsolidate();
      if (this.topSize >= this.trimThreshold) this.systrim();
    }
  }

  /** Merge a chunk (state R_INUSE, registered in byStart) with free neighbours; put the result
   *  in a bin or into top. Returns the merged size. */
  private coalesce(r: number): number {
    let addr = this.cAddr[r]!;
    let size = this.cSize[r]!;
    const end = addr + size;
    // Backward: the previous chunk, if it is free (found through its end = our start).
    const pr = this.byEnd.get(addr);
    if (pr >= 0) {
      this.binUnlink(pr);
      this.byStart.delete(addr);
      addr = this.cAddr[pr]!;
      size += this.cSize[pr]!;
      this.byStart.delete(addr);
      this.dropRec(pr);
    } else {
      this.byStart.delete(addr);
    }
    if (end === this.topAddr) {
      this.topAddr = addr;
      this.topSize += size;
      this.dropRec(r);
      return size;
    }
    const nr = this.byStart.get(end);
    if (nr >= 0 && this.cState[nr] === R_BIN) {
      this.binUnlink(nr);
      this.byStart.delete(end);
      size += this.cSize[nr]!;
      this.dropRec(nr);
    }
    this.cAddr[r] = addr;
    this.cSize[r] = size;
    this.byStart.set(addr, r);
    this.binInsert(r);
    return size;
  }

  /** malloc_consolidate(): merge every fastbin chunk into the bins. */
  private mallocConsolidate(): void {
    this.haveFastchunks = false;
    for (let fi = 0; fi < this.fastHead.length; fi++) {
      let r = this.fastHead[fi]!;
      this.fastHead[fi] = -1;
      while (r >= 0) {
        const next = this.cNext[r]!;
        this.cState[r] = R_INUSE;
        this.coalesce(r);
        r = next;
      }
    }
  }

  /** systrim(): give the top of the heap back with a negative sbrk, keeping top_pad. */
  private systrim(): void {
    const topArea = this.topSize - MINSIZE - 1;
    if (topArea <= this.topPad) return;
    const extra = Math.floor((topArea - this.topPad) / PAGE_SIZE) * PAGE_SIZE;
    if (extra <= 0) return;
    this.kernel.sbrk(-extra);
    this.topSize -= extra;
  }

  /** _int_realloc() for a heap chunk. */
  private intRealloc(r: number, nb: number, req: number): number {
    const addr = this.cAddr[r]!;
    const oldsize = this.cSize[r]!;
    if (oldsize < nb) {
      const end = addr + oldsize;
      if (end === this.topAddr && oldsize + this.topSize >= nb + MINSIZE) {
        // Expand into top.
        this.cSize[r] = nb;
        this.topAddr = addr + nb;
        this.topSize -= nb - oldsize;
        this.cReq[r] = req;
        return addr + 16;
      }
      const nr = this.byStart.get(end);
      if (nr >= 0 && this.cState[nr] === R_BIN && oldsize + this.cSize[nr]! >= nb) {
        // Expand into the free next chunk.
        this.binUnlink(nr);
        this.byStart.delete(end);
        this.cSize[r] = oldsize + this.cSize[nr]!;
        this.dropRec(nr);
      } else {
        const n = this.intMalloc(nb);
        if (n < 0) return 0;
        if (this.cAddr[n] === end) {
          // The new chunk is the one right after us (carved from a grown top): merge.
          this.byStart.delete(end);
          this.cSize[r] = oldsize + this.cSize[n]!;
          this.dropRec(n);
        } else {
          this.cReq[n] = req;
          this.intFree(r);
          return this.cAddr[n]! + 16;
        }
      }
    }
    // Split off the tail if it can form a chunk, and free it.
    const size = this.cSize[r]!;
    if (size - nb >= MINSIZE) {
      this.cSize[r] = nb;
      const ra = addr + nb;
      const rr = this.newRec(ra, size - nb, R_INUSE);
      this.byStart.set(ra, rr);
      this.intFree(rr);
    }
    this.cReq[r] = req;
    return addr + 16;
  }

  // ------------------------------------------------------------------ introspection

  /** Every chunk: the brk heap in address order (ending with top), then mmap'd chunks. */
  chunks(): ChunkInfo[] {
    const out: ChunkInfo[] = [];
    if (this.initialized) {
      let a = this.kernel.brkStart;
      while (a < this.topAddr) {
        const r = this.byStart.get(a);
        if (r < 0) throw new Error(`heap walk: no chunk at 0x${a.toString(16)}`);
        out.push(this.chunkInfo(r));
        a += this.cSize[r]!;
      }
      out.push({ chunk: this.topAddr, addr: this.topAddr + 16, size: this.topSize, state: 'top', requested: 0 });
    }
    const mm: ChunkInfo[] = [];
    for (let r = 0; r < this.nrec; r++) if (this.cState[r] === R_MMAP) mm.push(this.chunkInfo(r));
    mm.sort((x, y) => y.chunk - x.chunk);
    return out.concat(mm);
  }

  private chunkInfo(r: number): ChunkInfo {
    const st = this.cState[r]!;
    const state: ChunkState =
      st === R_INUSE ? 'inuse' : st === R_BIN ? 'free' : st === R_TCACHE ? 'tcache' : st === R_FAST ? 'fastbin' : st === R_MMAP ? 'mmapped' : 'internal';
    const live = st === R_INUSE || st === R_MMAP;
    return { chunk: this.cAddr[r]!, addr: this.cAddr[r]! + 16, size: this.cSize[r]!, state, requested: live ? this.cReq[r]! : 0 };
  }

  /**
   * Heap invariants: chunks tile [brkStart, top) exactly; no two free (binned) chunks are
   * neighbours and none borders top (they would have been coalesced); bins, tcache and fastbin
   * lists hold exactly the chunks in those states; top + heap = brk. Returns the problems found.
   */
  checkConsistency(): string[] {
    const errs: string[] = [];
    const hex = (n: number): string => '0x' + n.toString(16);
    if (this.initialized) {
      let a = this.kernel.brkStart;
      let prevFree = false;
      while (a < this.topAddr) {
        const r = this.byStart.get(a);
        if (r < 0) {
          errs.push(`heap: no chunk at ${hex(a)}`);
          break;
        }
        const st = this.cState[r];
        if (st === R_MMAP || st === R_UNUSED) errs.push(`heap: chunk at ${hex(a)} has state ${st}`);
        const isFree = st === R_BIN;
        if (isFree && prevFree) errs.push(`heap: adjacent free chunks at ${hex(a)}`);
        if (isFree && this.byEnd.get(a + this.cSize[r]!) !== r) errs.push(`heap: free chunk ${hex(a)} missing its end tag`);
        if (this.cSize[r]! < MINSIZE || this.cSize[r]! % 16 !== 0) errs.push(`heap: bad size at ${hex(a)}`);
        prevFree = isFree;
        a += this.cSize[r]!;
      }
      if (a !== this.topAddr) errs.push(`heap: chunks end at ${hex(a)}, top at ${hex(this.topAddr)}`);
      if (prevFree) errs.push('heap: free chunk borders top');
      if (this.topAddr + this.topSize !== this.kernel.brk) errs.push(`heap: top end ${hex(this.topAddr + this.topSize)} != brk ${hex(this.kernel.brk)}`);
    }
    let inBins = 0;
    for (let b = 0; b < NBINS; b++) {
      let prev = -1;
      for (let r = this.binHead[b]!; r >= 0; r = this.cNext[r]!) {
        if (this.cState[r] !== R_BIN) errs.push(`bin ${b}: chunk in state ${this.cState[r]}`);
        if (binIndex(this.cSize[r]!) !== b) errs.push(`bin ${b}: chunk of size ${this.cSize[r]}`);
        if (this.cPrev[r] !== prev) errs.push(`bin ${b}: bad back link`);
        prev = r;
        if (++inBins > this.nrec) break;
      }
      if (this.binTail[b] !== prev) errs.push(`bin ${b}: bad tail`);
      if (((this.binmap[b >>> 5]! >>> (b & 31)) & 1) !== (prev >= 0 ? 1 : 0)) errs.push(`bin ${b}: binmap bit wrong`);
    }
    let inTcache = 0;
    for (let t = 0; t < TCACHE_MAX_BINS; t++) {
      let n = 0;
      for (let r = this.tcHead[t]!; r >= 0; r = this.cNext[r]!) {
        if (this.cState[r] !== R_TCACHE) errs.push(`tcache ${t}: chunk in state ${this.cState[r]}`);
        if (++n > TCACHE_FILL_COUNT) break;
      }
      if (n !== this.tcCount[t]) errs.push(`tcache ${t}: count ${this.tcCount[t]} != ${n}`);
      inTcache += n;
    }
    let inFast = 0;
    for (let f = 0; f < this.fastHead.length; f++) {
      for (let r = this.fastHead[f]!; r >= 0; r = this.cNext[r]!) {
        if (this.cState[r] !== R_FAST) errs.push(`fastbin ${f}: chunk in state ${this.cState[r]}`);
        if (++inFast > this.nrec) break;
      }
    }
    let nBin = 0;
    let nTc = 0;
    let nFast = 0;
    let nMmap = 0;
    for (let r = 0; r < this.nrec; r++) {
      const st = this.cState[r];
      if (st === R_BIN) nBin++;
      else if (st === R_TCACHE) nTc++;
      else if (st === R_FAST) nFast++;
      else if (st === R_MMAP) nMmap++;
    }
    if (nBin !== inBins) errs.push(`${nBin} binned chunks, ${inBins} in bins`);
    if (nTc !== inTcache) errs.push(`${nTc} tcache chunks, ${inTcache} in tcache`);
    if (nFast !== inFast) errs.push(`${nFast} fastbin chunks, ${inFast} in fastbins`);
    if (nMmap !== this.nMmaps) errs.push(`${nMmap} mmapped chunks, n_mmaps ${this.nMmaps}`);
    return errs;
  }

  mallinfo(): MallInfo {
    const info: MallInfo = {
      arena: this.kernel.brk - this.kernel.brkStart,
      ordblks: this.initialized ? 1 : 0,
      smblks: 0,
      tcacheChunks: 0,
      hblks: this.nMmaps,
      hblkhd: this.mmappedBytes,
      uordblks: 0,
      fordblks: this.topSize,
      keepcost: this.topSize,
      mmapThreshold: this.mmapThreshold,
      trimThreshold: this.trimThreshold,
    };
    for (let r = 0; r < this.nrec; r++) {
      const st = this.cState[r];
      const s = this.cSize[r]!;
      if (st === R_BIN) {
        info.ordblks++;
        info.fordblks += s;
      } else if (st === R_FAST) {
        info.smblks++;
        info.fordblks += s;
      } else if (st === R_TCACHE) {
        info.tcacheChunks++;
        info.uordblks += s;
      } else if (st === R_INUSE || st === R_INTERNAL) {
        info.uordblks += s;
      }
    }
    return info;
  }

  /** Number of live allocations (heap chunks in use plus mmap'd chunks), excluding malloc's own. */
  liveCount(): number {
    let n = 0;
    for (let r = 0; r < this.nrec; r++) {
      const st = this.cState[r];
      if (st === R_INUSE || st === R_MMAP) n++;
    }
    return n;
  }
}
