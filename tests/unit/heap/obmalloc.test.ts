/**
 * pymalloc (src/interpreter/heap/obmalloc.ts) against CPython 3.12's Objects/obmalloc.c.
 *
 * Where behaviour is observable from Python, the expectation was checked on real CPython 3.12.1
 * (x86-64 Linux) with the snippet quoted in the test's comment.
 */
import { describe, expect, it } from 'vitest';
import { createHeap, type Heap } from '../../../src/interpreter/heap/allocator';
import {
  ARENA_SIZE,
  formatDebugMallocStats,
  INDEX2SIZE,
  MAX_POOLS_IN_ARENA,
  NUMBLOCKS,
  POOL_OVERHEAD,
  POOL_SIZE,
} from '../../../src/interpreter/heap/obmalloc';

/** A heap whose arenas are 1 MiB aligned (every arena has 64 pools), unless told otherwise. */
function alignedHeap(): Heap {
  return createHeap({ mmapTop: 0x7f46d0000000 });
}

function ok(h: Heap): void {
  expect(h.checkConsistency()).toEqual([]);
}

const poolOf = (p: number): number => p - (p % POOL_SIZE);

describe('parameters (pycore_obmalloc.h, 64-bit)', () => {
  it('has 32 size classes of 16 bytes and 48-byte pool headers', () => {
    expect(INDEX2SIZE(0)).toBe(16);
    expect(INDEX2SIZE(31)).toBe(512);
    expect(POOL_OVERHEAD).toBe(48); // sizeof(struct pool_header): 4 pointers + 4 uints
    expect(MAX_POOLS_IN_ARENA).toBe(64);
  });

  it('NUMBLOCKS matches sys._debugmallocstats()', () => {
    // CPython 3.12.1, `python3 -c "import sys; sys._debugmallocstats()"` at startup:
    //     0     16           1              27           994    → 1021 blocks
    //     1     32           1             492            18    → 510 blocks
    //    31    512           1              14            17    → 31 blocks
    expect(NUMBLOCKS(0)).toBe(1021);
    expect(NUMBLOCKS(1)).toBe((16384 - 48) >> 5); // 510
    expect(NUMBLOCKS(1)).toBe(510);
    expect(NUMBLOCKS(31)).toBe(31);
  });
});

