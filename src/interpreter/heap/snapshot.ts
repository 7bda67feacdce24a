/**
 * A heap snapshot for the site's heap panel (and, later, a step-by-step visualiser): the live
 * objects a program's names lead to — type, id, ob_refcnt, sys.getsizeof, gc generation and
 * what references what — plus pymalloc's arenas → pools → blocks summarised by size class.
 *
 * Everything is read from the simulated heap and object model at the moment of the call; nothing
 * is estimated. It needs the registry of live objects kept in inspection mode (RunOptions.inspect
 * or RunOptions.onProgramEnd), which lists heap objects only: static objects (small ints, None,
 * builtin types …) appear when a shown object refers to them, marked `where: 'static'`.
 *
 * Bounded work for big programs (100 000 objects and more): the object graph shown is cut at
 * `maxObjects` nodes and `maxRefs` edges per node; the per-type totals and the pymalloc summary
 * are single passes; no repr() of user objects is ever called (it could run Python code), and
 * getsizeof only when `__sizeof__` is a builtin one.
 *
 * The result is plain JSON (postMessage-able). Pure reading except for getsizeof, which (like
 * the real one) creates a bound method and an int; it runs after everything else is gathered.
 */
import { subclassRegistryObjects } from '../objects/subclass-registry';
import { existingThreadStateDict } from '../objects/repr-guard';
import type { Heap } from './allocator';
import type { PyObject } from '../objects/object';
import { isImmortal } from '../objects/object';
import { PyGCObject, isGC } from '../objects/gcobject';
import { PyType } from '../objects/typeobject';
import { PyModule } from '../objects/module';
import { PyDict, dictForEach } from '../objects/dict';
import { PyList } from '../objects/list';
import { PyTuple } from '../objects/tuple';
import { PyStr } from '../objects/str';
import { PySet } from '../objects/set';
import { PyFunction } from '../objects/function';
import { preHeaderSize } from '../objects/alloc';
import { reprText } from '../objects/abstract';
import { getsizeof } from '../modules/sys';
import { gcState, isTracked, NUM_GENERATIONS } from '../gc/collector';
import { rt } from '../vm/state';
import type { Frame } from '../vm/frame';

export type Generation = 0 | 1 | 2 | 'permanent';

export interface SnapshotRef {
  /** id() of the referenced object. */
  id: number;
  /** How it is referenced: `[0]` (list/tuple index), `['key']` (dict value), `x` (attribute). */
  label?: string;
}

export interface SnapshotObject {
  id: number;
  hex: string;
  type: string;
  /** Short text: the value of a number/str/bytes, `<function f>`, `<class 'C'>`, `항목 3개` (containers). */
  text: string;
  /** ob_refcnt (sys.getrefcount(x) prints one more: its own argument). */
  refcount: number;
  immortal: boolean;
  /** sys.getsizeof(obj); null when `__sizeof__` is user code or failed. */
  size: number | null;
  /** The gc generation the object is in; null when gc does not track it. */
  gen: Generation | null;
  /** Where its memory is: a pymalloc block, a malloc chunk, or the interpreter's static data. */
  where: 'pymalloc' | 'malloc' | 'static';
  /** For pymalloc blocks: the block size (size class) and the arena index. */
  blockSize?: number;
  arena?: number;
  refs: SnapshotRef[];
  /** References not listed (more than maxRefs). */
  moreRefs?: number;
  /** False when the object's references were not followed (types, modules, functions …, or the cap). */
  expanded: boolean;
}

export interface SizeClassSummary {
  szidx: number;
  blockSize: number;
  pools: number;
  usedBlocks: number;
  /** Blocks of this class's pools that are free (on a free list or never handed out). */
  freeBlocks: number;
}

export interface ArenaSummary {
  index: number;
  hex: string;
  totalPools: number;
  freePools: number;
  /** Pools carved so far by state (the rest of the arena is untouched). */
  usedPools: number;
  fullPools: number;
  emptyPools: number;
  usedBlocks: number;
}

