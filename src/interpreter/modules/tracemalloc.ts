/**
 * `tracemalloc` (CPython 3.12: the C module `_tracemalloc` + Lib/tracemalloc.py).
 *
 * `_tracemalloc` is native: it drives heap/tracer.ts, which listens to the program's simulated
 * Heap. `tracemalloc` itself is Python source (tracemalloc/source.ts) run on the simulated heap
 * like CPython's .py module, so Snapshot/Statistic objects are real heap objects, and a later
 * snapshot can report the lines of tracemalloc.py that allocated them (CPython does:
 * `…/lib/python3.12/tracemalloc.py:560`).
 *
 * What is traced, as in CPython 3.12: every PyObject_/PyMem_/PyMem_Raw allocation made while
 * tracing (domain 0), with the requested size — not `sys.getsizeof` (an int ≥ 257 is traced as
 * 32 bytes, getsizeof 28; a list's item array separately from the list). Objects taken from a
 * free list allocate nothing, so they are not traced unless their block was traced earlier
 * (`get_object_traceback([1.5, 2.5])` is None). `_get_traces()` builds its result with tracing
 * suspended, like _PyTraceMalloc_GetTraces (only the empty list it starts from can be traced).
 */
import { PyObject, decref } from '../objects/object';
import { PyModule } from '../objects/module';
import { defineFunction, parseArgs } from '../objects/descriptors';
import { newInt, PyInt, True, False, ndigits } from '../objects/int';
import { PyStr, newStr } from '../objects/str';
import { newTuple, PyTuple } from '../objects/tuple';
import { newList, listAppend, PyList } from '../objects/list';
import { PyDict, dictGet, dictSet } from '../objects/dict';
import { call, setAttr } from '../objects/abstract';
import { None } from '../objects/singletons';
import { typeError, valueError, overflowError } from '../objects/errors';
import { preHeaderSize, traceHooks, allocObject } from '../objects/alloc';
import { allocator } from '../objects/memory';
import { Heap } from '../heap/allocator';
import { Tracer, MAX_NFRAME, type TraceTraceback } from '../heap/tracer';
import { rt } from '../vm/state';
import type { Frame } from '../vm/frame';
import { sourceCache } from '../vm/traceback-print';
import { registerNativeModule, LIB_DIR, setStr } from './pymodule';
import { registerModule, moduleExec } from '../vm/import';
import { newModule } from '../objects/module';
import { setFreeLists, AFTER_TRACEMALLOC_IMPORT } from '../vm/freelist-state';
import { TRACEMALLOC_SOURCE } from './tracemalloc/source';

// ------------------------------------------------------------------ the program's tracer

/** The Python stack as tracemalloc walks it: innermost frame first, via f_back. */
const frameStack = {
  top: (): Frame | null => rt.frame,
  filename: (f: Frame): string => f.code.filename,
  lineno: (f: Frame): number => (lineOverride !== null && f === lineOverride.frame ? lineOverride.line : f.lineno),
  back: (f: Frame): Frame | null => f.back,
};

/**
 * Native code standing in for a Python loop of tracemalloc.py allocates at the line CPython's
 * loop would be on: while set, allocations made while `frame` is the current frame (or one of
 * its callees' callers) are attributed to `line`.
 */
let lineOverride: { frame: Frame; line: number } | null = null;

function atLine<T>(frame: Frame | null, line: number, fn: () => T): T {
  if (frame === null) return fn();
  const saved = lineOverride;
  lineOverride = { frame, line };
  try {
    return fn();
  } finally {
    lineOverride = saved;
  }
}

let current: { heap: Heap; tracer: Tracer } | null = null;

/** The tracer of the running program (one per Heap; created on first use). */
export function programTracer(): Tracer {
  const heap = allocator instanceof Heap ? allocator : null;
  if (heap === null) throw new Error('tracemalloc: the simulated heap is not installed');
  if (current === null || current.heap !== heap) {
    current?.tracer.stop();
    current = { heap, tracer: new Tracer(frameStack) };
  }
  return current.tracer;
}

/** The tracer if the running program has one (for the heap view and tests). */
export function activeTracer(): Tracer | null {
  return current !== null && current.heap === allocator ? current.tracer : null;
}

function startTracing(nframe: number): void {
  const tracer = programTracer();
  tracer.start(current!.heap, nframe);
  traceHooks.reuse = (blockAddr) => {
    if (current !== null && current.tracer === tracer && current.heap === allocator) tracer.noteReuse(blockAddr);
  };
}

