/**
 * tracemalloc's engine (CPython 3.12 Python/tracemalloc.c) on the simulated heap.
 *
 * `Tracer.start(heap, nframe)` installs an allocation listener on the program's Heap (the
 * PyMem_SetAllocator hooks of _PyTraceMalloc_Start: the raw, mem and obj domains are all hooked
 * and all recorded in domain 0). Each allocation made while tracing records a trace
 * `address → (size, traceback)`; the traceback holds up to `nframe` frames of the executing
 * Python stack, most recent first, as (co_filename, current line). A free removes the trace
 * (frees of blocks allocated before start() are simply not found). A successful realloc is
 * reported by the Heap as free(old) + alloc(new), which is what tracemalloc_realloc does
 * (REMOVE_TRACE if the block moved, ADD_TRACE — which replaces an existing trace — always).
 *
 * Reentrancy: while tracemalloc's own C code builds Python objects (`_get_traces()` builds its
 * list of tuples with the reentrant flag set) allocations are not traced, but frees and
 * reallocs still remove traces. `withoutTracing(fn)` models that.
 *
 * Free lists: objects reused from a free list (list, tuple, dict, float …) call no allocator;
 * CPython's _Py_NewReference then calls _PyTraceMalloc_NewReference, which updates the
 * traceback of the block *if it is already traced*. The object layer reports such reuse with
 * `noteReuse(blockAddress)` (see objects/alloc.ts `traceHooks`).
 *
 * Tracebacks and filenames are interned like tracemalloc's hash tables, so that
 * get_tracemalloc_memory() can follow _PyTraceMalloc_GetMemory(): the sum of
 * _Py_hashtable_size() of the tracebacks, filenames, traces and domains tables.
 */
import type { Heap, Domain } from './allocator';
import { AddrTable } from './addrtable';

export interface TraceFrame {
  readonly filename: string;
  readonly lineno: number;
}

/** An interned traceback: frames most recent first (tracemalloc's order). */
export interface TraceTraceback {
  readonly frames: readonly TraceFrame[];
  /** Number of frames on the stack when recorded (may exceed frames.length). */
  readonly totalNframe: number;
  readonly key: string;
}

export interface Trace {
  size: number;
  traceback: TraceTraceback;
}

/** Where the tracer gets the Python stack from (vm/state's rt.frame in the interpreter). */
export interface StackSource<F = unknown> {
  /** Innermost frame, or null (no Python code running). */
  top(): F | null;
  filename(f: F): string;
  lineno(f: F): number;
  back(f: F): F | null;
}

/** tracemalloc's MAX_NFRAME: min(UINT16_MAX, …). */
export const MAX_NFRAME = 65535;

/** `<unknown>`:0 — tracemalloc_empty_traceback, used when no Python frame is running. */
const EMPTY_TRACEBACK: TraceTraceback = { frames: [{ filename: '<unknown>', lineno: 0 }], totalNframe: 1, key: '<unknown>\u00000|1' };

// ---------------------------------------------------------------- _Py_hashtable_t geometry

/** sizeof(_Py_hashtable_t) on 64-bit: nentries, nbuckets, buckets, get_entry/hash/compare/
 *  key_destroy/value_destroy functions, allocator (malloc, free): 10 words. With the three
 *  empty tables CPython reports get_tracemalloc_memory() = 3 × (80 + 16 × 8) = 624 (measured). */
const HASHTABLE_STRUCT = 80;
/** sizeof(_Py_hashtable_entry_t): next, key_hash, key, value. */
const HASHTABLE_ENTRY = 32;
const HASHTABLE_MIN_SIZE = 16;
const HASHTABLE_HIGH = 0.5;
const HASHTABLE_LOW = 0.1;
const HASHTABLE_REHASH_FACTOR = 2.0 / (HASHTABLE_LOW + HASHTABLE_HIGH);

function roundSize(s: number): number {
  if (s < HASHTABLE_MIN_SIZE) return HASHTABLE_MIN_SIZE;
  let i = 1;
  while (i < s) i *= 2;
  return i;
}

/** Bucket-count bookkeeping of one Python/hashtable.c table (entries live elsewhere). */
class TableGeometry {
  nentries = 0;
  nbuckets = HASHTABLE_MIN_SIZE;
  added(): void {
    this.nentries++;
    if (this.nentries / this.nbuckets > HASHTABLE_HIGH) this.rehash();
  }
  removed(): void {
    this.nentries--;
    if (this.nentries / this.nbuckets < HASHTABLE_LOW) this.rehash();
  }
  clear(): void {
    this.nentries = 0;
    this.rehash();
  }
  private rehash(): void {
    this.nbuckets = roundSize(Math.trunc(this.nentries * HASHTABLE_REHASH_FACTOR));
  }
  /** _Py_hashtable_size() */
  size(): number {
    return HASHTABLE_STRUCT + this.nbuckets * 8 + this.nentries * HASHTABLE_ENTRY;
  }
}