export interface HeapSnapshot {
  /** Where the snapshot was taken ('end': when the program finished, before shutdown). */
  label: string;
  /**
   * The names and the objects they name: `__main__`'s globals (without dunders), and at a
   * breakpoint also the local variables of the running functions (`scope`: the function's
   * qualified name, innermost first).
   */
  names: { name: string; id: number; scope?: string }[];
  /** At a breakpoint: the line of the main script or function that called breakpoint(). */
  line?: number;
  /** Objects reached from the names (breadth-first), then unreachable ones; at most maxObjects. */
  objects: SnapshotObject[];
  /** ids of gc-tracked objects no name reaches (garbage waiting for the collector, usually cycles). */
  unreachable: number[];
  /** Objects that would have been shown but for the cap. */
  omitted: number;
  /** Every live heap object, counted by type (largest count first). */
  live: { objects: number; byType: { type: string; count: number }[] };
  gc: { counts: number[]; thresholds: number[]; enabled: boolean };
  pymalloc: {
    sizeClasses: SizeClassSummary[];
    arenas: ArenaSummary[];
    /** Arenas not listed (more than maxArenas). */
    moreArenas: number;
    totals: { arenas: number; pools: number; usedBlocks: number; freeBlocks: number; bytesInUse: number };
  };
  /** Allocations served by malloc (requests over 512 bytes): count and bytes requested. */
  large: { count: number; bytes: number };
}

export interface SnapshotOptions {
  label?: string;
  /** Objects shown (default 150). */
  maxObjects?: number;
  /** References listed per object (default 40). */
  maxRefs?: number;
  /** Arenas listed (default 64). */
  maxArenas?: number;
  /** The innermost running frame (at a breakpoint): its locals are names, its stack roots. */
  frame?: Frame | null;
}

const hex = (n: number): string => '0x' + n.toString(16);

/** Types whose references are not followed: they lead into the whole interpreter. */
const OPAQUE = new Set([
  'function', 'builtin_function_or_method', 'code', 'frame', 'generator', 'coroutine', 'async_generator',
  'method_descriptor', 'wrapper_descriptor', 'getset_descriptor', 'member_descriptor',
  'classmethod_descriptor', 'method-wrapper', 'mappingproxy', 'staticmethod', 'classmethod', 'property',
]);

function opaque(o: PyObject): boolean {
  return o instanceof PyType || o instanceof PyModule || OPAQUE.has(o.type.name) || o.type.traverse === null;
}

const SCALARS = new Set(['int', 'bool', 'float', 'complex', 'NoneType', 'bytes', 'ellipsis', 'NotImplementedType']);

/** A short text for an object without running Python code. */
function shortText(o: PyObject): string {
  const n = o.type.name;
  try {
    if (o instanceof PyStr) {
      const r = reprText(o);
      return r.length > 40 ? r.slice(0, 39) + '…' : r;
    }
    if (SCALARS.has(n) && !o.type.isHeapType) {
      const r = reprText(o);
      return r.length > 40 ? r.slice(0, 39) + '…' : r;
    }
    if (o instanceof PyType) return `<class '${o.qualname}'>`;
    if (o instanceof PyModule) return `<module '${o.moduleName()}'>`;
    if (o instanceof PyFunction) return `<function ${o.qualname}>`;
    if (o instanceof PyList || o instanceof PyTuple) return `항목 ${o.items.length}개`;
    if (o instanceof PyDict) return `항목 ${o.used}개`;
    if (o instanceof PySet) return `항목 ${o.used}개`;
  } catch {
    /* fall through to the generic form */
  }
  return `<${n} object>`;
}

/** The object's references, labelled where the container says how (index, key, attribute). */
function referencesOf(o: PyObject, maxRefs: number): { refs: { obj: PyObject; label?: string }[]; more: number } {
  const out: { obj: PyObject; label?: string }[] = [];
  let total = 0;
  const add = (obj: PyObject, label?: string) => {
    total++;
    if (out.length < maxRefs) out.push(label === undefined ? { obj } : { obj, label });
  };
  if (o instanceof PyList || o instanceof PyTuple) {
    const items = o.items;
    const n = Math.min(items.length, maxRefs);
    for (let i = 0; i < n; i++) add(items[i], `[${i}]`);
    if (!o.type.isHeapType) return { refs: out, more: items.length - n };
  } else if (o instanceof PyDict && !o.type.isHeapType) {
    // values labelled by their key; keys that are not plain str/int/float are references too
    let more = 0;
    dictForEach(o, (k, v) => {
      if (out.length >= maxRefs) { more++; return; }
      const key = shortText(k);
      add(v, `[${key.length > 24 ? key.slice(0, 23) + '…' : key}]`);
      if (!(k instanceof PyStr) && !SCALARS.has(k.type.name)) add(k, `키 ${key}`);
    });
    return { refs: out, more };
  }
  const labelled = new Set(out.map((r) => r.obj));
  if (isGC(o)) {
    const g = o as PyGCObject;
    if (g.inline !== null) {
      const names = g.inline.keys.names;
      g.inline.vals.forEach((v, i) => { if (v !== null) { add(v, names[i] ?? `#${i}`); labelled.add(v); } });
    }
    if (g.attrs !== null) for (const [k, v] of g.attrs) { add(v, String(k)); labelled.add(v); }
    if (g.attrDict !== null) { add(g.attrDict, '__dict__'); labelled.add(g.attrDict); }
  }
  const t = o.type.traverse;
  if (t !== null) {
    t(o, (r) => {
      if (labelled.has(r)) return;
      if (r === o.type) { add(r, '__class__'); labelled.add(r); return; }
      add(r);
    });
  }
  return { refs: out, more: total - out.length };
}

