/**
 * The simulated glibc malloc (src/interpreter/heap/sysmalloc.ts) and the simulated kernel
 * address space (kernel.ts). Observable facts were checked on CPython 3.12.1 / glibc 2.36
 * (Debian 12, x86-64) with the snippets quoted in comments.
 */
import { describe, expect, it } from 'vitest';
import { Kernel, PAGE_SIZE } from '../../../src/interpreter/heap/kernel';
import { binIndex, request2size, SysMalloc } from '../../../src/interpreter/heap/sysmalloc';

function fresh(limit?: number): SysMalloc {
  return new SysMalloc(new Kernel(limit === undefined ? {} : { memoryLimit: limit }));
}

function ok(m: SysMalloc): void {
  expect(m.checkConsistency()).toEqual([]);
}

describe('kernel: mmap / munmap / mremap / brk', () => {
  it('places mappings top-down and reuses the highest gap that fits', () => {
    const k = new Kernel({ mmapTop: 0x7f0000100000 });
    const a = k.mmap(0x10000);
    const b = k.mmap(0x10000);
    const c = k.mmap(0x10000);
    expect(a).toBe(0x7f00000f0000);
    expect(b).toBe(a - 0x10000);
    expect(c).toBe(b - 0x10000);
    k.munmap(a, 0x10000);
    k.munmap(c, 0x10000);
    // c was at the bottom: the region shrinks; a leaves a gap that is reused first
    expect(k.mmapLow).toBe(b);
    expect(k.mmap(0x4000)).toBe(a + 0xc000); // top of the gap
    expect(k.mmap(0x20000)).toBe(b - 0x20000); // too big for the rest of the gap
    expect(k.mmap(1)).toBe(a + 0xb000); // rounded up to a page
  });

  it('merges neighbouring gaps', () => {
    const k = new Kernel({ mmapTop: 0x7f0000100000 });
    const xs = [k.mmap(PAGE_SIZE), k.mmap(PAGE_SIZE), k.mmap(PAGE_SIZE), k.mmap(PAGE_SIZE)];
    k.munmap(xs[1]!, PAGE_SIZE);
    k.munmap(xs[2]!, PAGE_SIZE);
    expect(k.gaps()).toEqual([[xs[2]!, xs[1]! + PAGE_SIZE]]);
    k.munmap(xs[0]!, PAGE_SIZE);
    expect(k.gaps()).toEqual([[xs[2]!, xs[0]! + PAGE_SIZE]]);
    k.munmap(xs[3]!, PAGE_SIZE);
    expect(k.gaps()).toEqual([]);
    expect(k.mmapLow).toBe(k.mmapTop);
    expect(k.mappedBytes).toBe(0);
  });

  it('mremap shrinks in place, grows in place into a gap, else moves', () => {
    const k = new Kernel({ mmapTop: 0x7f0000100000 });
    const a = k.mmap(0x4000);
    const b = k.mmap(0x4000);
    expect(k.mremap(b, 0x4000, 0x2000)).toBe(b);
    expect(k.mremap(b, 0x2000, 0x4000)).toBe(b); // the freed tail is still free
    const moved = k.mremap(b, 0x4000, 0x8000); // a is right above: must move
    expect(moved).not.toBe(b);
    expect(k.mappedBytes).toBe(0x4000 + 0x8000);
    void a;
  });

  it('refuses to map beyond the memory ceiling', () => {
    const k = new Kernel({ memoryLimit: 1 << 20 });
    expect(k.mmap(1 << 20)).not.toBe(0);
    expect(k.mmap(PAGE_SIZE)).toBe(0);
    expect(k.sbrk(PAGE_SIZE)).toBe(0);
    k.limit = 2 << 20;
    expect(k.sbrk(PAGE_SIZE)).toBe(k.brkStart);
  });
});