function stopTracing(): void {
  const t = activeTracer();
  if (t !== null) t.stop();
  traceHooks.reuse = null;
}

// ------------------------------------------------------------------ _tracemalloc

/**
 * PyLong_FromSize_t / PyLong_FromUnsignedLong (3.12): values > 256 get _PyLong_New(ndigits),
 * i.e. 24 + 4·ndigits bytes (28 for one digit) — unlike PyLong_FromLong's _PyLong_FromMedium
 * (32 bytes). Measured: after clear_traces(), get_traced_memory() reports the 28-byte int that
 * get_tracemalloc_memory() just returned.
 */
function newIntFromSizeT(v: number): PyInt {
  if (v <= 256) return newInt(v);
  const o = new PyInt(v);
  allocObject(o, 24 + 4 * ndigits(v));
  return o;
}

function intArg(fname: string, o: PyObject): number {
  if (!(o instanceof PyInt)) throw typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  const v = o.value;
  if (typeof v === 'bigint') throw overflowError('Python int too large to convert to C int');
  if (v > 2147483647 || v < -2147483648) throw overflowError(`Python int too large to convert to C int`);
  void fname;
  return v;
}

/** traceback_to_pyobject: a tuple of (filename, lineno) tuples, most recent frame first. */
function tracebackTuple(tb: TraceTraceback, strs: Map<string, PyStr>): PyTuple {
  return newTuple(
    tb.frames.map((fr) => {
      let s = strs.get(fr.filename);
      if (s === undefined) {
        s = newStr(fr.filename);
        strs.set(fr.filename, s);
      }
      s.rc++;
      return newTuple([s, newIntFromSizeT(fr.lineno)]);
    }),
  );
}

/**
 * Order of _Py_hashtable_foreach over the traces table: buckets in index order
 * (hash = address rotated right by 4 bits, masked by nbuckets - 1), each bucket's entries
 * most recently inserted first.
 */
function hashOrder(tracer: Tracer): Array<[number, { size: number; traceback: TraceTraceback }]> {
  const all = tracer.allTraces();
  const n = all.length;
  let nb = 16;
  while (n / nb > 0.5) nb *= 2;
  const mask = nb - 1;
  // counting sort by bucket; within a bucket the latest insertion first
  const bucket = new Int32Array(n);
  const start = new Int32Array(nb + 1);
  for (let i = 0; i < n; i++) {
    const b = Math.floor(all[i]![0] / 16) & mask;
    bucket[i] = b;
    start[b + 1]++;
  }
  for (let b = 0; b < nb; b++) start[b + 1] += start[b];
  const out = new Array<[number, { size: number; traceback: TraceTraceback }]>(n);
  for (let i = n - 1; i >= 0; i--) out[start[bucket[i]!]!++] = all[i]!;
  return out;
}

function fillTracemalloc(m: PyModule): void {
  const d = m.md;
  defineFunction(d, 'is_tracing', () => (activeTracer()?.tracing ? True : False));
  defineFunction(d, 'start', (_s, args, kw) => {
    const [n] = parseArgs('start', args, kw, ['nframe'], 0, 1);
    const nframe = n === null ? 1 : intArg('start', n);
    if (nframe < 1 || nframe > MAX_NFRAME) throw valueError(`the number of frames must be in range [1; ${MAX_NFRAME}]`);
    startTracing(nframe);
    return None;
  });
  defineFunction(d, 'stop', (_s, args, kw) => {
    parseArgs('stop', args, kw, [], 0);
    stopTracing();
    return None;
  });
  defineFunction(d, 'clear_traces', (_s, args, kw) => {
    parseArgs('clear_traces', args, kw, [], 0);
    activeTracer()?.clearTraces();
    return None;
  });
  defineFunction(d, 'reset_peak', (_s, args, kw) => {
    parseArgs('reset_peak', args, kw, [], 0);
    activeTracer()?.resetPeak();
    return None;
  });
  defineFunction(d, 'get_traced_memory', (_s, args, kw) => {
    parseArgs('get_traced_memory', args, kw, [], 0);
    const t = activeTracer();
    if (t === null || !t.tracing) return newTuple([newInt(0), newInt(0)]);
    // both values are read before the result ints are allocated (they are traced too)
    const cur = t.tracedMemory;
    const peak = t.peakTracedMemory;
    return newTuple([newInt(cur), newInt(peak)]);
  });
  defineFunction(d, 'get_tracemalloc_memory', (_s, args, kw) => {
    parseArgs('get_tracemalloc_memory', args, kw, [], 0);
    return newIntFromSizeT(programTracer().tracemallocMemory());
  });
  defineFunction(d, 'get_traceback_limit', (_s, args, kw) => {
    parseArgs('get_traceback_limit', args, kw, [], 0);
    return newInt(activeTracer()?.maxNframe ?? 1);
  });
  defineFunction(d, '_get_object_traceback', (_s, args, kw) => {
    const [o] = parseArgs('_get_object_traceback', args, kw, ['obj'], 1, 1, 1);
    const t = activeTracer();
    const trace = t === null || o!.addr === 0 ? null : t.traceOf(o!.addr - preHeaderSize(o!.type));
    if (trace === null) return None;
    const strs = new Map<string, PyStr>();
    const r = tracebackTuple(trace.traceback, strs);
    for (const s of strs.values()) decref(s);
    return r;
  });
  defineFunction(d, '_get_traces', (_s, args, kw) => {
    parseArgs('_get_traces', args, kw, [], 0);
    const list = newList([]);
    const t = activeTracer();
    if (t === null || !t.tracing) return list;
    const entries = hashOrder(t);
    t.withoutTracing(() => {
      const strs = new Map<string, PyStr>();
      const tbs = new Map<TraceTraceback, PyTuple>();
      for (const [, trace] of entries) {
        let tb = tbs.get(trace.traceback);
        if (tb === undefined) {
          tb = tracebackTuple(trace.traceback, strs);
          tbs.set(trace.traceback, tb);
        }
        tb.rc++;
        const item = newTuple([newInt(0), newIntFromSizeT(trace.size), tb, newIntFromSizeT(trace.traceback.totalNframe)]);
        listAppend(list, item);
        decref(item);
      }
      for (const tb of tbs.values()) decref(tb);
      for (const s of strs.values()) decref(s);
    });
    return list;
  });
}

