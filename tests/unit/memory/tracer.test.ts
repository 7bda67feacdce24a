/**
 * heap/tracer.ts on a bare simulated Heap (no interpreter): traces, realloc, reentrancy,
 * free-list reuse, and get_tracemalloc_memory()'s hash-table arithmetic against figures
 * measured on CPython 3.12.1.
 */
import { describe, it, expect } from 'vitest';
import { createHeap } from '../../../src/interpreter/heap/allocator';
import { Tracer, type StackSource } from '../../../src/interpreter/heap/tracer';

interface F { file: string; line: number; back: F | null }
function stackOf(frames: Array<[string, number]>): { src: StackSource<F>; set(fs: Array<[string, number]>): void } {
  let top: F | null = null;
  const set = (fs: Array<[string, number]>) => {
    top = null;
    for (let i = fs.length - 1; i >= 0; i--) top = { file: fs[i][0], line: fs[i][1], back: top };
  };
  set(frames);
  return { src: { top: () => top, filename: (f) => f.file, lineno: (f) => f.line, back: (f) => f.back }, set };
}

describe('Tracer', () => {
  it('records allocations made while tracing, with the current line', () => {
    const heap = createHeap();
    const before = heap.malloc(100, 'obj');
    const st = stackOf([['/p.py', 3]]);
    const t = new Tracer(st.src);
    t.start(heap, 1);
    const a = heap.malloc(32, 'obj');
    st.set([['/p.py', 4]]);
    const b = heap.malloc(1000, 'mem');
    const c = heap.malloc(10, 'raw');
    expect(t.tracedMemory).toBe(1042);
    expect(t.traceOf(a)!.traceback.frames).toEqual([{ filename: '/p.py', lineno: 3 }]);
    expect(t.traceOf(b)!.traceback.frames[0].lineno).toBe(4);
    heap.free(before, 'obj'); // untraced block: nothing changes
    expect(t.tracedMemory).toBe(1042);
    heap.free(b, 'mem');
    expect(t.tracedMemory).toBe(42);
    expect(t.peakTracedMemory).toBe(1042);
    t.resetPeak();
    expect(t.peakTracedMemory).toBe(42);
    void c;
  });

  it('treats realloc as free + alloc (new size, new traceback)', () => {
    const heap = createHeap();
    const st = stackOf([['/p.py', 1]]);
    const t = new Tracer(st.src);
    t.start(heap);
    let p = heap.malloc(64, 'mem');
    st.set([['/p.py', 2]]);
    p = heap.realloc(p, 4000, 'mem');
    expect(t.tracedMemory).toBe(4000);
    expect(t.traces.size).toBe(1);
    expect(t.traceOf(p)!.traceback.frames[0].lineno).toBe(2);
  });

  it('keeps nframe frames, most recent first, and counts the whole stack', () => {
    const heap = createHeap();
    const st = stackOf([['/inner.py', 9], ['/mid.py', 5], ['/main.py', 1]]);
    const t = new Tracer(st.src);
    t.start(heap, 2);
    const a = heap.malloc(48);
    const tb = t.traceOf(a)!.traceback;
    expect(tb.frames.map((f) => f.filename)).toEqual(['/inner.py', '/mid.py']);
    expect(tb.totalNframe).toBe(3);
  });

  it('does not trace reentrant allocations but still removes their frees', () => {
    const heap = createHeap();
    const t = new Tracer(stackOf([['/p.py', 1]]).src);
    t.start(heap);
    const a = heap.malloc(100);
    t.withoutTracing(() => {
      heap.malloc(200);
      heap.free(a);
    });
    expect(t.tracedMemory).toBe(0);
    expect(t.traces.size).toBe(0);
  });

  it('updates the traceback of a traced block reused from a free list', () => {
    const heap = createHeap();
    const st = stackOf([['/p.py', 1]]);
    const t = new Tracer(st.src);
    t.start(heap);
    const a = heap.malloc(56);
    st.set([['/p.py', 7]]);
    t.noteReuse(a);
    t.noteReuse(12345); // untraced block: ignored
    expect(t.traceOf(a)!.traceback.frames[0].lineno).toBe(7);
    expect(t.traces.size).toBe(1);
  });

  it('uses <unknown>:0 when no Python frame runs', () => {
    const heap = createHeap();
    const t = new Tracer(stackOf([]).src);
    t.start(heap);
    const a = heap.malloc(16);
    expect(t.traceOf(a)!.traceback.frames).toEqual([{ filename: '<unknown>', lineno: 0 }]);
  });

  it('follows _PyTraceMalloc_GetMemory (CPython 3.12.1 figures)', () => {
    const heap = createHeap();
    const st = stackOf([['/p.py', 1]]);
    const t = new Tracer(st.src);
    expect(t.tracemallocMemory()).toBe(624);
    t.start(heap);
    heap.malloc(28);
    // one trace + one interned traceback + one interned filename: 3 × 208 + 3 × 32. (CPython
    // shows 688 = 624 + 2 × 32 after clear_traces() when the only traced block was freed again:
    // interned tracebacks and filenames stay until the next clear.)
    expect(t.tracemallocMemory()).toBe(624 + 3 * 32);
    heap.free(heap.malloc(16));
    t.clearTraces();
    expect(t.tracemallocMemory()).toBe(624);
    // 99747 traces (CPython's [i for i in range(100000)] run): 5289616 with 1 traceback, 1 filename
    for (let i = 0; i < 99747; i++) heap.malloc(32);
    expect(t.tracemallocMemory()).toBe(5289616);
    t.stop();
    expect(t.tracemallocMemory()).toBe(624);
    expect(t.tracedMemory).toBe(0);
  });
});
