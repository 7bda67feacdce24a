/**
 * pymalloc, CPython 3.12's small-object allocator (Objects/obmalloc.c and
 * Include/internal/pycore_obmalloc.h), ported function by function so this file can be read
 * next to CPython's. Names are CPython's: usable_arenas, unused_arena_objects, nfp2lasta,
 * usedpools, freepools, nfreepools, ntotalpools, pool_address, freeblock, nextoffset,
 * maxnextoffset, ref.count, szidx, arenaindex; new_arena(), allocate_from_new_pool(),
 * pymalloc_pool_extend(), pymalloc_alloc(), pymalloc_free(), insert_to_usedpool(),
 * insert_to_freepool(), pymalloc_realloc(), _PyObject_Malloc()/_Calloc()/_Realloc()/_Free(),
 * arena_map_mark_used() + address_in_range() (CPython's radix tree; here a flat table, see
 * `pool_map`), _Py_GetAllocatedBlocks(), _PyObject_DebugMallocStats().
 *
 * Where obmalloc.ts sits (pycore_obmalloc.h's picture):
 *
 *     Object-specific allocators
 *     _____   ______   ______       ________
 *    [ int ] [ dict ] [ list ] ... [ string ]       Python core         |
 * +3 | <----- Object-specific memory -----> | <-- Non-object memory --> |
 *     _______________________________       |                           |
 *    [   Python's object allocator   ]      |                           |   ← this file
 * +2 | ####### Object memory ####### | <------ Internal buffers ------> |
 *     ______________________________________________________________    |
 *    [          Python's raw memory allocator (PyMem_ API)          ]   |
 * +1 | <----- Python memory (under PyMem manager's control) ------> |   |
 *     __________________________________________________________________
 *    [    Underlying general-purpose allocator (ex: C library malloc)   ]   ← sysmalloc.ts
 *  0 | <------ Virtual memory allocated for the python process -------> |   ← kernel.ts (mmap)
 *
 * The model, 64-bit parameters (USE_LARGE_ARENAS + USE_LARGE_POOLS, radix tree on):
 *
 *   request 1..512 bytes → size class idx = (nbytes - 1) >> 4, block size = (idx + 1) << 4
 *       ALIGNMENT 16 → 32 classes: 16, 32, 48, … 512.  0 bytes and > 512 → system malloc.
 *
 *   arena (1 MiB, ARENA_SIZE, mmap'd — page aligned only)
 *   ┌──────┬───────────┬───────────┬───────────┬─────┬───────────┬──────┐
 *   │excess│  pool 0   │  pool 1   │  pool 2   │ ... │  pool 62  │excess│  unaligned arena: 63 pools
 *   └──────┴───────────┴───────────┴───────────┴─────┴───────────┴──────┘  (an aligned one has 64)
 *           ▲ POOL_SIZE-aligned (16 KiB); arena_object.pool_address = next pool to carve
 *
 *   pool (16 KiB, POOL_SIZE): one size class
 *   ┌──────────────┬───────┬───────┬───────┬─────┬───────┬──────────┐
 *   │ pool_header  │ block │ block │ block │ ... │ block │ (slack)  │   NUMBLOCKS(i) =
 *   │ 48 bytes     │       │       │       │     │       │          │   (16384 - 48) / size
 *   └──────────────┴───────┴───────┴───────┴─────┴───────┴──────────┘
 *     ref.count (allocated blocks), freeblock (free-list head), nextpool/prevpool (usedpools
 *     list), arenaindex, szidx, nextoffset (first virgin block), maxnextoffset
 *
 *   usedpools[i]: circular list of the *used* (partly allocated) pools of class i; the next
 *       allocation takes the head block of the first pool's freeblock list.
 *   pool states: used → full (unlinked from usedpools) → used (relinked at the *front*) →
 *       empty (moved to its arena's freepools; any size class may take it next).
 *   usable_arenas: arenas with free pools, sorted by nfreepools ascending (fullest first, so
 *       nearly empty arenas can drain and be munmap'd); nfp2lasta[n] = last arena with n free
 *       pools. An arena is returned to the OS when all its pools are empty — except the last
 *       arena in usable_arenas, kept to avoid thrashing (bpo-37257).
 *
 * Representation: no JS object per arena, pool or block. Arena objects and pool headers are
 * columns of typed arrays (`ao_*`, `pool_*`), pointers become indices (-1 = NULL). Pool ids:
 * 0..31 are the usedpools list heads (the "fudged" headers of usedpools[i+i] in C), and pool
 * `slot` of arena `a` is NB_SMALL_SIZE_CLASSES + a*64 + slot (so pool->arenaindex is implied).
 * POOL_ADDR(p) is one load from `pool_map` (a pool id per 16 KiB of the mmap region). Block
 * memory is one Uint16 word per 16-byte granule of the arena (`blockWords[a]`), playing the
 * role of the block's first bytes: a free block holds the freeblock link (byte offset of the
 * next free block in the pool, 0 = NULL), as *(block **)bp does in C; an allocated block holds
 * 0x8000 | requested size (for tracemalloc's sizes and double-free detection). Addresses are
 * JS numbers (< 2^53). Host memory: ~128 KiB per live arena (1 MiB simulated), nothing per
 * simulated byte.
 */
import type { SysMalloc } from './sysmalloc';

// --------------------------------------------------------------------- tunable settings

export const ALIGNMENT = 16;
export const ALIGNMENT_SHIFT = 4;
export const SMALL_REQUEST_THRESHOLD = 512;
export const NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT; // 32
export const SYSTEM_PAGE_SIZE = 4 * 1024;
export const ARENA_BITS = 20; // 1 MiB (USE_LARGE_ARENAS)
export const ARENA_SIZE = 1 << ARENA_BITS;
export const ARENA_SIZE_MASK = ARENA_SIZE - 1;
export const POOL_BITS = 14; // 16 KiB (USE_LARGE_POOLS)
export const POOL_SIZE = 1 << POOL_BITS;
export const POOL_SIZE_MASK = POOL_SIZE - 1;
export const MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE; // 64
/** sizeof(struct pool_header) = 4 pointers + 4 uints = 48, rounded up to ALIGNMENT. */
export const POOL_OVERHEAD = 48;
/** Size class of newly carved pools. */
export const DUMMY_SIZE_IDX = 0xffff;
export const INITIAL_ARENA_OBJECTS = 16;
/** PY_SSIZE_T_MAX = 2^63 - 1; as a double it rounds to 2^63, so compare with `>=` this. */
export const PY_SSIZE_T_MAX_PLUS_1 = 2 ** 63;
export const PY_SSIZE_T_MAX = 2 ** 63 - 1; // (== 2^63 as a double; documentation value)

/** Number of bytes in size class I. */
export function INDEX2SIZE(i: number): number {
  return (i + 1) << ALIGNMENT_SHIFT;
}

/** Total number of blocks in a pool of size class I. */
export function NUMBLOCKS(i: number): number {
  return Math.floor((POOL_SIZE - POOL_OVERHEAD) / INDEX2SIZE(i));
}

// Radix tree geometry (64-bit, IGNORE_BITS 0): only used to report node counts.
const MAP_MID_SHIFT = 34; // MAP_BOT_BITS (14) + ARENA_BITS (20)
const MAP_TOP_SHIFT = 49; // MAP_MID_BITS (15) + MAP_MID_SHIFT
/** sizeof(arena_map_top_t), sizeof(arena_map_mid_t), sizeof(arena_map_bot_t). */
export const ARENA_MAP_ROOT_BYTES = (1 << 15) * 8;
export const ARENA_MAP_MID_BYTES = (1 << 15) * 8;
export const ARENA_MAP_BOT_BYTES = (1 << 14) * 8;

const NULL = -1;
const ALLOCATED = 0x8000;
const FIRST_POOL_ID = NB_SMALL_SIZE_CLASSES;
const WORDS_PER_POOL = POOL_SIZE >>> 4; // 1024
const EMPTY_WORDS = new Uint16Array(0);
const INV_POOL_SIZE = 1 / POOL_SIZE;