// ---------------------------------------------------------------- the traces table

/**
 * address → Trace. A JS Map keyed by 48-bit addresses (boxed heap numbers) became the
 * bottleneck of programs that trace a hundred thousand blocks with heavy churn (take_snapshot /
 * filter_traces): 100 µs per lookup. The AddrTable (typed-array open addressing) maps each
 * address to a slot of `slots`; freed slots are reused.
 */
class TraceTable {
  private table = new AddrTable(1024);
  private slots: (Trace | null)[] = [];
  private freeSlots: number[] = [];
  get size(): number {
    return this.table.size;
  }
  get(addr: number): Trace | undefined {
    const i = this.table.get(addr);
    return i < 0 ? undefined : this.slots[i]!;
  }
  set(addr: number, t: Trace): void {
    const i = this.table.get(addr);
    if (i >= 0) {
      this.slots[i] = t;
      return;
    }
    const j = this.freeSlots.length > 0 ? this.freeSlots.pop()! : this.slots.length;
    this.slots[j] = t;
    this.table.set(addr, j);
  }
  delete(addr: number): boolean {
    const i = this.table.get(addr);
    if (i < 0) return false;
    this.table.delete(addr);
    this.slots[i] = null;
    this.freeSlots.push(i);
    return true;
  }
  clear(): void {
    this.table = new AddrTable(1024);
    this.slots = [];
    this.freeSlots = [];
  }
  entries(): Array<[number, Trace]> {
    const out: Array<[number, Trace]> = [];
    this.table.forEach((addr, i) => out.push([addr, this.slots[i]!]));
    return out;
  }
}

// ---------------------------------------------------------------- the tracer

export class Tracer {
  tracing = false;
  maxNframe = 1;
  readonly traces = new TraceTable();
  tracedMemory = 0;
  peakTracedMemory = 0;
  private reentrant = false;
  private heap: Heap | null = null;
  private readonly tracebacks = new Map<string, TraceTraceback>();
  /** The same tracebacks for nframe = 1: filename → lineno * 65536 + total → traceback. */
  private readonly tracebacks1 = new Map<string, Map<number, TraceTraceback>>();
  private readonly filenames = new Set<string>();
  private readonly tracesGeom = new TableGeometry();
  private readonly tracebacksGeom = new TableGeometry();
  private readonly filenamesGeom = new TableGeometry();
  /** tracemalloc_domains: never populated here (no PyTraceMalloc_Track users). */
  private readonly domainsGeom = new TableGeometry();

  constructor(private readonly stack: StackSource<any>) {} // eslint-disable-line @typescript-eslint/no-explicit-any

  /** _PyTraceMalloc_Start(nframe). Throws RangeError for a bad nframe (caller → ValueError). */
  start(heap: Heap, nframe = 1): void {
    if (nframe < 1 || nframe > MAX_NFRAME) throw new RangeError(`the number of frames must be in range [1; ${MAX_NFRAME}]`);
    if (this.tracing && this.heap === heap) return; // hook already installed: do nothing
    this.maxNframe = nframe;
    this.heap = heap;
    this.tracing = true;
    heap.setListener({
      onAlloc: (addr, size, domain) => this.onAlloc(addr, size, domain),
      onFree: (addr) => this.removeTrace(addr),
    });
  }

  /** _PyTraceMalloc_Stop(): unhook and clear every trace. */
  stop(): void {
    if (!this.tracing) return;
    this.tracing = false;
    this.heap?.setListener(null);
    this.heap = null;
    this.clearTables();
  }

  /** tracemalloc.clear_traces() */
  clearTraces(): void {
    if (!this.tracing) return;
    this.clearTables();
  }

  private clearTables(): void {
    this.traces.clear();
    this.tracesGeom.clear();
    this.domainsGeom.clear();
    this.tracedMemory = 0;
    this.peakTracedMemory = 0;
    this.tracebacks.clear();
    this.tracebacks1.clear();
    this.tracebacksGeom.clear();
    this.filenames.clear();
    this.filenamesGeom.clear();
  }

  /** tracemalloc.reset_peak() */
  resetPeak(): void {
    if (this.tracing) this.peakTracedMemory = this.tracedMemory;
  }

