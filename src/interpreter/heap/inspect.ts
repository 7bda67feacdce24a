/**
 * A programmatic view of the simulated heap for the site's visualiser: pymalloc's arenas →
 * pools → blocks, glibc's large chunks, and the live objects that own the blocks.
 *
 * Mapping a block to its object needs a registry of live objects (address → object). It exists
 * only in *inspection mode* (`RunOptions.inspect = true`): objects/alloc.ts then records every
 * allocObject / free-list reuse and forgets every freeObject (`traceHooks.registry`). Normal
 * runs keep no registry and pay one null check per allocation.
 *
 * Everything returned is plain JSON (numbers, strings, arrays, objects): `JSON.stringify` it or
 * hand it to a web worker's postMessage. Addresses are numbers (they fit doubles exactly); the
 * `hex` fields are CPython-style `0x7f…` strings.
 *
 * Objects parked on a free list (list, tuple, dict, float …) keep their block allocated in
 * CPython: their block shows as used with `freeList: true` and the dead object's type.
 */
import type { Heap } from './allocator';
import type { PyObject } from '../objects/object';
import { isImmortal, IMMORTAL_REPORTED } from '../objects/object';
import { preHeaderSize, traceHooks } from '../objects/alloc';
import { POOL_OVERHEAD } from './obmalloc';

export interface ObjectSummary {
  /** id(obj): the object's address (after the GC header / pre-header). */
  id: number;
  hex: string;
  type: string;
  /** sys.getrefcount-style count (4294967295 for immortal objects), without the +1 argument. */
  refcount: number;
  /** sys.getsizeof(obj), or null when it could not be computed. */
  size: number | null;
  /** Start of the allocator block (id − GC header − pre-header). */
  block: number;
  /** repr(obj), cut to `reprLimit` characters; null when repr raised or was skipped. */
  repr: string | null;
  /** The block belongs to a dead object parked on a free list. */
  freeList?: true;
}

export interface BlockView {
  address: number;
  /** 'used' (allocated), 'free' (on the pool's freeblock list), 'virgin' (never handed out). */
  state: 'used' | 'free' | 'virgin';
  /** Bytes requested by the allocation (used blocks). */
  requested?: number;
  object?: ObjectSummary;
}

export interface PoolView {
  address: number;
  hex: string;
  /** Size class index (0 … 31) and block size (16 … 512). */
  szidx: number;
  blockSize: number;
  state: 'used' | 'full' | 'empty';
  nblocks: number;
  allocated: number;
  blocks: BlockView[];
}

export interface ArenaView {
  index: number;
  address: number;
  hex: string;
  ntotalpools: number;
  nfreepools: number;
  /** Pools carved so far (the rest of the arena is untouched). */
  pools: PoolView[];
}

export interface LargeView {
  /** User pointer of the malloc'd chunk. */
  address: number;
  hex: string;
  /** Chunk size (with malloc's header) and the requested size. */
  size: number;
  requested: number;
  mmapped: boolean;
  object?: ObjectSummary;
}

export interface HeapView {
  arenas: ArenaView[];
  /** Allocations served by the system allocator (> 512 bytes, or raw). */
  large: LargeView[];
  /** Live objects known to the registry, by address (empty outside inspection mode). */
  objects: ObjectSummary[];
  totals: {
    arenas: number;
    pools: number;
    usedBlocks: number;
    /** Bytes mapped from the simulated kernel (arenas, brk heap, big mmaps). */
    mappedBytes: number;
  };
}

export interface HeapViewOptions {
  /** Include every block of every pool (default true); false lists used blocks only. */
  allBlocks?: boolean;
  /** Cut repr() to this many characters (default 60); 0 skips repr entirely. */
  reprLimit?: number;
  /** Functions computing repr text and getsizeof; both may throw (then null). */
  repr?: (o: PyObject) => string;
  sizeof?: (o: PyObject) => number;
}

const hex = (n: number): string => '0x' + n.toString(16);