describe('pymalloc_alloc / pymalloc_free', () => {
  it('carves a fresh pool block by block: first block right after the header', () => {
    // CPython 3.12.1: consecutive 2-tuples (56 bytes with the GC head → 64-byte class) from a
    // fresh pool: `ts = [(i, i) for i in range(3000)]; [id(ts[i+1]) - id(ts[i]) ...]` → all 64.
    // And bytes of 363 bytes (368-byte class): ids at pool + 0x310, 0x480, 0x5f0, 0x760, i.e.
    // 48 + k*368; the pool header read with ctypes showed nextoffset = 48 + 7*368 (one block
    // ahead of the 6 allocated) and maxnextoffset = 16384 - 368.
    const h = alignedHeap();
    const ps = Array.from({ length: 5 }, () => h.malloc(363));
    expect(ps[0]! % POOL_SIZE).toBe(POOL_OVERHEAD);
    for (let i = 1; i < 5; i++) expect(ps[i]! - ps[i - 1]!).toBe(368);
    const pool = h.pool(poolOf(ps[0]!))!;
    expect(pool.szidx).toBe(22);
    expect(pool.nextoffset).toBe(48 + 6 * 368);
    expect(pool.maxnextoffset).toBe(16384 - 368);
    ok(h);
  });

  it('reuses a freed block first (LIFO freeblock list)', () => {
    // CPython 3.12.1: `a = object(); x = id(a); del a; b = object(); id(b) == x` → True
    // and: `p, q, r = object(), object(), object(); ip, iq = id(p), id(q); del p; del q;
    //       n1 = object(); n2 = object(); id(n1) == iq, id(n2) == ip` → True True
    const h = alignedHeap();
    const a = h.malloc(16);
    h.free(a);
    expect(h.malloc(16)).toBe(a);
    const p = h.malloc(16);
    const q = h.malloc(16);
    h.malloc(16);
    h.free(p);
    h.free(q);
    expect(h.freeBlockList(poolOf(p)).slice(0, 2)).toEqual([q, p]);
    expect(h.malloc(16)).toBe(q);
    expect(h.malloc(16)).toBe(p);
    ok(h);
  });

  it('groups requests by size class: 1..16 → 16, 17..32 → 32, … 497..512 → 512', () => {
    const h = alignedHeap();
    for (const [n, size] of [
      [1, 16],
      [16, 16],
      [17, 32],
      [33, 48],
      [511, 512],
      [512, 512],
    ] as const) {
      const p = h.malloc(n);
      expect(h.isSmall(p)).toBe(true);
      expect(h.usableSize(p)).toBe(size);
      expect(h.sizeOf(p)).toBe(n);
    }
    expect(h.isSmall(h.malloc(513))).toBe(false);
    expect(h.isSmall(h.malloc(0))).toBe(false); // pymalloc_alloc returns NULL for 0 bytes
    ok(h);
  });

  it('a 32-byte pool holds 510 blocks and goes used → full → used → empty', () => {
    const h = alignedHeap();
    const blocks: number[] = [];
    for (let i = 0; i < 510; i++) blocks.push(h.malloc(32));
    const pa = poolOf(blocks[0]!);
    expect(blocks.every((b) => poolOf(b) === pa)).toBe(true);
    expect(h.pool(pa)!.state).toBe('full');
    expect(h.pool(pa)!.nblocks).toBe(510);
    expect(h.usedPools(1)).toEqual([]); // full pools are in no list
    // the 511th goes to a new pool
    const extra = h.malloc(32);
    expect(poolOf(extra)).not.toBe(pa);
    expect(h.usedPools(1)).toEqual([poolOf(extra)]);

    // full → used: linked back at the FRONT of usedpools, so the freed block is reused next
    h.free(blocks[200]!);
    expect(h.pool(pa)!.state).toBe('used');
    expect(h.usedPools(1)).toEqual([pa, poolOf(extra)]);
    expect(h.malloc(32)).toBe(blocks[200]);
    expect(h.pool(pa)!.state).toBe('full');

    // used → empty: into the arena's freepools
    for (const b of blocks) h.free(b);
    const info = h.pool(pa)!;
    expect(info.state).toBe('empty');
    expect(info.allocated).toBe(0);
    const arena = h.arenas()[0]!;
    expect(h.obmalloc.freePools(arena.address)).toEqual([pa]);
    expect(h.usedPools(1)).toEqual([poolOf(extra)]);
    ok(h);
  });

  it('relinks pools freed from full at the front, most recent first', () => {
    // CPython 3.12.1:
    //   xs = [object() for _ in range(5000)]; a_id, b_id = id(xs[100]), id(xs[2000])
    //   xs[100] = None; xs[2000] = None; n1 = object(); n2 = object()
    //   id(n1) == b_id, id(n2) == a_id  → True True
    const h = alignedHeap();
    const xs = Array.from({ length: 5000 }, () => h.malloc(16));
    const aId = xs[100]!;
    const bId = xs[2000]!;
    expect(poolOf(aId)).not.toBe(poolOf(bId));
    h.free(aId);
    h.free(bId);
    expect(h.malloc(16)).toBe(bId);
    expect(h.malloc(16)).toBe(aId);
    ok(h);
  });

  it('an empty pool is reused by any size class; the same class skips re-initialisation', () => {
    const h = alignedHeap();
    const keep = h.malloc(16); // keeps the arena alive
    const a = h.malloc(64);
    const b = h.malloc(64);
    const pa = poolOf(a);
    h.free(a);
    h.free(b); // pool empty → freepools; freeblock list is [b, a, (virgin) ...]
    // same class again: takes the cached pool and its existing free list (b first)
    expect(h.malloc(64)).toBe(b);
    h.free(b);
    // another class takes the same pool and re-initialises it: first block after the header
    const c = h.malloc(256);
    expect(poolOf(c)).toBe(pa);
    expect(c).toBe(pa + POOL_OVERHEAD);
    expect(h.pool(pa)!.szidx).toBe(15);
    h.free(keep);
    ok(h);
  });

  it('detects double frees instead of corrupting the free list', () => {
    const h = alignedHeap();
    const a = h.malloc(40);
    h.malloc(40);
    h.free(a);
    expect(() => h.free(a)).toThrow(/not an allocated block/);
    expect(() => h.free(a + 16)).toThrow(/not an allocated block/);
    ok(h);
  });
});