/** sys.getsizeof, unless the type's __sizeof__ is Python code (which must not run here). */
function sizeOf(o: PyObject): number | null {
  const m = o.type.lookup('__sizeof__');
  if (m === null || m instanceof PyFunction) return null;
  try {
    return getsizeof(o);
  } catch {
    return null;
  }
}

/** Take a snapshot of the heap now. `main` is the `__main__` module's dict. */
export function takeSnapshot(heap: Heap, registry: Map<number, PyObject>, main: PyDict, opts: SnapshotOptions = {}): HeapSnapshot {
  const maxObjects = opts.maxObjects ?? 150;
  const maxRefs = opts.maxRefs ?? 40;
  const maxArenas = opts.maxArenas ?? 64;

  // 1. pymalloc and malloc, before anything below allocates
  const classes = new Map<number, SizeClassSummary>();
  const arenas: ArenaSummary[] = [];
  let nArenas = 0;
  let nPools = 0;
  let usedBlocks = 0;
  let freeBlocks = 0;
  let bytesInUse = 0;
  for (const a of heap.arenas()) {
    nArenas++;
    const s: ArenaSummary = { index: a.index, hex: hex(a.address), totalPools: a.ntotalpools, freePools: a.nfreepools, usedPools: 0, fullPools: 0, emptyPools: 0, usedBlocks: 0 };
    for (const p of a.pools) {
      if (p.state === 'empty') { s.emptyPools++; continue; }
      nPools++;
      if (p.state === 'full') s.fullPools++;
      else s.usedPools++;
      s.usedBlocks += p.allocated;
      let c = classes.get(p.szidx);
      if (c === undefined) classes.set(p.szidx, (c = { szidx: p.szidx, blockSize: p.blockSize, pools: 0, usedBlocks: 0, freeBlocks: 0 }));
      c.pools++;
      c.usedBlocks += p.allocated;
      c.freeBlocks += p.nblocks - p.allocated;
      usedBlocks += p.allocated;
      freeBlocks += p.nblocks - p.allocated;
      bytesInUse += p.allocated * p.blockSize;
    }
    if (arenas.length < maxArenas) arenas.push(s);
  }
  let largeCount = 0;
  let largeBytes = 0;
  for (const c of heap.systemChunks()) {
    if (c.state !== 'inuse' && c.state !== 'mmapped') continue;
    largeCount++;
    largeBytes += c.requested;
  }

  // 2. live objects by type; gc generations
  const byType = new Map<string, number>();
  let live = 0;
  for (const o of registry.values()) {
    if (o.rc <= 0) continue; // parked on a free list
    live++;
    byType.set(o.type.name, (byType.get(o.type.name) ?? 0) + 1);
  }
  const generation = new Map<PyObject, Generation>();
  const heads: [Generation, PyGCObject][] = [[0, gcState.generations[0].head], [1, gcState.generations[1].head], [2, gcState.generations[2].head], ['permanent', gcState.permanent]];
  for (const [g, head] of heads) {
    for (let n = head.gcNext; n !== null && n !== head; n = n.gcNext) generation.set(n, g);
  }

  // 3. what the program's names reach, and what is reachable from nowhere
  const names: { name: string; obj: PyObject; scope?: string }[] = [];
  const frames: Frame[] = [];
  for (let f = opts.frame ?? null; f !== null; f = f.back) frames.push(f);
  for (const f of frames) {
    if (f.func === null) continue;
    const scope = f.func.qualname;
    const vars = f.code.unit.localsplusnames;
    f.localsplus.forEach((v, i) => { if (v !== null && i < vars.length) names.push({ name: vars[i], obj: v, scope }); });
  }
  dictForEach(main, (k, v) => {
    if (!(k instanceof PyStr) || (k.value.startsWith('__') && k.value.endsWith('__'))) return;
    names.push({ name: k.value, obj: v });
  });
  const reachable = new Set<PyObject>();
  // roots: sys.modules, and what the interpreter holds outside Python objects (gc.garbage,
  // gc.callbacks, the exception being handled, the start-up copy of the builtins namespace)
  const stack: PyObject[] = [rt.modules, rt.builtins];
  for (const o of [gcState.garbage, gcState.callbacks, rt.handled, rt.builtinsCopy, existingThreadStateDict()]) if (o !== null) stack.push(o);
  // the types' subclass registrations (weakrefs to each class, held by their bases)
  stack.push(...subclassRegistryObjects());
  // running frames hold references outside any object: locals, value stacks, their functions
  for (const f of frames) {
    for (const o of [...f.localsplus, ...f.stack, f.locals, f.globals, f.func, f.generator, f.frameObject]) if (o !== null && o !== undefined) stack.push(o);
  }
  while (stack.length) {
    const o = stack.pop()!;
    if (reachable.has(o)) continue;
    reachable.add(o);
    const t = o.type.traverse;
    if (t !== null) t(o, (r) => { if (!reachable.has(r)) stack.push(r); });
  }
  const unreachableObjs: PyObject[] = [];
  for (const o of registry.values()) {
    if (o.rc > 0 && !isImmortal(o) && isTracked(o) && !reachable.has(o)) unreachableObjs.push(o);
  }

  // breadth-first from the names, then from the unreachable objects
  const shown: PyObject[] = [];
  const index = new Map<PyObject, number>();
  const edges: { refs: { obj: PyObject; label?: string }[]; more: number }[] = [];
  const queue: PyObject[] = [];
  let omitted = 0;
  const visit = (o: PyObject) => {
    if (index.has(o)) return;
    if (shown.length >= maxObjects) {
      omitted++;
      index.set(o, -1);
      return;
    }
    index.set(o, shown.length);
    shown.push(o);
    queue.push(o);
  };
  const drain = () => {
    while (queue.length) {
      const o = queue.shift()!;
      const i = index.get(o)!;
      if (opaque(o) || isImmortal(o)) { edges[i] = { refs: [], more: 0 }; continue; }
      const r = referencesOf(o, maxRefs);
      edges[i] = r;
      for (const ref of r.refs) visit(ref.obj);
    }
  };
  // the program's data first; its modules, classes and functions after
  for (const n of names) if (!opaque(n.obj)) visit(n.obj);
  drain();
  for (const n of names) visit(n.obj);
  drain();
  for (const o of unreachableObjs) visit(o);
  drain();

  // 4. sizes and texts of the shown objects (getsizeof may allocate: last)
  const objects: SnapshotObject[] = shown.map((o, i) => {
    const id = o.addr;
    const block = id - preHeaderSize(o.type);
    const small = heap.isSmall(block);
    const where: SnapshotObject['where'] = small ? 'pymalloc' : heap.isLive(block) ? 'malloc' : 'static';
    const e = edges[i];
    const s: SnapshotObject = {
      id,
      hex: hex(id),
      type: o.type.name,
      text: shortText(o),
      refcount: o.rc,
      immortal: isImmortal(o),
      size: null,
      gen: isTracked(o) ? generation.get(o) ?? null : null,
      where,
      refs: e.refs.map((r) => (r.label === undefined ? { id: r.obj.addr } : { id: r.obj.addr, label: r.label })),
      expanded: !(opaque(o) || isImmortal(o)),
    };
    if (e.more > 0) s.moreRefs = e.more;
    if (small) {
      const loc = heap.locate(block);
      if (loc !== null) { s.blockSize = loc.blockSize; s.arena = loc.arenaindex; }
    }
    return s;
  });
  for (let i = 0; i < shown.length; i++) objects[i].size = sizeOf(shown[i]);

  return {
    label: opts.label ?? 'end',
    names: names.map((n) => (n.scope === undefined ? { name: n.name, id: n.obj.addr } : { name: n.name, id: n.obj.addr, scope: n.scope })),
    ...(frames.length ? { line: frames[0].lineno } : {}),
    objects,
    unreachable: unreachableObjs.filter((o) => (index.get(o) ?? -1) >= 0).map((o) => o.addr),
    omitted,
    live: { objects: live, byType: [...byType].sort((a, b) => b[1] - a[1]).map(([type, count]) => ({ type, count })) },
    gc: {
      counts: gcState.generations.slice(0, NUM_GENERATIONS).map((g) => g.count),
      thresholds: gcState.generations.slice(0, NUM_GENERATIONS).map((g) => g.threshold),
      enabled: gcState.enabled,
    },
    pymalloc: {
      sizeClasses: [...classes.values()].sort((a, b) => a.szidx - b.szidx),
      arenas,
      moreArenas: nArenas - arenas.length,
      totals: { arenas: nArenas, pools: nPools, usedBlocks, freeBlocks, bytesInUse },
    },
    large: { count: largeCount, bytes: largeBytes },
  };
}