describe('glibc malloc model', () => {
  it('uses glibc chunk sizes: request + 8 rounded up to 16, at least 32', () => {
    expect(request2size(0)).toBe(32);
    expect(request2size(24)).toBe(32);
    expect(request2size(25)).toBe(48);
    expect(request2size(633)).toBe(656);
    expect(request2size(733)).toBe(752);
    expect(binIndex(32)).toBe(2);
    expect(binIndex(1008)).toBe(63);
    expect(binIndex(1024)).toBe(64);
  });

  it('starts the heap with the tcache struct and a 132 KiB brk', () => {
    const m = fresh();
    const p = m.malloc(600);
    const k = m.kernel;
    expect(p).toBe(k.brkStart + 0x290 + 16); // tcache_perthread_struct is the first chunk
    expect(k.brk - k.brkStart).toBe(0x21000);
    ok(m);
  });

  it('lays consecutive chunks out back to back', () => {
    // CPython 3.12.1: w = [bytes(700) for _ in range(3)]; diffs of id() → [752, 752]
    // (bytes(700) asks PyObject_Malloc for 33 + 700 = 733 bytes → malloc → 752-byte chunks)
    const m = fresh();
    const ps = [m.malloc(733), m.malloc(733), m.malloc(733)];
    expect(ps[1]! - ps[0]!).toBe(752);
    expect(ps[2]! - ps[1]!).toBe(752);
    expect(m.usableSize(ps[0]!)).toBe(744);
    ok(m);
  });

  it('reuses a freed chunk of the same size next (tcache, LIFO)', () => {
    // CPython 3.12.1: s = bytes(600); xs = id(s); del s; t = bytes(600); id(t) == xs → True
    const m = fresh();
    const a = m.malloc(633);
    const b = m.malloc(633);
    m.free(a);
    m.free(b);
    expect(m.malloc(633)).toBe(b);
    expect(m.malloc(633)).toBe(a);
    // any request with the same chunk size hits the same tcache bin
    m.free(a);
    expect(m.malloc(640)).toBe(a);
    ok(m);
  });

  it('coalesces freed chunks once the tcache bin is full', () => {
    const m = fresh();
    const ps = Array.from({ length: 12 }, () => m.malloc(2000)); // 2016-byte chunks: no tcache
    const guard = m.malloc(100);
    for (let i = 2; i < 6; i++) m.free(ps[i]!);
    ok(m);
    const free = m.chunks().filter((c) => c.state === 'free');
    expect(free).toEqual([{ chunk: ps[2]! - 16, addr: ps[2]!, size: 4 * 2016, state: 'free', requested: 0 }]);
    // best fit from the coalesced chunk, split: the front is handed out
    expect(m.malloc(3000)).toBe(ps[2]);
    ok(m);
    void guard;
  });

  it('gives freed chunks next to top back to top, and trims the heap', () => {
    const m = fresh();
    const a = m.malloc(100_000); // below the mmap threshold: from the heap (fits the first top)
    const before = m.kernel.brk;
    const b = m.malloc(100_000); // top too small: brk grows by what is missing + 128 KiB top_pad
    expect(m.isMmapped(b)).toBe(false);
    expect(b - a).toBe(request2size(100_000));
    const grown = m.kernel.brk;
    expect(grown).toBeGreaterThan(before);
    m.free(b); // merges into top; top > trim_threshold → systrim gives pages back
    ok(m);
    expect(m.kernel.brk).toBeLessThan(grown);
    expect(m.mallinfo().keepcost).toBeLessThan(m.trimThreshold + PAGE_SIZE);
  });

  it('serves big requests with mmap, and raises the threshold when one is freed', () => {
    // CPython 3.12.1:
    //   u = bytes(200000); hex(id(u)) → 0x7ff71829f010 (an mmap, chunk at the page start)
    //   del u; v = bytes(200000); hex(id(v)) → 0x55c822729290 (brk heap: dynamic threshold)
    const m = fresh();
    m.malloc(10);
    const u = m.malloc(200_033);
    expect(m.isMmapped(u)).toBe(true);
    expect(u % PAGE_SIZE).toBe(16);
    expect(m.mallinfo().hblkhd).toBe(200_704); // 200033 + 8 → 200048 → + 8, page rounded
    m.free(u);
    expect(m.mmapThreshold).toBe(200_704);
    const v = m.malloc(200_033);
    expect(m.isMmapped(v)).toBe(false);
    expect(v).toBeLessThan(m.kernel.mmapTop - 2 ** 40); // a 0x55... heap address
    ok(m);
  });

  it('realloc: shrinks in place, grows into top, else moves', () => {
    const m = fresh();
    const a = m.malloc(5000);
    expect(m.realloc(a, 2000)).toBe(a); // shrink in place; the 2992-byte tail goes back to top
    ok(m);
    expect(m.chunks().filter((c) => c.state === 'free')).toEqual([]);
    expect(m.realloc(a, 8000)).toBe(a); // a is the last chunk before top: grow into top
    const b = m.malloc(100);
    const c = m.realloc(a, 20_000); // b blocks the way: malloc + copy + free
    expect(c).not.toBe(a);
    expect(m.requestedSize(c)).toBe(20_000);
    expect(m.requestedSize(a)).toBe(-1);
    ok(m);
    // A small tail is freed through _int_free, i.e. into the tcache (glibc 2.36).
    const d = m.malloc(2000);
    expect(m.realloc(d, 990)).toBe(d);
    expect(m.chunks().some((ch) => ch.state === 'tcache' && ch.chunk === d - 16 + 1008)).toBe(true);
    ok(m);
    void b;
  });

  it('realloc of an mmapped chunk uses mremap', () => {
    const m = fresh();
    const a = m.malloc(300_000);
    expect(m.isMmapped(a)).toBe(true);
    const b = m.realloc(a, 200_000); // shrink: same place
    expect(b).toBe(a);
    const c = m.realloc(b, 2_000_000); // grow: the pages above are taken → moves
    expect(m.isMmapped(c)).toBe(true);
    expect(m.requestedSize(c)).toBe(2_000_000);
    ok(m);
  });

  it('calloc does not take chunks from the tcache', () => {
    const m = fresh();
    const a = m.malloc(600);
    m.free(a);
    const b = m.calloc(1, 600);
    expect(b).not.toBe(a);
    expect(m.malloc(600)).toBe(a);
    ok(m);
  });

  it('returns NULL past the memory ceiling and for absurd sizes', () => {
    const m = fresh(64 << 20);
    expect(m.malloc(100 << 20)).toBe(0);
    expect(m.malloc(2 ** 63)).toBe(0);
    expect(m.calloc(2 ** 40, 2 ** 40)).toBe(0);
    const p = m.malloc(1000);
    expect(m.realloc(p, 100 << 20)).toBe(0);
    expect(m.requestedSize(p)).toBe(1000); // untouched
    ok(m);
  });

  it('rejects invalid and double frees like glibc aborts', () => {
    const m = fresh();
    const a = m.malloc(100);
    m.free(a);
    expect(() => m.free(a)).toThrow(/double free/);
    expect(() => m.free(a + 16)).toThrow(/invalid pointer/);
  });

  it('stays consistent under a random workload', () => {
    const m = fresh();
    let seed = 99;
    const rnd = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const live: number[] = [];
    for (let step = 0; step < 60_000; step++) {
      const r = rnd(100);
      if (live.length > 0 && r < 45) {
        const i = rnd(live.length);
        m.free(live[i]!);
        live[i] = live[live.length - 1]!;
        live.pop();
      } else if (live.length > 0 && r < 55) {
        const i = rnd(live.length);
        live[i] = m.realloc(live[i]!, 1 + rnd(r < 50 ? 3000 : 300_000));
      } else {
        const big = rnd(100) === 0;
        live.push(r < 75 ? m.malloc(1 + rnd(big ? 400_000 : 2000)) : m.calloc(1 + rnd(10), 1 + rnd(300)));
      }
      if (step % 10_000 === 0) ok(m);
    }
    ok(m);
    for (const p of live) m.free(p);
    ok(m);
    expect(m.liveCount()).toBe(0);
  });
});
