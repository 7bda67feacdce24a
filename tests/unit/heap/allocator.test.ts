/**
 * The allocator façade (src/interpreter/heap/allocator.ts): domains, tracing hooks, the memory
 * ceiling, overflow helpers, and speed.
 */
import { describe, expect, it } from 'vitest';
import {
  createHeap,
  PY_SSIZE_T_MAX,
  repeatSizeOverflows,
  sizeMulOverflows,
  type AllocListener,
  type Domain,
} from '../../../src/interpreter/heap/allocator';
import type { Allocator } from '../../../src/interpreter/objects/memory';

type Ev = ['alloc', number, number, Domain] | ['free', number, number, Domain];

function recorder(): { events: Ev[]; listener: AllocListener } {
  const events: Ev[] = [];
  return {
    events,
    listener: {
      onAlloc: (addr, size, domain) => events.push(['alloc', addr, size, domain]),
      onFree: (addr, size, domain) => events.push(['free', addr, size, domain]),
    },
  };
}

describe('domains', () => {
  it('plugs into the object layer as its Allocator', () => {
    const a: Allocator = createHeap(); // type-level check of objects/memory.ts's interface
    expect(a.malloc(16, 'obj')).not.toBe(0);
  });

  it("routes 'obj' and 'mem' through pymalloc, 'raw' to malloc", () => {
    const h = createHeap();
    const o = h.malloc(100, 'obj');
    const m = h.malloc(100, 'mem');
    const r = h.malloc(100, 'raw');
    expect(h.isSmall(o)).toBe(true);
    expect(h.isSmall(m)).toBe(true);
    expect(h.isSmall(r)).toBe(false);
    expect(r).toBeLessThan(0x600000000000); // the brk heap (0x55...)
    expect(o).toBeGreaterThan(0x7f0000000000); // an arena (0x7f...)
    // > 512 bytes: malloc for every domain
    expect(h.isSmall(h.malloc(513, 'obj'))).toBe(false);
    expect(h.obmalloc.raw_allocated_blocks).toBe(1); // only the obj/mem fallbacks count
    expect(h.getAllocatedBlocks()).toBe(3);
    h.free(o, 'obj');
    h.free(m, 'mem');
    h.free(r, 'raw');
    expect(h.checkConsistency()).toEqual([]);
  });

  it('reports requested sizes (for tracemalloc) and usable sizes', () => {
    const h = createHeap();
    const a = h.malloc(17);
    const b = h.malloc(1000);
    const z = h.malloc(0); // PyObject_Malloc(0) → malloc(1), but the request was 0 bytes
    const c = h.calloc(3, 40);
    expect([h.sizeOf(a), h.sizeOf(b), h.sizeOf(z), h.sizeOf(c)]).toEqual([17, 1000, 0, 120]);
    expect([h.usableSize(a), h.usableSize(b), h.usableSize(c)]).toEqual([32, 1000, 128]);
    h.free(a);
    expect(h.sizeOf(a)).toBe(-1);
    expect(h.sizeOf(12345)).toBe(-1);
  });
});

describe('tracing hooks (as tracemalloc sees them)', () => {
  it('reports each API call once, in the domain called', () => {
    const h = createHeap();
    const { events, listener } = recorder();
    h.setListener(listener);
    const p = h.malloc(1000, 'obj'); // pymalloc passes it on to malloc: still one event
    const q = h.calloc(2, 8, 'mem');
    h.free(p, 'obj');
    h.free(q, 'mem');
    h.free(0);
    expect(events).toEqual([
      ['alloc', p, 1000, 'obj'],
      ['alloc', q, 16, 'mem'],
      ['free', p, 1000, 'obj'],
      ['free', q, 16, 'mem'],
    ]);
  });

  it('reports a realloc as free(old) + alloc(new), even in place', () => {
    // Python/tracemalloc.c tracemalloc_realloc(): if ptr2 != ptr REMOVE_TRACE(ptr); then
    // ADD_TRACE(ptr2, new_size) (which replaces an existing trace at the same address).
    const h = createHeap();
    const { events, listener } = recorder();
    const p = h.malloc(100);
    h.setListener(listener);
    const same = h.realloc(p, 90);
    const moved = h.realloc(same, 300);
    const fresh = h.realloc(0, 50);
    expect(same).toBe(p);
    expect(events).toEqual([
      ['free', p, 100, 'obj'],
      ['alloc', p, 90, 'obj'],
      ['free', p, 90, 'obj'],
      ['alloc', moved, 300, 'obj'],
      ['alloc', fresh, 50, 'obj'],
    ]);
  });

  it('reports nothing for failed requests', () => {
    const h = createHeap({ memoryLimit: 8 << 20 });
    const { events, listener } = recorder();
    h.setListener(listener);
    const p = h.malloc(100);
    events.length = 0;
    expect(h.malloc(100 << 20)).toBe(0);
    expect(h.realloc(p, 100 << 20)).toBe(0);
    expect(events).toEqual([]);
    expect(h.sizeOf(p)).toBe(100);
  });
});