describe('arenas', () => {
  it('mmap gives page-aligned arenas; an unaligned one loses a pool (new_arena)', () => {
    // CPython 3.12.1 at startup: "# bytes lost to arena alignment = 16,384" with 2 arenas,
    // and pools read through ctypes showed arenas of 63 and of 64 pools.
    const h = createHeap(); // default mmapTop 0x7f46cfdc7000: first arena at ...cc7000
    const p = h.malloc(16);
    const [arena] = h.arenas();
    expect(arena!.address).toBe(0x7f46cfcc7000);
    expect(arena!.address % POOL_SIZE).toBe(0x3000);
    expect(arena!.firstPool).toBe(0x7f46cfcc8000);
    expect(arena!.ntotalpools).toBe(63);
    expect(p).toBe(0x7f46cfcc8030);
    expect(h.stats().bytesLostToArenaAlignment).toBe(POOL_SIZE);

    const g = alignedHeap();
    g.malloc(16);
    expect(g.arenas()[0]!.ntotalpools).toBe(64);
    expect(g.stats().bytesLostToArenaAlignment).toBe(0);
  });

  it('carves pools in address order, one arena at a time, top-down across arenas', () => {
    const h = alignedHeap();
    const perPool = NUMBLOCKS(31); // 31 blocks of 512
    const ps: number[] = [];
    for (let i = 0; i < perPool * 70; i++) ps.push(h.malloc(512)); // 70 pools: 2 arenas
    const arenas = h.arenas();
    expect(arenas.length).toBe(2);
    expect(arenas[0]!.nfreepools).toBe(0);
    expect(arenas[1]!.address).toBe(arenas[0]!.address - ARENA_SIZE); // mmap is top-down
    expect(arenas[1]!.ncarvedpools).toBe(6);
    expect(arenas[1]!.nfreepools).toBe(58);
    const pools0 = arenas[0]!.pools.map((p) => p.address);
    expect(pools0).toEqual(pools0.slice().sort((x, y) => x - y));
    ok(h);
  });

  it('frees an arena when wholly empty, but keeps the last usable one (bpo-37257)', () => {
    // CPython 3.12.1: xs = [object() for _ in range(1_000_000)] → "# arenas allocated
    // total = 18, highwater 18" (2 at startup + 16); del xs → "# arenas reclaimed = 15,
    // allocated current = 3": one wholly free arena is kept.
    const h = createHeap();
    const xs: number[] = [];
    for (let i = 0; i < 1_000_000; i++) xs.push(h.malloc(16));
    let s = h.stats();
    expect(s.arenasAllocatedCurrent).toBe(16); // ceil(1e6 / (1021 * 63))
    for (const x of xs) h.free(x);
    s = h.stats();
    expect(s.arenasAllocatedTotal).toBe(16);
    expect(s.arenasReclaimed).toBe(15);
    expect(s.arenasHighwater).toBe(16);
    expect(s.arenasAllocatedCurrent).toBe(1);
    expect(h.usableArenas()).toEqual([{ address: h.arenas()[0]!.address, nfreepools: 63 }]);
    ok(h);
    // Allocating again reuses the kept arena: no new mmap.
    h.malloc(16);
    expect(h.stats().arenasAllocatedTotal).toBe(16);
  });

  it('releases the arena memory to the kernel (munmap) and reuses the address range', () => {
    const h = alignedHeap();
    const a1 = Array.from({ length: NUMBLOCKS(31) * 64 }, () => h.malloc(512)); // fills arena 1
    const a2 = [h.malloc(512)]; // arena 2
    const base1 = h.arenas()[0]!.address;
    const mapped = h.mappedBytes;
    for (const p of a1) h.free(p); // arena 1 wholly empty and not last in usable_arenas → freed
    expect(h.arenas().map((a) => a.address)).not.toContain(base1);
    expect(h.mappedBytes).toBe(mapped - ARENA_SIZE);
    expect(h.obmalloc.address_in_range(a1[0]!)).toBe(false);
    // a new arena gets the highest free gap: the same range
    for (let i = 0; i < NUMBLOCKS(31) * 64; i++) a2.push(h.malloc(512));
    expect(h.arenas().map((a) => a.address)).toContain(base1);
    ok(h);
  });

  it('keeps usable_arenas sorted by nfreepools (fullest first) with nfp2lasta fingers', () => {
    const h = alignedHeap();
    // Three arenas, full of 512-byte blocks (31 per pool).
    const per = NUMBLOCKS(31);
    const pools: number[][] = [];
    for (let i = 0; i < 3 * 64; i++) pools.push(Array.from({ length: per }, () => h.malloc(512)));
    expect(h.usableArenas()).toEqual([]);
    const arenaOfPool = (k: number) => Math.floor(k / 64);
    // Empty 5 pools in arena 0, 2 in arena 1, 9 in arena 2 (in an interleaved order).
    const order = [0, 64, 1, 128, 2, 129, 65, 3, 130, 131, 4, 132, 133, 134, 135, 136];
    for (const k of order) for (const b of pools[k]!) h.free(b);
    const nf = h.usableArenas().map((a) => a.nfreepools);
    expect(nf).toEqual([2, 5, 9]);
    const addrs = h.arenas().map((a) => a.address);
    expect(h.usableArenas().map((a) => a.address)).toEqual([addrs[1], addrs[0], addrs[2]]);
    // nfp2lasta[n] = last arena with n free pools
    const fingers = h.obmalloc.nfp2lastaAddresses();
    expect(fingers[2]).toBe(addrs[1]);
    expect(fingers[5]).toBe(addrs[0]);
    expect(fingers[9]).toBe(addrs[2]);
    ok(h);
    // The next new pool comes from the head (the fullest arena), no re-sorting needed.
    const p = h.malloc(100);
    expect(h.locate(p)!.arenaAddress).toBe(addrs[1]);
    expect(h.usableArenas().map((a) => a.nfreepools)).toEqual([1, 5, 9]);
    void arenaOfPool;
    ok(h);
  });

  it('stays consistent under a random workload', () => {
    const h = createHeap();
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const live: number[] = [];
    for (let step = 0; step < 200_000; step++) {
      const r = rnd(100);
      if (live.length > 0 && (r < 45 || live.length > 60_000)) {
        const i = rnd(live.length);
        h.free(live[i]!);
        live[i] = live[live.length - 1]!;
        live.pop();
      } else if (r < 50 && live.length > 0) {
        const i = rnd(live.length);
        const q = h.realloc(live[i]!, 1 + rnd(700));
        expect(q).not.toBe(0);
        live[i] = q;
      } else {
        live.push(h.malloc(1 + rnd(r < 98 ? 512 : 4000)));
      }
      if (step % 50_000 === 0) ok(h);
    }
    ok(h);
    for (const p of live) h.free(p);
    ok(h);
    expect(h.getAllocatedBlocks()).toBe(0);
    expect(h.stats().arenasAllocatedCurrent).toBe(1);
  });
});