registerNativeModule('_tracemalloc', fillTracemalloc);

// ------------------------------------------------------------------ tracemalloc (Python)

/** fnmatch.fnmatch on POSIX (os.path.normcase is the identity): *, ?, [seq], [!seq]. */
export function fnmatch(name: string, pattern: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      let j = i + 1;
      if (j < pattern.length && pattern[j] === '!') j++;
      if (j < pattern.length && pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j++;
      if (j >= pattern.length) re += '\\[';
      else {
        let body = pattern.slice(i + 1, j);
        const neg = body.startsWith('!');
        if (neg) body = body.slice(1);
        body = body.replace(/\\/g, '\\\\').replace(/\^/g, '\\^');
        re += neg ? `[^${body}]` : `[${body}]`;
        i = j;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^(?:${re})$`, 'u').test(name);
}

/** The int `stat.size += size` leaves (long_add): compact operands give a medium int (32
 *  bytes, or _PyLong_FromSTwoDigits' 2 digits); otherwise x_add allocates one digit more than the
 *  longer operand (the result is normalised but keeps its block). */
function intFromAdd(prev: number, addend: number): PyInt {
  const sum = prev + addend;
  const dp = ndigits(prev);
  const da = ndigits(addend);
  if (dp <= 1 && da <= 1) return newInt(sum);
  const o = new PyInt(sum);
  allocObject(o, 24 + 4 * (Math.max(dp, da) + 1));
  return o;
}

/**
 * Snapshot._group_by's non-cumulative loop (tracemalloc.py 487-505) over every trace, done
 * natively because programs group hundreds of thousands of traces. It makes what CPython's loop
 * leaves behind: one Traceback per distinct traceback tuple (`frames` sliced / built as CPython
 * does) in `tracebacks`, one Statistic per Traceback in `stats`, and the final `size` / `count`
 * ints of statistics that grew; the per-trace intermediate ints CPython creates and frees
 * on the way are not made.
 */
function groupTraces(args: PyObject[]): void {
  const [traces, keyTypeO, stats, tracebacks, tracebackCls, statisticCls] = args;
  if (!(traces instanceof PyList) || !(stats instanceof PyDict) || !(tracebacks instanceof PyDict) || !(keyTypeO instanceof PyStr)) {
    throw typeError('_group_traces: bad arguments');
  }
  const keyType = keyTypeO.value;
  const frame = rt.frame;
  const tbMemo = new Map<PyObject, PyObject>();
  interface Acc { stat: PyObject; size: number; count: number; grown: boolean; lastAddend: number }
  const statMemo = new Map<PyObject, Acc>();
  const statAcc = new Map<PyObject, Acc>();
  const items = traces.items;
  for (let i = 0; i < items.length; i++) {
    const trace = items[i];
    if (!(trace instanceof PyTuple) || trace.items.length !== 4) throw typeError('_group_traces: a trace is a 4-tuple');
    const sizeO = trace.items[1] as PyInt;
    const tb = trace.items[2] as PyTuple;
    let traceback = tbMemo.get(tb) ?? dictGet(tracebacks, tb);
    if (traceback === null || traceback === undefined) {
      let frames: PyObject;
      if (keyType === 'traceback') {
        frames = tb;
        tb.rc++;
      } else if (keyType === 'lineno') {
        frames = tb.items.length <= 1 ? (tb.rc++, tb) : atLine(frame, 495, () => {
          tb.items[0].rc++;
          return newTuple([tb.items[0]]);
        });
      } else {
        frames = atLine(frame, 497, () => {
          const fn = (tb.items[0] as PyTuple).items[0];
          fn.rc++;
          return newTuple([newTuple([fn, newInt(0)])]);
        });
      }
      try {
        traceback = atLine(frame, 498, () => call(tracebackCls, [frames]));
      } finally {
        decref(frames);
      }
      const tbObj = traceback;
      atLine(frame, 499, () => dictSet(tracebacks, tb, tbObj));
      decref(tbObj); // the dict holds it
    }
    tbMemo.set(tb, traceback);
    let acc = statMemo.get(traceback);
    if (acc === undefined) {
      // an equal Traceback made from another traceback tuple (same first frame)
      const existing = dictGet(stats, traceback);
      acc = existing !== null ? statAcc.get(existing) : undefined;
      if (acc === undefined) {
        const tbObj = traceback;
        const stat = atLine(frame, 505, () => {
          const one = newInt(1);
          const st = call(statisticCls, [tbObj, sizeO, one]);
          decref(one);
          dictSet(stats, tbObj, st);
          return st;
        });
        decref(stat); // the dict holds it
        acc = { stat, size: Number(sizeO.value), count: 1, grown: false, lastAddend: 0 };
        statAcc.set(stat, acc);
        statMemo.set(traceback, acc);
        continue;
      }
      statMemo.set(traceback, acc);
    }
    acc.lastAddend = Number(sizeO.value);
    acc.size += acc.lastAddend;
    acc.count += 1;
    acc.grown = true;
  }
  for (const acc of statAcc.values()) {
    if (!acc.grown) continue;
    const size = atLine(frame, 502, () => intFromAdd(acc.size - acc.lastAddend, acc.lastAddend));
    setAttr(acc.stat, 'size', size);
    decref(size);
    const count = atLine(frame, 503, () => newInt(acc.count));
    setAttr(acc.stat, 'count', count);
    decref(count);
  }
}

function prepareTracemalloc(m: PyModule): void {
  const d = m.md;
  defineFunction(d, '_group_traces', (_s, args) => {
    groupTraces(args);
    return None;
  });
  defineFunction(d, '_fnmatch', (_s, args) => {
    const [name, pat] = args;
    if (!(name instanceof PyStr) || !(pat instanceof PyStr)) throw typeError('expected str arguments');
    return fnmatch(name.value, pat.value) ? True : False;
  });
  // linecache.getline: the sources the interpreter compiled, else the program's files
  defineFunction(d, '_getline', (_s, args) => {
    const [fn, ln] = args;
    if (!(fn instanceof PyStr) || !(ln instanceof PyInt)) return newStr('');
    const n = Number(ln.value);
    let lines = sourceCache.get(fn.value);
    if (lines === undefined) {
      const data = rt.fs?.readFile(fn.value) ?? null;
      if (data !== null) lines = new TextDecoder().decode(data).split(/\r?\n/);
    }
    if (lines === undefined || n < 1 || n > lines.length) return newStr('');
    return newStr(lines[n - 1] + '\n');
  });
}

// Like registerPyModule, plus the import's side effect on the free lists: CPython's
// tracemalloc.py imports collections.abc, functools, fnmatch, linecache, os.path and pickle,
// which leave the free lists in a measured state independent of the script (vm/freelist-state.ts).
registerModule('tracemalloc', () => {
  const m = newModule('tracemalloc');
  setStr(m, '__file__', `${LIB_DIR}/tracemalloc.py`);
  setStr(m, '__package__', '');
  prepareTracemalloc(m);
  try {
    moduleExec.run(m, TRACEMALLOC_SOURCE, `${LIB_DIR}/tracemalloc.py`);
  } catch (e) {
    decref(m);
    throw e;
  }
  if (activeTracer()?.tracing !== true) setFreeLists(AFTER_TRACEMALLOC_IMPORT);
  return m;
});