describe('memory ceiling and absurd sizes', () => {
  it('defaults to 16 GiB and returns NULL beyond it, without host memory', () => {
    const h = createHeap();
    expect(h.memoryLimit).toBe(16 * 1024 ** 3);
    const big = h.malloc(10 * 1024 ** 3); // 10 GiB bytearray: fine, costs a few numbers
    expect(big).not.toBe(0);
    expect(h.malloc(8 * 1024 ** 3)).toBe(0); // 18 GiB in total: refused
    h.free(big);
    expect(h.malloc(8 * 1024 ** 3)).not.toBe(0);
  });

  it('[0] * 10**12: PyMem_New(PyObject *, 10**12) is 8 TB → NULL → MemoryError', () => {
    // CPython 3.12.1: `[0]*10**12` → MemoryError; `[0]*(2**62)` → MemoryError;
    // `[0]*10**19` → OverflowError: cannot fit 'int' into an index-sized integer (not ours).
    const h = createHeap();
    expect(repeatSizeOverflows(1, 10 ** 12)).toBe(false);
    expect(h.mallocArray(10 ** 12, 8)).toBe(0);
    expect(sizeMulOverflows(2 ** 62, 8)).toBe(true);
    expect(h.mallocArray(2 ** 62, 8)).toBe(0);
    expect(repeatSizeOverflows(2, 2 ** 62)).toBe(true);
    expect(repeatSizeOverflows(3, 2 ** 61)).toBe(false); // 3 * 2^61 < 2^63
    expect(repeatSizeOverflows(5, 2 ** 61)).toBe(true);
    expect(repeatSizeOverflows(3, 2 ** 60)).toBe(false);
    // exact at the boundary (1024 * 2^53 = 2^63 = PY_SSIZE_T_MAX + 1)
    expect(sizeMulOverflows(2 ** 53, 1023)).toBe(false);
    expect(sizeMulOverflows(2 ** 53, 1024)).toBe(true);
  });

  it('returns NULL for sizes beyond PY_SSIZE_T_MAX and for negative sizes', () => {
    const h = createHeap();
    for (const d of ['obj', 'mem', 'raw'] as const) {
      expect(h.malloc(PY_SSIZE_T_MAX, d)).toBe(0);
      expect(h.malloc(2 ** 64, d)).toBe(0);
      expect(h.malloc(-1, d)).toBe(0);
      expect(h.calloc(2 ** 62, 4, d)).toBe(0);
    }
    expect(() => h.malloc(1.5)).toThrow(TypeError);
    expect(() => h.malloc(Number.NaN)).toThrow(TypeError);
  });

  it('turns a failed arena allocation into a malloc fallback, then NULL', () => {
    // _PyObject_Malloc: if pymalloc_alloc() fails (new_arena() → NULL) it tries
    // PyMem_RawMalloc(); with the ceiling reached that fails too.
    const limit = 2 * 1024 * 1024 + 256 * 1024; // two arenas and a little brk heap
    const h = createHeap({ memoryLimit: limit });
    const ps: number[] = [];
    for (;;) {
      const p = h.malloc(512);
      if (p === 0) break;
      ps.push(p);
    }
    expect(ps.some((p) => !h.isSmall(p))).toBe(true); // some came from malloc
    expect(h.mappedBytes).toBeLessThanOrEqual(limit);
    expect(h.stats().arenasAllocatedCurrent).toBe(2);
    for (const p of ps) h.free(p);
    expect(h.checkConsistency()).toEqual([]);
    expect(h.malloc(512)).not.toBe(0);
  });
});

describe('speed', () => {
  it('runs a million small alloc/free pairs quickly', () => {
    const h = createHeap();
    const keep = h.malloc(32);
    const t0 = performance.now();
    for (let i = 0; i < 1_000_000; i++) {
      const p = h.malloc(16 + (i & 255), 'obj');
      h.free(p, 'obj');
    }
    const ms = performance.now() - t0;
    // ~15 ns per pair on an idle machine; a generous bound for loaded CI machines.
    expect(ms).toBeLessThan(1000);
    h.free(keep);
  });

  it('handles a million live objects', () => {
    const h = createHeap();
    const ps = new Float64Array(1_000_000);
    const t0 = performance.now();
    for (let i = 0; i < ps.length; i++) ps[i] = h.malloc(16 + (i % 10) * 16);
    for (let i = 0; i < ps.length; i += 2) h.free(ps[i]!);
    for (let i = 0; i < ps.length; i += 2) ps[i] = h.malloc(48);
    for (let i = 0; i < ps.length; i++) h.free(ps[i]!);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(h.getAllocatedBlocks()).toBe(0);
  });
});