describe('pymalloc_realloc', () => {
  it('keeps the block when the new size fits and shrinks by at most 25%', () => {
    const h = alignedHeap();
    const p = h.malloc(100); // 112-byte block
    expect(h.realloc(p, 112)).toBe(p);
    expect(h.realloc(p, 90)).toBe(p); // 4*90 = 360 > 3*112 = 336
    expect(h.sizeOf(p)).toBe(90);
    const q = h.realloc(p, 84); // 336 > 336 is false: copy to the 96-byte class
    expect(q).not.toBe(p);
    expect(h.usableSize(q)).toBe(96);
    expect(h.isLive(p)).toBe(false);
    ok(h);
  });

  it('moves when growing, and to/from malloc across 512 bytes', () => {
    const h = alignedHeap();
    const p = h.malloc(100);
    const q = h.realloc(p, 200);
    expect(q).not.toBe(p);
    expect(h.usableSize(q)).toBe(208);
    const r = h.realloc(q, 600); // beyond SMALL_REQUEST_THRESHOLD: malloc'd
    expect(h.isSmall(r)).toBe(false);
    expect(h.obmalloc.raw_allocated_blocks).toBe(1);
    // Once malloc owns it, pymalloc doesn't take it back (pymalloc_realloc returns 0 → realloc())
    const s = h.realloc(r, 100);
    expect(s).toBe(r); // glibc shrinks in place
    expect(h.isSmall(s)).toBe(false);
    // realloc to 0 bytes is not free(): pymalloc_alloc(0) fails → malloc(1)
    const t = h.malloc(50);
    const u = h.realloc(t, 0);
    expect(u).not.toBe(0);
    expect(h.isSmall(u)).toBe(false);
    expect(h.sizeOf(u)).toBe(0);
    ok(h);
  });
});