/** The arena allocator (PyObjectArenaAllocator, _PyObject_Arena): mmap/munmap on Linux. */
export interface ArenaAllocator {
  alloc(size: number): number;
  free(addr: number, size: number): void;
}

// --------------------------------------------------------------------- introspection types

export type PoolState = 'used' | 'full' | 'empty';

export interface PoolInfo {
  /** Address of the pool (its pool_header). */
  address: number;
  /** Index of the arena_object (pool_header.arenaindex). */
  arenaindex: number;
  /** Size class index; for an empty pool, the class it last had. */
  szidx: number;
  /** Block size in bytes, INDEX2SIZE(szidx). */
  blockSize: number;
  state: PoolState;
  /** NUMBLOCKS(szidx). */
  nblocks: number;
  /** ref.count: allocated blocks. */
  allocated: number;
  /** Address of the first block of the freeblock list, or 0 (NULL). */
  freeblock: number;
  nextoffset: number;
  maxnextoffset: number;
  /** Blocks never handed out yet (beyond nextoffset): not on the freeblock list. */
  virginBlocks: number;
}

export interface ArenaInfo {
  /** Index in the `arenas` vector. */
  index: number;
  /** arena_object.address (what mmap returned). */
  address: number;
  /** First pool-aligned address in the arena. */
  firstPool: number;
  /** arena_object.pool_address: next pool to be carved off. */
  poolAddress: number;
  nfreepools: number;
  ntotalpools: number;
  /** Pools carved off so far (each is used, full or empty); the rest are untouched. */
  ncarvedpools: number;
  /** Bytes lost to alignment: POOL_SIZE if the arena isn't pool aligned, else 0. */
  alignmentLoss: number;
  pools: PoolInfo[];
}

export interface SizeClassStats {
  szidx: number;
  size: number;
  /** Used + full pools of this class. */
  numPools: number;
  blocksInUse: number;
  availBlocks: number;
}

/** The numbers sys._debugmallocstats() prints (from _PyObject_DebugMallocStats). */
export interface MallocStats {
  smallBlockThreshold: number;
  numClasses: number;
  classes: SizeClassStats[];
  arenasAllocatedTotal: number;
  arenasReclaimed: number;
  arenasHighwater: number;
  arenasAllocatedCurrent: number;
  arenaBytes: number;
  bytesInAllocatedBlocks: number;
  bytesInAvailableBlocks: number;
  unusedPools: number;
  unusedPoolBytes: number;
  bytesLostToPoolHeaders: number;
  bytesLostToQuantization: number;
  bytesLostToArenaAlignment: number;
  total: number;
  arenaMapMidNodes: number;
  arenaMapBotNodes: number;
  arenaMapRootBytes: number;
  arenaMapMidBytes: number;
  arenaMapBotBytes: number;
  arenaMapTotalBytes: number;
}

export interface BlockLocation {
  arenaindex: number;
  arenaAddress: number;
  poolAddress: number;
  szidx: number;
  blockSize: number;
  /** Index of the block in its pool (0 = first block after the header). */
  blockIndex: number;
  /** Start of the block containing the address. */
  blockAddress: number;
  allocated: boolean;
}

// ======================================================================================

export class ObMalloc {
  /** _PyObject_Arena. */
  readonly arenaAllocator: ArenaAllocator;
  /** The system allocator behind PyMem_RawMalloc(). */
  readonly sys: SysMalloc;

  // ---- struct _obmalloc_mgmt ----
  /** Number of slots currently allocated in the `arenas` vector. */
  maxarenas = 0;
  /** Head of the singly-linked list of arena_objects not associated with an arena. */
  unused_arena_objects = NULL;
  /** Head of the doubly-linked list of arenas with free pools, sorted by nfreepools. */
  usable_arenas = NULL;
  /** nfp2lasta[nfp]: the last arena in usable_arenas with nfp free pools. */
  readonly nfp2lasta = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(NULL);
  narenas_currently_allocated = 0;
  ntimes_arena_allocated = 0;
  narenas_highwater = 0;
  /** Blocks obtained from PyMem_RawMalloc by _PyObject_Malloc (requests 0 or > 512). */
  raw_allocated_blocks = 0;

  // ---- struct arena_object, one column per member (indexed by arena index) ----
  private ao_address = new Float64Array(0);
  private ao_pool_address = new Float64Array(0);
  /** Not a member in C (recomputed there as _Py_ALIGN_UP(address, POOL_SIZE)). */
  private ao_first_pool = new Float64Array(0);
  private ao_nfreepools = new Int32Array(0);
  private ao_ntotalpools = new Int32Array(0);
  private ao_freepools = new Int32Array(0);
  private ao_nextarena = new Int32Array(0);
  private ao_prevarena = new Int32Array(0);
  /** The arena's memory, one word per 16-byte granule (see the header comment). */
  private blockWords: Uint16Array[] = [];

  // ---- struct pool_header, one column per member (indexed by pool id) ----
  private pool_count = new Int32Array(FIRST_POOL_ID);
  private pool_freeblock = new Int32Array(FIRST_POOL_ID);
  private pool_nextpool = new Int32Array(FIRST_POOL_ID);
  private pool_prevpool = new Int32Array(FIRST_POOL_ID);
  private pool_szidx = new Int32Array(FIRST_POOL_ID);
  private pool_nextoffset = new Int32Array(FIRST_POOL_ID);
  private pool_maxnextoffset = new Int32Array(FIRST_POOL_ID);
  private pool_addr = new Float64Array(FIRST_POOL_ID);

  // ---- address_in_range(): the arena map ----
  // CPython 3.12 keeps a radix tree keyed by ideal (ARENA_SIZE-aligned) arena addresses with
  // tail_hi/tail_lo coverage marks (arena_map_mark_used / arena_map_is_used). All simulated
  // arenas lie in one compact mmap region, so a flat table is both simpler and faster: one
  // entry per POOL_SIZE window of the region, holding the pool id of the arena pool there, or
  // -1. POOL_ADDR(p) and pool->arenaindex then come from a single load. The radix tree's node
  // counts are still tracked for sys._debugmallocstats().
  private pool_map = new Int32Array(0);
  /** Window number (address / POOL_SIZE) of pool_map[0], and number of windows. */
  private pool_map_base = 0;
  private pool_map_len = 0;
  private readonly arena_map_mid_nodes = new Set<number>();
  private readonly arena_map_bot_nodes = new Set<number>();