/** Summary of one object (used by heapView; the site may call it for a single object). */
export function summarizeObject(o: PyObject, opts: HeapViewOptions = {}, id = o.addr): ObjectSummary {
  const limit = opts.reprLimit ?? 60;
  let size: number | null = null;
  let repr: string | null = null;
  const dead = o.addr === 0;
  if (!dead && opts.sizeof) {
    try {
      size = opts.sizeof(o);
    } catch {
      size = null;
    }
  }
  if (!dead && limit > 0 && opts.repr) {
    try {
      const r = opts.repr(o);
      repr = r.length > limit ? r.slice(0, limit - 1) + '…' : r;
    } catch {
      repr = null;
    }
  }
  const s: ObjectSummary = {
    id,
    hex: hex(id),
    type: o.type.name,
    refcount: isImmortal(o) ? IMMORTAL_REPORTED : o.rc,
    size,
    block: id - preHeaderSize(o.type),
    repr,
  };
  if (dead) s.freeList = true;
  return s;
}

/**
 * The heap as arenas → pools → blocks plus large chunks. `objects` is the registry of live
 * objects (address → object); by default the one inspection mode maintains.
 */
export function heapView(heap: Heap, objects: Map<number, PyObject> | null = traceHooks.registry, opts: HeapViewOptions = {}): HeapView {
  const byBlock = new Map<number, ObjectSummary>();
  const summaries: ObjectSummary[] = [];
  if (objects !== null) {
    const ids = [...objects.keys()].sort((a, b) => a - b);
    for (const id of ids) {
      const s = summarizeObject(objects.get(id)!, opts, id);
      summaries.push(s);
      byBlock.set(s.block, s);
    }
  }
  const allBlocks = opts.allBlocks ?? true;
  let npools = 0;
  let used = 0;
  const arenas: ArenaView[] = heap.arenas().map((a) => ({
    index: a.index,
    address: a.address,
    hex: hex(a.address),
    ntotalpools: a.ntotalpools,
    nfreepools: a.nfreepools,
    pools: a.pools.map((p) => {
      npools++;
      const usedBlocks = new Map<number, number>();
      heap.forEachAllocatedBlock(p.address, (addr, req) => usedBlocks.set(addr, req));
      const blocks: BlockView[] = [];
      if (allBlocks && p.state !== 'empty') {
        const free = new Set(heap.freeBlockList(p.address));
        const first = p.address + POOL_OVERHEAD;
        for (let i = 0; i < p.nblocks; i++) {
          const addr = first + i * p.blockSize;
          const req = usedBlocks.get(addr);
          if (req !== undefined) blocks.push(blockOf(addr, req, byBlock));
          else blocks.push({ address: addr, state: free.has(addr) ? 'free' : 'virgin' });
        }
      } else {
        for (const [addr, req] of usedBlocks) blocks.push(blockOf(addr, req, byBlock));
      }
      used += usedBlocks.size;
      return {
        address: p.address,
        hex: hex(p.address),
        szidx: p.szidx,
        blockSize: p.blockSize,
        state: p.state,
        nblocks: p.nblocks,
        allocated: p.allocated,
        blocks,
      };
    }),
  }));
  const large: LargeView[] = [];
  for (const c of heap.systemChunks()) {
    if (c.state !== 'inuse' && c.state !== 'mmapped') continue;
    const v: LargeView = { address: c.addr, hex: hex(c.addr), size: c.size, requested: c.requested, mmapped: c.state === 'mmapped' };
    const o = byBlock.get(c.addr);
    if (o !== undefined) v.object = o;
    large.push(v);
  }
  return { arenas, large, objects: summaries, totals: { arenas: arenas.length, pools: npools, usedBlocks: used, mappedBytes: heap.mappedBytes } };
}

function blockOf(addr: number, requested: number, byBlock: Map<number, ObjectSummary>): BlockView {
  const b: BlockView = { address: addr, state: 'used', requested };
  const o = byBlock.get(addr);
  if (o !== undefined) b.object = o;
  return b;
}