describe('statistics (sys._debugmallocstats)', () => {
  it('accounts for every byte of every arena', () => {
    const h = createHeap();
    const live: number[] = [];
    for (let i = 0; i < 30_000; i++) live.push(h.malloc(1 + ((i * 37) % 512)));
    for (let i = 0; i < live.length; i += 3) h.free(live[i]!);
    const s = h.stats();
    expect(s.total).toBe(s.arenasAllocatedCurrent * ARENA_SIZE);
    expect(s.classes.reduce((n, c) => n + c.blocksInUse, 0)).toBe(h.getAllocatedBlocks());
    expect(s.arenaMapMidNodes).toBe(1);
    expect(s.arenaMapBotNodes).toBe(1);
  });

  it('prints like CPython 3.12', () => {
    const h = createHeap();
    for (let i = 0; i < 27; i++) h.malloc(16);
    for (let i = 0; i < 492; i++) h.malloc(32);
    const text = formatDebugMallocStats(h.stats());
    const lines = text.split('\n');
    expect(lines[0]).toBe('Small block threshold = 512, in 32 size classes.');
    expect(lines[2]).toBe('class   size   num pools   blocks in use  avail blocks');
    expect(lines[3]).toBe('-----   ----   ---------   -------------  ------------');
    // Same numbers as the first two rows CPython 3.12.1 printed at startup:
    expect(lines[4]).toBe('    0     16           1              27           994');
    expect(lines[5]).toBe('    1     32           1             492            18');
    expect(text).toContain('# arenas allocated total           =                    1\n');
    expect(text).toContain('1 arenas * 1048576 bytes/arena     =            1,048,576\n');
    expect(text).toContain('61 unused pools * 16384 bytes      =              999,424\n');
    expect(text).toContain('# bytes lost to arena alignment    =               16,384\n');
    expect(text).toContain('Total                              =            1,048,576\n');
    expect(text).toContain('# bytes lost to arena map root     =              262,144\n');
    expect(text.endsWith('Total                              =              655,360\n')).toBe(true);
  });
});