  constructor(arenaAllocator: ArenaAllocator, sys: SysMalloc) {
    this.arenaAllocator = arenaAllocator;
    this.sys = sys;
    // usedpools[i+i] "acts like" a pool whose nextpool and prevpool point at itself.
    for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
      this.pool_nextpool[i] = i;
      this.pool_prevpool[i] = i;
    }
  }

  // =================================================================== arena map

  private pool_map_ensure(wLo: number, wHi: number): void {
    if (this.pool_map_len !== 0 && wLo >= this.pool_map_base && wHi < this.pool_map_base + this.pool_map_len) return;
    const curLo = this.pool_map_len === 0 ? wLo : Math.min(wLo, this.pool_map_base);
    const curHi = this.pool_map_len === 0 ? wHi : Math.max(wHi, this.pool_map_base + this.pool_map_len - 1);
    // Grow generously, mostly towards lower addresses (mmap hands out arenas top-down).
    const want = Math.max(16 * MAX_POOLS_IN_ARENA, (curHi - curLo + 1) * 2);
    const base = curHi - want + 1;
    const map = new Int32Array(want).fill(NULL);
    if (this.pool_map_len !== 0) map.set(this.pool_map, this.pool_map_base - base);
    this.pool_map = map;
    this.pool_map_base = base;
    this.pool_map_len = want;
  }

  /**
   * arena_map_mark_used(): mark or unmark the addresses covered by an arena. (In CPython the
   * whole ARENA_SIZE range counts as "used"; here only its pool-aligned pools are mapped — the
   * alignment slack of an unaligned arena never holds a block anyway.)
   */
  private arena_map_mark_used(arena_base: number, is_used: boolean, arenaindex: number): void {
    if (is_used) {
      // arena_map_get(p, create=1) allocates interior nodes on first use (never freed).
      this.arena_map_note_nodes(arena_base);
      if (arena_base % ARENA_SIZE !== 0) this.arena_map_note_nodes(arena_base + ARENA_SIZE);
    }
    const excess = arena_base % POOL_SIZE;
    const first = excess === 0 ? arena_base : arena_base + POOL_SIZE - excess;
    const npools = excess === 0 ? MAX_POOLS_IN_ARENA : MAX_POOLS_IN_ARENA - 1;
    const w0 = first / POOL_SIZE;
    this.pool_map_ensure(w0, w0 + npools - 1);
    const o = w0 - this.pool_map_base;
    const pid0 = FIRST_POOL_ID + arenaindex * MAX_POOLS_IN_ARENA;
    for (let s = 0; s < npools; s++) {
      this.pool_map[o + s] = is_used ? pid0 + s : NULL;
      if (is_used) this.pool_addr[pid0 + s] = first + s * POOL_SIZE;
    }
  }

  private arena_map_note_nodes(p: number): void {
    this.arena_map_mid_nodes.add(Math.floor(p / 2 ** MAP_TOP_SHIFT));
    this.arena_map_bot_nodes.add(Math.floor(p / 2 ** MAP_MID_SHIFT));
  }

  /** POOL_ADDR(p) as a pool id, if p lies in a pool of an obmalloc arena; else -1. */
  private poolIdOf(p: number): number {
    const w = Math.floor(p * INV_POOL_SIZE) - this.pool_map_base;
    if (w < 0 || w >= this.pool_map_len) return NULL;
    return this.pool_map[w]!;
  }

  /** The index of the arena containing p (pool->arenaindex), or -1. */
  arenaIndexOf(p: number): number {
    const pool = this.poolIdOf(p);
    return pool === NULL ? NULL : (pool - FIRST_POOL_ID) >>> 6;
  }

  /** address_in_range(): was p allocated by pymalloc (is it inside an arena's pools)? */
  address_in_range(p: number): boolean {
    return this.poolIdOf(p) !== NULL;
  }

  // =================================================================== arenas

  private growArenaVectors(numarenas: number): void {
    const f64 = (a: Float64Array): Float64Array<ArrayBuffer> => {
      const b = new Float64Array(numarenas);
      b.set(a);
      return b;
    };
    const i32 = (a: Int32Array, n: number): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.ao_address = f64(this.ao_address);
    this.ao_pool_address = f64(this.ao_pool_address);
    this.ao_first_pool = f64(this.ao_first_pool);
    this.ao_nfreepools = i32(this.ao_nfreepools, numarenas);
    this.ao_ntotalpools = i32(this.ao_ntotalpools, numarenas);
    this.ao_freepools = i32(this.ao_freepools, numarenas);
    this.ao_nextarena = i32(this.ao_nextarena, numarenas);
    this.ao_prevarena = i32(this.ao_prevarena, numarenas);
    for (let i = this.blockWords.length; i < numarenas; i++) this.blockWords.push(EMPTY_WORDS);
    const npools = FIRST_POOL_ID + numarenas * MAX_POOLS_IN_ARENA;
    this.pool_count = i32(this.pool_count, npools);
    this.pool_freeblock = i32(this.pool_freeblock, npools);
    this.pool_nextpool = i32(this.pool_nextpool, npools);
    this.pool_prevpool = i32(this.pool_prevpool, npools);
    this.pool_szidx = i32(this.pool_szidx, npools);
    this.pool_nextoffset = i32(this.pool_nextoffset, npools);
    this.pool_maxnextoffset = i32(this.pool_maxnextoffset, npools);
    const pa = new Float64Array(npools);
    pa.set(this.pool_addr);
    this.pool_addr = pa;
  }

  /**
   * new_arena(): allocate a new arena and return the index of its arena_object, or -1.
   * The caller sets usable_arenas to it.
   */
  private new_arena(): number {
    if (this.unused_arena_objects === NULL) {
      // Double the number of arena objects on each allocation.
      const numarenas = this.maxarenas ? this.maxarenas << 1 : INITIAL_ARENA_OBJECTS;
      this.growArenaVectors(numarenas);
      // Put the new arenas on the unused_arena_objects list.
      for (let i = this.maxarenas; i < numarenas; ++i) {
        this.ao_address[i] = 0; // mark as unassociated
        this.ao_nextarena[i] = i < numarenas - 1 ? i + 1 : NULL;
      }
      this.unused_arena_objects = this.maxarenas;
      this.maxarenas = numarenas;
    }

    // Take the next available arena object off the head of the list.
    const arenaobj = this.unused_arena_objects;
    this.unused_arena_objects = this.ao_nextarena[arenaobj]!;
    const address = this.arenaAllocator.alloc(ARENA_SIZE);
    if (address === 0) {
      // The allocation failed: put the arenaobj back.
      this.ao_nextarena[arenaobj] = this.unused_arena_objects;
      this.unused_arena_objects = arenaobj;
      return NULL;
    }
    this.arena_map_mark_used(address, true, arenaobj);
    this.ao_address[arenaobj] = address;

    ++this.narenas_currently_allocated;
    ++this.ntimes_arena_allocated;
    if (this.narenas_currently_allocated > this.narenas_highwater) this.narenas_highwater = this.narenas_currently_allocated;
    this.ao_freepools[arenaobj] = NULL;
    // pool_address <- first pool-aligned address in the arena
    // nfreepools <- number of whole pools that fit after alignment
    let pool_address = address;
    let nfreepools = MAX_POOLS_IN_ARENA;
    const excess = address % POOL_SIZE; // number of bytes above pool alignment
    if (excess !== 0) {
      --nfreepools;
      pool_address += POOL_SIZE - excess;
    }
    this.ao_pool_address[arenaobj] = pool_address;
    this.ao_first_pool[arenaobj] = pool_address;
    this.ao_nfreepools[arenaobj] = nfreepools;
    this.ao_ntotalpools[arenaobj] = nfreepools;
    this.blockWords[arenaobj] = new Uint16Array(MAX_POOLS_IN_ARENA * WORDS_PER_POOL);
    return arenaobj;
  }

  // =================================================================== allocation

  /**
   * Called when the freelist is exhausted. Extend the freelist if there is space for a block.
   * Otherwise, remove this pool from usedpools (it is full).
   */
  private pymalloc_pool_extend(pool: number, size: number): void {
    const nextoffset = this.pool_nextoffset[pool]!;
    if (nextoffset <= this.pool_maxnextoffset[pool]!) {
      // There is room for another block.
      this.pool_freeblock[pool] = nextoffset;
      this.pool_nextoffset[pool] = nextoffset + INDEX2SIZE(size);
      const id = pool - FIRST_POOL_ID;
      this.blockWords[id >>> 6]![((id & 63) << 10) | (nextoffset >>> 4)] = 0; // *(block **)freeblock = NULL
      return;
    }
    // Pool is full, unlink from used pools.
    const next = this.pool_nextpool[pool]!;
    const prev = this.pool_prevpool[pool]!;
    this.pool_prevpool[next] = prev;
    this.pool_nextpool[prev] = next;
  }

  /**
   * Called when pymalloc_alloc can not allocate a block from usedpools: take a new pool (from
   * the first usable arena) and allocate a block from it.
   */
  private allocate_from_new_pool(size: number, nbytes: number): number {
    let ua = this.usable_arenas;
    if (ua === NULL) {
      // No arena has a free pool: allocate a new arena.
      ua = this.new_arena();
      if (ua === NULL) return 0;
      this.usable_arenas = ua;
      this.ao_nextarena[ua] = NULL;
      this.ao_prevarena[ua] = NULL;
      this.nfp2lasta[this.ao_nfreepools[ua]!] = ua;
    }

    // This arena already had the smallest nfreepools value, so decreasing nfreepools doesn't
    // change that, and we don't need to rearrange the usable_arenas list. However, if the arena
    // becomes wholly allocated, we need to remove its arena_object from usable_arenas.
    const nf = this.ao_nfreepools[ua]!;
    if (this.nfp2lasta[nf] === ua) {
      // It's the last of this size, so there won't be any.
      this.nfp2lasta[nf] = NULL;
    }
    // If any free pools will remain, it will be the new smallest.
    if (nf > 1) this.nfp2lasta[nf - 1] = ua;

    // Try to get a cached free pool.
    let pool = this.ao_freepools[ua]!;
    if (pool !== NULL) {
      // Unlink from cached pools.
      this.ao_freepools[ua] = this.pool_nextpool[pool]!;
      if (--this.ao_nfreepools[ua]! === 0) {
        // Wholly allocated: remove.
        this.usable_arenas = this.ao_nextarena[ua]!;
        if (this.usable_arenas !== NULL) this.ao_prevarena[this.usable_arenas] = NULL;
      }
    } else {
      // Carve off a new pool.
      const pa = this.ao_pool_address[ua]!;
      const slot = (pa - this.ao_first_pool[ua]!) / POOL_SIZE;
      pool = FIRST_POOL_ID + ua * MAX_POOLS_IN_ARENA + slot;
      this.pool_addr[pool] = pa;
      this.pool_szidx[pool] = DUMMY_SIZE_IDX;
      this.ao_pool_address[ua] = pa + POOL_SIZE;
      if (--this.ao_nfreepools[ua]! === 0) {
        // Unlink the arena: it is completely allocated.
        this.usable_arenas = this.ao_nextarena[ua]!;
        if (this.usable_arenas !== NULL) this.ao_prevarena[this.usable_arenas] = NULL;
      }
    }

    // Frontlink to used pools (the list is empty, so usedpools[size+size] is the header).
    const next = size;
    this.pool_nextpool[pool] = next;
    this.pool_prevpool[pool] = next;
    this.pool_nextpool[next] = pool;
    this.pool_prevpool[next] = pool;
    this.pool_count[pool] = 1;
    const words = this.blockWords[ua]!;
    const wbase = (pool - FIRST_POOL_ID - ua * MAX_POOLS_IN_ARENA) << 10;
    if (this.pool_szidx[pool] === size) {
      // Luckily, this pool last contained blocks of the same size class, so its header and
      // free list are already initialized.
      const bp = this.pool_freeblock[pool]!;
      const wi = wbase | (bp >>> 4);
      this.pool_freeblock[pool] = words[wi]!;
      words[wi] = ALLOCATED | nbytes;
      return this.pool_addr[pool]! + bp;
    }
    // Initialize the pool header, set up the free list to contain just the second block, and
    // return the first block.
    this.pool_szidx[pool] = size;
    const bsize = INDEX2SIZE(size);
    this.pool_nextoffset[pool] = POOL_OVERHEAD + (bsize << 1);
    this.pool_maxnextoffset[pool] = POOL_SIZE - bsize;
    this.pool_freeblock[pool] = POOL_OVERHEAD + bsize;
    words[wbase | ((POOL_OVERHEAD + bsize) >>> 4)] = 0;
    words[wbase | (POOL_OVERHEAD >>> 4)] = ALLOCATED | nbytes;
    return this.pool_addr[pool]! + POOL_OVERHEAD;
  }

  /**
   * pymalloc_alloc(): a block for 1..512 bytes, or 0 (NULL) if pymalloc doesn't serve the
   * request (0 bytes, > SMALL_REQUEST_THRESHOLD, or no memory for a new arena).
   */
  pymalloc_alloc(nbytes: number): number {
    if (nbytes === 0 || nbytes > SMALL_REQUEST_THRESHOLD) return 0;
    const size = (nbytes - 1) >>> ALIGNMENT_SHIFT;
    const pool = this.pool_nextpool[size]!; // usedpools[size + size]
    if (pool !== size) {
      // There is a used pool for this size class. Pick up the head block of its free list.
      ++this.pool_count[pool]!;
      const bp = this.pool_freeblock[pool]!;
      const id = pool - FIRST_POOL_ID;
      const words = this.blockWords[id >>> 6]!;
      const wi = ((id & 63) << 10) | (bp >>> 4);
      const next = words[wi]!;
      words[wi] = ALLOCATED | nbytes;
      this.pool_freeblock[pool] = next;
      if (next === 0) {
        // Reached the end of the free list, try to extend it.
        this.pymalloc_pool_extend(pool, size);
      }
      return this.pool_addr[pool]! + bp;
    }
    // There isn't a pool of the right size class immediately available: use a free pool.
    return this.allocate_from_new_pool(size, nbytes);
  }

  // =================================================================== deallocation

  /** insert_to_usedpool(): link a pool that was full back in at the front of usedpools. */
  private insert_to_usedpool(pool: number): void {
    const size = this.pool_szidx[pool]!;
    const next = this.pool_nextpool[size]!; // usedpools[size + size]
    const prev = this.pool_prevpool[next]!;
    // insert pool before next:   prev <-> pool <-> next
    this.pool_nextpool[pool] = next;
    this.pool_prevpool[pool] = prev;
    this.pool_prevpool[next] = pool;
    this.pool_nextpool[prev] = pool;
  }

  /** insert_to_freepool(): a pool became empty; move it to its arena's freepools and do the
   *  arena management (free the arena, or re-sort usable_arenas). */
  private insert_to_freepool(pool: number): void {
    const next = this.pool_nextpool[pool]!;
    const prev = this.pool_prevpool[pool]!;
    this.pool_prevpool[next] = prev;
    this.pool_nextpool[prev] = next;

    // Link the pool to freepools. This is a singly-linked list, and pool->prevpool isn't used.
    const ao = (pool - FIRST_POOL_ID) >>> 6; // pool->arenaindex
    this.pool_nextpool[pool] = this.ao_freepools[ao]!;
    this.ao_freepools[ao] = pool;
    let nf = this.ao_nfreepools[ao]!;
    // If this is the rightmost arena with this number of free pools, nfp2lasta[nf] needs to
    // change. Caution: if nf is 0, there are no arenas in usable_arenas with that value.
    const lastnf = this.nfp2lasta[nf]!;
    if (lastnf === ao) {
      // it is the rightmost
      const p = this.ao_prevarena[ao]!;
      this.nfp2lasta[nf] = p !== NULL && this.ao_nfreepools[p] === nf ? p : NULL;
    }
    this.ao_nfreepools[ao] = ++nf;

    // All the rest is arena management. We just freed a pool, and there are 4 cases:
    // 1. If all the pools are free, return the arena to the system free(). Except if this is
    //    the last arena in the list, keep it to avoid thrashing (bpo-37257).
    // 2. If this is the only free pool in the arena, add the arena back to usable_arenas.
    // 3. If the "next" arena has a smaller count of free pools, we have to "slide this arena
    //    right" to restore that usable_arenas is sorted in order of nfreepools.
    // 4. Else there's nothing more to do.
    if (nf === this.ao_ntotalpools[ao] && this.ao_nextarena[ao] !== NULL) {
      // Case 1. First unlink ao from usable_arenas.
      const aprev = this.ao_prevarena[ao]!;
      const anext = this.ao_nextarena[ao]!;
      if (aprev === NULL) this.usable_arenas = anext;
      else this.ao_nextarena[aprev] = anext;
      if (anext !== NULL) this.ao_prevarena[anext] = aprev;
      // Record that this arena_object slot is available to be reused.
      this.ao_nextarena[ao] = this.unused_arena_objects;
      this.unused_arena_objects = ao;
      // Mark the arena region as not under control of obmalloc, and free the entire arena.
      const address = this.ao_address[ao]!;
      this.arena_map_mark_used(address, false, ao);
      this.arenaAllocator.free(address, ARENA_SIZE);
      this.ao_address[ao] = 0; // mark unassociated
      this.blockWords[ao] = EMPTY_WORDS;
      --this.narenas_currently_allocated;
      return;
    }

    if (nf === 1) {
      // Case 2. Put ao at the head of usable_arenas. Note that because ao->nfreepools was 0
      // before, ao isn't currently on the usable_arenas list.
      this.ao_nextarena[ao] = this.usable_arenas;
      this.ao_prevarena[ao] = NULL;
      if (this.usable_arenas !== NULL) this.ao_prevarena[this.usable_arenas] = ao;
      this.usable_arenas = ao;
      if (this.nfp2lasta[1] === NULL) this.nfp2lasta[1] = ao;
      return;
    }

    // If this arena is now out of order, we need to keep the list sorted. The list is kept
    // sorted so that the "most full" arenas are used first, which allows the nearly empty
    // arenas to be completely freed.
    // If this is the only arena with nf, record that.
    if (this.nfp2lasta[nf] === NULL) this.nfp2lasta[nf] = ao;
    // If this was the rightmost of the old size, it remains in place.
    if (ao === lastnf) return; // Case 4. Nothing to do.

    // Case 3: We have to move the arena towards the end of the list, because it has more free
    // pools than the arena to its right. It needs to move to follow lastnf.
    // First unlink ao from usable_arenas.
    const aprev = this.ao_prevarena[ao]!;
    const anext = this.ao_nextarena[ao]!;
    if (aprev !== NULL) this.ao_nextarena[aprev] = anext; // ao isn't at the head of the list
    else this.usable_arenas = anext; // ao is at the head of the list
    this.ao_prevarena[anext] = aprev;
    // And insert after lastnf.
    this.ao_prevarena[ao] = lastnf;
    const after = this.ao_nextarena[lastnf]!;
    this.ao_nextarena[ao] = after;
    if (after !== NULL) this.ao_prevarena[after] = ao;
    this.ao_nextarena[lastnf] = ao;
  }

  /**
   * pymalloc_free(): free a block allocated by pymalloc_alloc(). Returns false if the block was
   * not allocated by pymalloc (so the caller hands it to the system free()).
   * Throws on a free of an address inside an arena that isn't an allocated block (a double
   * free — CPython would corrupt its free list silently).
   */
  pymalloc_free(p: number): boolean {
    const pool = this.poolIdOf(p); // POOL_ADDR(p)
    if (pool === NULL) return false; // !address_in_range(p, pool)
    // We allocated this address.
    const boff = p - this.pool_addr[pool]!;
    const id = pool - FIRST_POOL_ID;
    const words = this.blockWords[id >>> 6]!;
    const wi = ((id & 63) << 10) | (boff >>> 4);
    if ((boff & 15) !== 0 || (words[wi]! & ALLOCATED) === 0) this.badFree(p);

    // Link p to the start of the pool's freeblock list. Since the pool had at least the p
    // block outstanding, the pool wasn't empty (so it's already in a usedpools[] list, or was
    // full and is in no list -- it's not in the freeblocks list in any case).
    const lastfree = this.pool_freeblock[pool]!;
    words[wi] = lastfree;
    this.pool_freeblock[pool] = boff;
    const count = --this.pool_count[pool]!;

    if (lastfree === 0) {
      // Pool was full, so doesn't currently live in any list: link it to the front of the
      // appropriate usedpools[] list. This mimics LRU pool usage for new allocations and
      // targets optimal filling when several pools contain blocks of the same size class.
      this.insert_to_usedpool(pool);
      return true;
    }
    // freeblock wasn't NULL, so the pool wasn't full, and the pool is in a usedpools[] list.
    if (count !== 0) return true; // pool isn't empty: leave it in usedpools

    // Pool is now empty: unlink from usedpools, and link to the front of freepools. This
    // ensures that previously freed pools will be allocated later.
    this.insert_to_freepool(pool);
    return true;
  }

  private badFree(p: number): never {
    throw new Error(`pymalloc: free of 0x${p.toString(16)}, which is not an allocated block (double free?)`);
  }

  /**
   * pymalloc_realloc(): -1 if pymalloc did not allocate p; else the new pointer (0 on failure).
   * The block stays put if the new size fits and shrinks it by at most 25%.
   */
  private pymalloc_realloc(p: number, nbytes: number): number {
    const pool = this.poolIdOf(p);
    if (pool === NULL) {
      // pymalloc is not managing this block: let C (the system allocator) continue to manage
      // it, even if nbytes <= SMALL_REQUEST_THRESHOLD.
      return -1;
    }
    // pymalloc is in charge of this block
    const boff = p - this.pool_addr[pool]!;
    const id = pool - FIRST_POOL_ID;
    const words = this.blockWords[id >>> 6]!;
    const wi = ((id & 63) << 10) | (boff >>> 4);
    if ((boff & 15) !== 0 || (words[wi]! & ALLOCATED) === 0) this.badFree(p);
    const size = INDEX2SIZE(this.pool_szidx[pool]!);
    if (nbytes <= size) {
      // The block is staying the same or shrinking. If it's shrinking, there's a tradeoff: it
      // costs cycles to copy the block to a smaller size class, but it wastes memory not to
      // copy it. The compromise here is to copy on shrink only if at least 25% of size can be
      // shaved off.
      if (4 * nbytes > 3 * size) {
        // It's the same, or shrinking and new/old > 3/4.
        words[wi] = ALLOCATED | nbytes;
        return p;
      }
    }
    const bp = this._PyObject_Malloc(nbytes);
    if (bp !== 0) {
      // memcpy(bp, p, size);
      this._PyObject_Free(p);
    }
    return bp;
  }

  // =================================================================== the allocator API

  /** The raw domain (_PyMem_RawMalloc): malloc(), with 0 bytes meaning malloc(1). */
  PyMem_RawMalloc(size: number): number {
    if (size >= PY_SSIZE_T_MAX_PLUS_1) return 0;
    if (size === 0) {
      const p = this.sys.malloc(1);
      if (p !== 0) this.sys.setRequestedSize(p, 0);
      return p;
    }
    return this.sys.malloc(size);
  }

  PyMem_RawCalloc(nelem: number, elsize: number): number {
    if (elsize !== 0 && nelem >= PY_SSIZE_T_MAX_PLUS_1 / elsize) return 0;
    if (nelem === 0 || elsize === 0) {
      const p = this.sys.calloc(1, 1);
      if (p !== 0) this.sys.setRequestedSize(p, 0);
      return p;
    }
    return this.sys.calloc(nelem, elsize);
  }

  PyMem_RawRealloc(ptr: number, size: number): number {
    if (size >= PY_SSIZE_T_MAX_PLUS_1) return 0;
    if (size === 0) {
      const p = this.sys.realloc(ptr, 1);
      if (p !== 0) this.sys.setRequestedSize(p, 0);
      return p;
    }
    return this.sys.realloc(ptr, size);
  }

  PyMem_RawFree(ptr: number): void {
    this.sys.free(ptr);
  }

  /** _PyObject_Malloc(): pymalloc, else the raw allocator. */
  _PyObject_Malloc(nbytes: number): number {
    const ptr = this.pymalloc_alloc(nbytes);
    if (ptr !== 0) return ptr;
    const raw = this.PyMem_RawMalloc(nbytes);
    if (raw !== 0) this.raw_allocated_blocks++;
    return raw;
  }

  _PyObject_Calloc(nelem: number, elsize: number): number {
    const nbytes = nelem * elsize;
    const ptr = this.pymalloc_alloc(nbytes);
    if (ptr !== 0) return ptr; // memset(ptr, 0, nbytes)
    const raw = this.PyMem_RawCalloc(nelem, elsize);
    if (raw !== 0) this.raw_allocated_blocks++;
    return raw;
  }

  _PyObject_Free(p: number): void {
    if (p === 0) return; // PyObject_Free(NULL) has no effect
    if (!this.pymalloc_free(p)) {
      // pymalloc didn't allocate this address
      this.PyMem_RawFree(p);
      this.raw_allocated_blocks--;
    }
  }

  _PyObject_Realloc(ptr: number, nbytes: number): number {
    if (ptr === 0) return this._PyObject_Malloc(nbytes);
    const ptr2 = this.pymalloc_realloc(ptr, nbytes);
    if (ptr2 !== -1) return ptr2;
    return this.PyMem_RawRealloc(ptr, nbytes);
  }

  // =================================================================== queries

  /** Requested size of a live pymalloc block, -1 if p isn't one (or not in an arena). */
  blockRequestedSize(p: number): number {
    const pool = this.poolIdOf(p);
    if (pool === NULL) return -1;
    const boff = p - this.pool_addr[pool]!;
    if ((boff & 15) !== 0) return -1;
    const id = pool - FIRST_POOL_ID;
    const w = this.blockWords[id >>> 6]![((id & 63) << 10) | (boff >>> 4)]!;
    return (w & ALLOCATED) !== 0 ? w & 0x7fff : -1;
  }

  /** Size of the block (its size class) holding p, or 0 if p isn't in a carved pool. */
  blockSize(p: number): number {
    const pool = this.poolIdOf(p);
    if (pool === NULL) return 0;
    const id = pool - FIRST_POOL_ID;
    if (this.pool_addr[pool]! >= this.ao_pool_address[id >>> 6]!) return 0; // not carved yet
    const sz = this.pool_szidx[pool]!;
    return sz === DUMMY_SIZE_IDX ? 0 : INDEX2SIZE(sz);
  }

  /** sys.getallocatedblocks(): _Py_GetAllocatedBlocks(). */
  getAllocatedBlocks(): number {
    let n = this.raw_allocated_blocks;
    for (let i = 0; i < this.maxarenas; ++i) {
      if (this.ao_address[i] === 0) continue;
      const base = this.ao_first_pool[i]!;
      const npools = (this.ao_pool_address[i]! - base) / POOL_SIZE;
      const first = FIRST_POOL_ID + i * MAX_POOLS_IN_ARENA;
      for (let s = 0; s < npools; s++) n += this.pool_count[first + s]!;
    }
    return n;
  }

  /** Where is `addr`? Arena, pool, size class and block, or null if not in an arena. */
  locate(addr: number): BlockLocation | null {
    const a = this.arenaIndexOf(addr);
    if (a === NULL) return null;
    const off = addr - this.ao_first_pool[a]!;
    const slot = off >>> POOL_BITS;
    if (off < 0 || this.ao_first_pool[a]! + slot * POOL_SIZE >= this.ao_pool_address[a]!) return null;
    const pool = FIRST_POOL_ID + (a << 6) + slot;
    const sz = this.pool_szidx[pool]!;
    const boff = off & POOL_SIZE_MASK;
    if (sz === DUMMY_SIZE_IDX || boff < POOL_OVERHEAD) return null;
    const bsize = INDEX2SIZE(sz);
    const blockIndex = Math.floor((boff - POOL_OVERHEAD) / bsize);
    if (blockIndex >= NUMBLOCKS(sz)) return null;
    const blockOff = POOL_OVERHEAD + blockIndex * bsize;
    const w = this.blockWords[a]![(slot << 10) | (blockOff >>> 4)]!;
    return {
      arenaindex: a,
      arenaAddress: this.ao_address[a]!,
      poolAddress: this.pool_addr[pool]!,
      szidx: sz,
      blockSize: bsize,
      blockIndex,
      blockAddress: this.pool_addr[pool]! + blockOff,
      allocated: blockOff < this.pool_nextoffset[pool]! && (w & ALLOCATED) !== 0,
    };
  }

  /** Pool id of the (carved) pool at poolAddress, or -1. */
  private poolIdAt(poolAddress: number): number {
    const a = this.arenaIndexOf(poolAddress);
    if (a === NULL) return NULL;
    const off = poolAddress - this.ao_first_pool[a]!;
    if (off < 0 || (off & POOL_SIZE_MASK) !== 0) return NULL;
    if (poolAddress >= this.ao_pool_address[a]!) return NULL;
    return FIRST_POOL_ID + (a << 6) + (off >>> POOL_BITS);
  }

  /**
   * Call fn(address, requestedSize) for each allocated block of the pool at poolAddress, in
   * address order. Cheap: one typed-array read per block up to nextoffset.
   */
  forEachAllocatedBlock(poolAddress: number, fn: (addr: number, requested: number) => void): void {
    const pool = this.poolIdAt(poolAddress);
    if (pool === NULL || this.pool_count[pool] === 0) return;
    const id = pool - FIRST_POOL_ID;
    const words = this.blockWords[id >>> 6]!;
    const wbase = (id & 63) << 10;
    const bsize = INDEX2SIZE(this.pool_szidx[pool]!);
    const end = this.pool_nextoffset[pool]!;
    for (let off = POOL_OVERHEAD; off < end && off + bsize <= POOL_SIZE; off += bsize) {
      const w = words[wbase | (off >>> 4)]!;
      if ((w & ALLOCATED) !== 0) fn(poolAddress + off, w & 0x7fff);
    }
  }

  /** Addresses of the allocated blocks of a pool, in address order. */
  allocatedBlocks(poolAddress: number): number[] {
    const out: number[] = [];
    this.forEachAllocatedBlock(poolAddress, (a) => out.push(a));
    return out;
  }

  /** The pool's freeblock list, in list order (the next allocation takes the first). Virgin
   *  blocks beyond nextoffset are not on it. */
  freeBlockList(poolAddress: number): number[] {
    const pool = this.poolIdAt(poolAddress);
    if (pool === NULL) return [];
    const id = pool - FIRST_POOL_ID;
    const words = this.blockWords[id >>> 6]!;
    const wbase = (id & 63) << 10;
    const out: number[] = [];
    for (let off = this.pool_freeblock[pool]!; off !== 0; off = words[wbase | (off >>> 4)]!) {
      out.push(poolAddress + off);
      if (out.length > WORDS_PER_POOL) throw new Error('freeblock list cycle');
    }
    return out;
  }

  private poolInfo(pool: number): PoolInfo {
    const sz = this.pool_szidx[pool]!;
    const count = this.pool_count[pool]!;
    const bsize = sz === DUMMY_SIZE_IDX ? 0 : INDEX2SIZE(sz);
    const nblocks = sz === DUMMY_SIZE_IDX ? 0 : NUMBLOCKS(sz);
    const addr = this.pool_addr[pool]!;
    const fb = this.pool_freeblock[pool]!;
    const no = this.pool_nextoffset[pool]!;
    const mno = this.pool_maxnextoffset[pool]!;
    return {
      address: addr,
      arenaindex: (pool - FIRST_POOL_ID) >>> 6,
      szidx: sz,
      blockSize: bsize,
      state: count === 0 ? 'empty' : count === nblocks ? 'full' : 'used',
      nblocks,
      allocated: count,
      freeblock: fb === 0 ? 0 : addr + fb,
      nextoffset: no,
      maxnextoffset: mno,
      virginBlocks: bsize === 0 || no > mno ? 0 : Math.floor((mno - no) / bsize) + 1,
    };
  }

  /** Every allocated arena (in `arenas` vector order) with its carved pools. */
  arenas(): ArenaInfo[] {
    const out: ArenaInfo[] = [];
    for (let i = 0; i < this.maxarenas; i++) {
      const address = this.ao_address[i]!;
      if (address === 0) continue;
      const first = this.ao_first_pool[i]!;
      const ncarved = (this.ao_pool_address[i]! - first) / POOL_SIZE;
      const pools: PoolInfo[] = [];
      for (let s = 0; s < ncarved; s++) pools.push(this.poolInfo(FIRST_POOL_ID + i * MAX_POOLS_IN_ARENA + s));
      out.push({
        index: i,
        address,
        firstPool: first,
        poolAddress: this.ao_pool_address[i]!,
        nfreepools: this.ao_nfreepools[i]!,
        ntotalpools: this.ao_ntotalpools[i]!,
        ncarvedpools: ncarved,
        alignmentLoss: first === address ? 0 : POOL_SIZE,
        pools,
      });
    }
    return out;
  }

  /** Info on the pool at poolAddress (null if it isn't a carved pool). */
  pool(poolAddress: number): PoolInfo | null {
    const pool = this.poolIdAt(poolAddress);
    return pool === NULL ? null : this.poolInfo(pool);
  }

  /** usable_arenas in list order: [arena address, nfreepools]. */
  usableArenas(): Array<{ address: number; nfreepools: number }> {
    const out: Array<{ address: number; nfreepools: number }> = [];
    for (let a = this.usable_arenas; a !== NULL; a = this.ao_nextarena[a]!) {
      out.push({ address: this.ao_address[a]!, nfreepools: this.ao_nfreepools[a]! });
      if (out.length > this.maxarenas) throw new Error('usable_arenas cycle');
    }
    return out;
  }

  /** usedpools[szidx+szidx] in list order: addresses of the used pools of a size class. */
  usedPools(szidx: number): number[] {
    const out: number[] = [];
    for (let p = this.pool_nextpool[szidx]!; p !== szidx; p = this.pool_nextpool[p]!) {
      out.push(this.pool_addr[p]!);
      if (out.length > this.pool_count.length) throw new Error('usedpools cycle');
    }
    return out;
  }

  /** The arena's freepools list in order (addresses). */
  freePools(arenaAddress: number): number[] {
    const a = this.arenaIndexOf(arenaAddress);
    if (a === NULL || this.ao_address[a] !== arenaAddress) return [];
    const out: number[] = [];
    for (let p = this.ao_freepools[a]!; p !== NULL; p = this.pool_nextpool[p]!) out.push(this.pool_addr[p]!);
    return out;
  }

  /** nfp2lasta as arena addresses (0 = NULL), for checking the invariant. */
  nfp2lastaAddresses(): number[] {
    return Array.from(this.nfp2lasta, (a) => (a === NULL ? 0 : this.ao_address[a]!));
  }

  /**
   * Check every invariant stated in obmalloc.c's comments (the asserts of a Py_DEBUG build and
   * more): usable_arenas sorted and doubly linked, nfp2lasta correct, nfreepools = free +
   * never-carved pools, usedpools holding exactly the used pools, pool counts matching the
   * blocks marked allocated, freeblock lists well formed. Returns the problems found (empty if
   * none). O(total blocks): for tests and debugging, not for the hot path.
   */
  checkConsistency(): string[] {
    const errs: string[] = [];
    const hex = (n: number): string => '0x' + n.toString(16);
    // usable_arenas
    const inUsable = new Set<number>();
    let prev = NULL;
    for (let a = this.usable_arenas; a !== NULL; a = this.ao_nextarena[a]!) {
      if (inUsable.has(a) || inUsable.size > this.maxarenas) {
        errs.push('usable_arenas: cycle');
        break;
      }
      inUsable.add(a);
      if (this.ao_prevarena[a] !== prev) errs.push(`usable_arenas: bad prevarena at arena ${a}`);
      if (this.ao_address[a] === 0) errs.push(`usable_arenas: arena ${a} not allocated`);
      if (this.ao_nfreepools[a] === 0) errs.push(`usable_arenas: arena ${a} has no free pool`);
      if (prev !== NULL && this.ao_nfreepools[prev]! > this.ao_nfreepools[a]!) errs.push(`usable_arenas: not sorted at arena ${a}`);
      prev = a;
    }
    // nfp2lasta[nfp] = last arena in usable_arenas with nfp free pools
    const expectLast = new Int32Array(MAX_POOLS_IN_ARENA + 1).fill(NULL);
    for (let a = this.usable_arenas, k = 0; a !== NULL && k <= this.maxarenas; a = this.ao_nextarena[a]!, k++) {
      expectLast[this.ao_nfreepools[a]!] = a;
    }
    for (let nf = 0; nf <= MAX_POOLS_IN_ARENA; nf++) {
      if (this.nfp2lasta[nf] !== expectLast[nf]) errs.push(`nfp2lasta[${nf}] = ${this.nfp2lasta[nf]}, expected ${expectLast[nf]}`);
    }
    // usedpools
    const inUsed = new Set<number>();
    for (let i = 0; i < NB_SMALL_SIZE_CLASSES; i++) {
      let pp = i;
      for (let p = this.pool_nextpool[i]!; p !== i; p = this.pool_nextpool[p]!) {
        if (inUsed.has(p) || inUsed.size > this.pool_count.length) {
          errs.push(`usedpools[${i}]: cycle`);
          break;
        }
        inUsed.add(p);
        if (this.pool_prevpool[p] !== pp) errs.push(`usedpools[${i}]: bad prevpool at ${hex(this.pool_addr[p]!)}`);
        if (this.pool_szidx[p] !== i) errs.push(`usedpools[${i}]: pool ${hex(this.pool_addr[p]!)} has szidx ${this.pool_szidx[p]}`);
        pp = p;
      }
      if (this.pool_prevpool[i] !== pp) errs.push(`usedpools[${i}]: bad tail`);
    }
    let narenas = 0;
    for (let a = 0; a < this.maxarenas; a++) {
      const address = this.ao_address[a]!;
      if (address === 0) continue;
      narenas++;
      const first = this.ao_first_pool[a]!;
      const ncarved = (this.ao_pool_address[a]! - first) / POOL_SIZE;
      const inFree = new Set<number>();
      for (let p = this.ao_freepools[a]!; p !== NULL; p = this.pool_nextpool[p]!) {
        if (inFree.has(p) || inFree.size > MAX_POOLS_IN_ARENA) {
          errs.push(`arena ${hex(address)}: freepools cycle`);
          break;
        }
        inFree.add(p);
      }
      const nf = this.ao_nfreepools[a]!;
      if (nf !== inFree.size + (this.ao_ntotalpools[a]! - ncarved)) errs.push(`arena ${hex(address)}: nfreepools ${nf} != free ${inFree.size} + uncarved`);
      if ((nf > 0) !== inUsable.has(a)) errs.push(`arena ${hex(address)}: nfreepools ${nf} but ${inUsable.has(a) ? '' : 'not '}in usable_arenas`);
      const words = this.blockWords[a]!;
      for (let s = 0; s < ncarved; s++) {
        const pool = FIRST_POOL_ID + a * MAX_POOLS_IN_ARENA + s;
        const paddr = this.pool_addr[pool]!;
        if (this.poolIdOf(paddr) !== pool) errs.push(`pool ${hex(paddr)}: not in the arena map`);
        const count = this.pool_count[pool]!;
        if (count === 0) {
          if (!inFree.has(pool)) errs.push(`pool ${hex(paddr)}: empty but not in freepools`);
          continue;
        }
        const sz = this.pool_szidx[pool]!;
        const bsize = INDEX2SIZE(sz);
        const nblocks = NUMBLOCKS(sz);
        if (inFree.has(pool)) errs.push(`pool ${hex(paddr)}: in freepools with count ${count}`);
        if ((count < nblocks) !== inUsed.has(pool)) errs.push(`pool ${hex(paddr)}: count ${count}/${nblocks} but ${inUsed.has(pool) ? '' : 'not '}in usedpools`);
        const wbase = s << 10;
        let marked = 0;
        const end = this.pool_nextoffset[pool]!;
        for (let off = POOL_OVERHEAD; off < end && off + bsize <= POOL_SIZE; off += bsize) {
          if ((words[wbase | (off >>> 4)]! & ALLOCATED) !== 0) marked++;
        }
        if (marked !== count) errs.push(`pool ${hex(paddr)}: ref.count ${count} but ${marked} blocks allocated`);
        let nfree = 0;
        for (let off = this.pool_freeblock[pool]!; off !== 0; off = words[wbase | (off >>> 4)]!) {
          if ((off - POOL_OVERHEAD) % bsize !== 0 || off >= end) {
            errs.push(`pool ${hex(paddr)}: bad freeblock ${off}`);
            break;
          }
          if (++nfree > nblocks) {
            errs.push(`pool ${hex(paddr)}: freeblock cycle`);
            break;
          }
        }
        const virgin = end > this.pool_maxnextoffset[pool]! ? 0 : Math.floor((this.pool_maxnextoffset[pool]! - end) / bsize) + 1;
        if (count + nfree + virgin !== nblocks) errs.push(`pool ${hex(paddr)}: ${count} used + ${nfree} free + ${virgin} virgin != ${nblocks}`);
      }
    }
    if (narenas !== this.narenas_currently_allocated) errs.push(`narenas_currently_allocated ${this.narenas_currently_allocated} != ${narenas}`);
    return errs;
  }

  // =================================================================== statistics

  /** _PyObject_DebugMallocStats(), as numbers. */
  debugMallocStats(): MallocStats {
    const numclasses = SMALL_REQUEST_THRESHOLD >> ALIGNMENT_SHIFT;
    const numpools = new Array<number>(numclasses).fill(0);
    const numblocks = new Array<number>(numclasses).fill(0);
    const numfreeblocks = new Array<number>(numclasses).fill(0);
    let allocated_bytes = 0;
    let available_bytes = 0;
    let numfreepools = 0;
    let arena_alignment = 0;
    let pool_header_bytes = 0;
    let quantization = 0;
    let narenas = 0;

    // Because full pools aren't linked to from anything, it's easiest to march over all the
    // arenas.
    for (let i = 0; i < this.maxarenas; ++i) {
      const address = this.ao_address[i]!;
      if (address === 0) continue; // Skip arenas which are not allocated.
      narenas += 1;
      numfreepools += this.ao_nfreepools[i]!;
      if (address % POOL_SIZE !== 0) arena_alignment += POOL_SIZE; // round up to pool alignment
      const ncarved = (this.ao_pool_address[i]! - this.ao_first_pool[i]!) / POOL_SIZE;
      for (let s = 0; s < ncarved; s++) {
        const p = FIRST_POOL_ID + i * MAX_POOLS_IN_ARENA + s;
        const count = this.pool_count[p]!;
        if (count === 0) continue; // currently unused
        const sz = this.pool_szidx[p]!;
        ++numpools[sz];
        numblocks[sz] += count;
        numfreeblocks[sz] += NUMBLOCKS(sz) - count;
      }
    }

    const classes: SizeClassStats[] = [];
    for (let i = 0; i < numclasses; ++i) {
      const p = numpools[i]!;
      const b = numblocks[i]!;
      const f = numfreeblocks[i]!;
      const size = INDEX2SIZE(i);
      if (p === 0) continue;
      classes.push({ szidx: i, size, numPools: p, blocksInUse: b, availBlocks: f });
      allocated_bytes += b * size;
      available_bytes += f * size;
      pool_header_bytes += p * POOL_OVERHEAD;
      quantization += p * ((POOL_SIZE - POOL_OVERHEAD) % size);
    }
    const mid = this.arena_map_mid_nodes.size;
    const bot = this.arena_map_bot_nodes.size;
    return {
      smallBlockThreshold: SMALL_REQUEST_THRESHOLD,
      numClasses: numclasses,
      classes,
      arenasAllocatedTotal: this.ntimes_arena_allocated,
      arenasReclaimed: this.ntimes_arena_allocated - narenas,
      arenasHighwater: this.narenas_highwater,
      arenasAllocatedCurrent: narenas,
      arenaBytes: narenas * ARENA_SIZE,
      bytesInAllocatedBlocks: allocated_bytes,
      bytesInAvailableBlocks: available_bytes,
      unusedPools: numfreepools,
      unusedPoolBytes: numfreepools * POOL_SIZE,
      bytesLostToPoolHeaders: pool_header_bytes,
      bytesLostToQuantization: quantization,
      bytesLostToArenaAlignment: arena_alignment,
      total: allocated_bytes + available_bytes + numfreepools * POOL_SIZE + pool_header_bytes + quantization + arena_alignment,
      arenaMapMidNodes: mid,
      arenaMapBotNodes: bot,
      arenaMapRootBytes: ARENA_MAP_ROOT_BYTES,
      arenaMapMidBytes: ARENA_MAP_MID_BYTES * mid,
      arenaMapBotBytes: ARENA_MAP_BOT_BYTES * bot,
      arenaMapTotalBytes: ARENA_MAP_ROOT_BYTES + ARENA_MAP_MID_BYTES * mid + ARENA_MAP_BOT_BYTES * bot,
    };
  }
}