  /** Run fn with the reentrant flag set: its allocations are not traced (frees still are). */
  withoutTracing<T>(fn: () => T): T {
    if (this.reentrant) return fn();
    this.reentrant = true;
    try {
      return fn();
    } finally {
      this.reentrant = false;
    }
  }

  onAlloc(addr: number, size: number, _domain: Domain): void {
    if (!this.tracing || this.reentrant) return;
    this.addTrace(addr, size);
  }

  private addTrace(addr: number, size: number): void {
    const tb = this.newTraceback();
    const t = this.traces.get(addr);
    if (t !== undefined) {
      this.tracedMemory -= t.size;
      t.size = size;
      t.traceback = tb;
    } else {
      this.traces.set(addr, { size, traceback: tb });
      this.tracesGeom.added();
    }
    this.tracedMemory += size;
    if (this.tracedMemory > this.peakTracedMemory) this.peakTracedMemory = this.tracedMemory;
  }

  removeTrace(addr: number): void {
    if (!this.tracing) return;
    const t = this.traces.get(addr);
    if (t === undefined) return;
    this.traces.delete(addr);
    this.tracesGeom.removed();
    this.tracedMemory -= t.size;
  }

  /** _PyTraceMalloc_NewReference: an object reused from a free list at this block address. */
  noteReuse(blockAddr: number): void {
    if (!this.tracing) return;
    const t = this.traces.get(blockAddr);
    if (t !== undefined) t.traceback = this.newTraceback();
  }

  /** The trace of a block (for get_object_traceback), or null. */
  traceOf(blockAddr: number): Trace | null {
    if (!this.tracing) return null;
    return this.traces.get(blockAddr) ?? null;
  }

  /** traceback_new(): the current stack, interned. */
  private newTraceback(): TraceTraceback {
    const stack = this.stack;
    let f = stack.top();
    if (f === null) return EMPTY_TRACEBACK;
    if (this.maxNframe === 1) return this.newTraceback1(f);
    const frames: TraceFrame[] = [];
    let total = 0;
    let key = '';
    while (f !== null) {
      if (frames.length < this.maxNframe) {
        const filename = stack.filename(f);
        const lineno = Math.max(0, stack.lineno(f));
        frames.push({ filename, lineno });
        key += `${filename}\u0000${lineno}\u0000`;
        if (!this.filenames.has(filename)) {
          this.filenames.add(filename);
          this.filenamesGeom.added();
        }
      }
      if (total < 65535) total++;
      f = stack.back(f);
    }
    key += `|${total}`;
    let tb = this.tracebacks.get(key);
    if (tb === undefined) {
      tb = { frames, totalNframe: total, key };
      this.tracebacks.set(key, tb);
      this.tracebacksGeom.added();
    }
    return tb;
  }

  /**
   * newTraceback() for the default nframe = 1 (once per traced allocation): the same interned
   * tracebacks, looked up by filename and (lineno, total) without building a string key.
   */
  private newTraceback1(top: unknown): TraceTraceback {
    const stack = this.stack;
    const filename = stack.filename(top);
    const lineno = Math.max(0, stack.lineno(top));
    let total = 1;
    for (let f = stack.back(top); f !== null && total < 65535; f = stack.back(f)) total++;
    let byLine = this.tracebacks1.get(filename);
    if (byLine === undefined) {
      byLine = new Map();
      this.tracebacks1.set(filename, byLine);
    }
    const k = lineno * 65536 + total;
    let tb = byLine.get(k);
    if (tb === undefined) {
      const key = `${filename}\u0000${lineno}\u0000|${total}`;
      tb = this.tracebacks.get(key);
      if (tb === undefined) {
        if (!this.filenames.has(filename)) {
          this.filenames.add(filename);
          this.filenamesGeom.added();
        }
        tb = { frames: [{ filename, lineno }], totalNframe: total, key };
        this.tracebacks.set(key, tb);
        this.tracebacksGeom.added();
      }
      byLine.set(k, tb);
    }
    return tb;
  }

  /** _PyTraceMalloc_GetMemory(): memory used by tracemalloc's hash tables (the tables exist
   *  from interpreter start-up, _PyTraceMalloc_Init, so this is 624 before start()). */
  tracemallocMemory(): number {
    // the domains table itself is not counted, only the traces tables it holds (none here)
    return this.tracebacksGeom.size() + this.filenamesGeom.size() + this.tracesGeom.size();
  }

  /** All traces (address order is irrelevant: tracemalloc's is hash order). */
  allTraces(): Array<[number, Trace]> {
    return this.traces.entries();
  }
}