// ------------------------------------------------------------------------ text output

/** printone(): the label padded to 35 columns, '=', the value with commas in 21 columns. */
function printone(msg: string, value: number): string {
  const digits = Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return msg.padEnd(35, ' ') + '=' + digits.padStart(21, ' ') + '\n';
}

/**
 * The pymalloc part of sys._debugmallocstats() output, byte for byte as CPython 3.12 prints it
 * (the object free-list lines that follow in CPython come from the object layer).
 */
export function formatDebugMallocStats(s: MallocStats): string {
  let out = `Small block threshold = ${s.smallBlockThreshold}, in ${s.numClasses} size classes.\n`;
  out += '\nclass   size   num pools   blocks in use  avail blocks\n-----   ----   ---------   -------------  ------------\n';
  for (const c of s.classes) {
    out +=
      String(c.szidx).padStart(5) +
      ' ' +
      String(c.size).padStart(6) +
      ' ' +
      String(c.numPools).padStart(11) +
      ' ' +
      String(c.blocksInUse).padStart(15) +
      ' ' +
      String(c.availBlocks).padStart(13) +
      '\n';
  }
  out += '\n';
  out += printone('# arenas allocated total', s.arenasAllocatedTotal);
  out += printone('# arenas reclaimed', s.arenasReclaimed);
  out += printone('# arenas highwater mark', s.arenasHighwater);
  out += printone('# arenas allocated current', s.arenasAllocatedCurrent);
  out += printone(`${s.arenasAllocatedCurrent} arenas * ${ARENA_SIZE} bytes/arena`, s.arenaBytes);
  out += '\n';
  out += printone('# bytes in allocated blocks', s.bytesInAllocatedBlocks);
  out += printone('# bytes in available blocks', s.bytesInAvailableBlocks);
  out += printone(`${s.unusedPools} unused pools * ${POOL_SIZE} bytes`, s.unusedPoolBytes);
  out += printone('# bytes lost to pool headers', s.bytesLostToPoolHeaders);
  out += printone('# bytes lost to quantization', s.bytesLostToQuantization);
  out += printone('# bytes lost to arena alignment', s.bytesLostToArenaAlignment);
  out += printone('Total', s.total);
  out += '\narena map counts\n';
  out += printone('# arena map mid nodes', s.arenaMapMidNodes);
  out += printone('# arena map bot nodes', s.arenaMapBotNodes);
  out += '\n';
  out += printone('# bytes lost to arena map root', s.arenaMapRootBytes);
  out += printone('# bytes lost to arena map mid', s.arenaMapMidBytes);
  out += printone('# bytes lost to arena map bot', s.arenaMapBotBytes);
  out += printone('Total', s.arenaMapTotalBytes);
  return out;
}
