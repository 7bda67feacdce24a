/**
 * CPython 3.12's cyclic garbage collector (Modules/gcmodule.c), over the simulated heap.
 *
 * Vocabulary and steps are CPython's:
 *  - three generations (thresholds 700, 10, 10) plus the permanent generation (gc.freeze), each an
 *    intrusive doubly-linked list (gclist.ts); a tracked object is on exactly one of them;
 *  - allocation accounting as _PyObject_GC_Link / PyObject_GC_Del: generations[0].count += 1 per
 *    GC allocation (-1 per free while positive); when it exceeds threshold0 (enabled, not already
 *    collecting) a collection is *scheduled* (_Py_ScheduleGC → rt.gcPending) and runs at the
 *    eval breaker (_Py_RunGC → gc_collect_generations with the long-lived 25 % rule);
 *  - gc_collect_main: update_refs, subtract_refs, move_unreachable (deduce_unreachable),
 *    untrack_tuples, untrack_dicts (full collections only), move_legacy_finalizers (nothing has
 *    tp_del in Python 3), handle_weakrefs, finalize_garbage (PEP 442 tp_finalize once, flag
 *    GC_FINALIZED), handle_resurrected_objects, delete_garbage (tp_clear), statistics, DEBUG_*
 *    messages, gc.garbage, callbacks (gc_collect_with_callback / invoke_gc_callback).
 *
 * No JavaScript recursion on the object graph: every pass is a loop over a list, and
 * `traverse` callbacks only look at direct referents.
 */
import { PyObject, decref, isImmortal } from '../objects/object';
import { PyGCObject, GC_TRACKED, GC_FINALIZED, gcTracking, isGC } from '../objects/gcobject';
import { setGCHooks } from '../objects/memory';
import { PyType } from '../objects/typeobject';
import { tupleType, dictType, typeType, listType } from '../objects/core-types';
import { PyTuple, theEmptyTuple } from '../objects/tuple';
import { PyDict, dictClear, gcMayBeTracked } from '../objects/dict';
import { freeBuffer } from '../objects/alloc';
import { PyList, newList, listAppend as pyListAppend } from '../objects/list';
import { newDict, dictSetStr } from '../objects/dict';
import { newInt } from '../objects/int';
import { collectionCostNs } from './collection-cost';
import { chargeSimulatedNs } from '../vm/sim-time';
import { newStr } from '../objects/str';
import { call, reprText } from '../objects/abstract';
import { PyThrown } from '../objects/errors';
import { hexAddr } from '../objects/object-type';
import { rt } from '../vm/state';
import { None } from '../objects/singletons';
import { printHook } from '../modules/builtins';
import { vmHooks } from '../vm/hooks';
import { GCHead, listAppend, listRemove, listMove, listMerge, listIsEmpty, listSize, listInit, listToArray } from './gclist';
import { writeUnraisable } from './unraisable';
import { clearFreeLists } from '../vm/freelist-state';

// ------------------------------------------------------------------ flags (PyGC_Head bits)
/** PREV_MASK_COLLECTING: the object is in the generation being collected. */
export const GC_COLLECTING = 4;
/** NEXT_MASK_UNREACHABLE: tentatively unreachable during move_unreachable. */
export const GC_UNREACHABLE = 8;

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;
export const DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

export const NUM_GENERATIONS = 3;

interface Generation {
  head: GCHead;
  threshold: number;
  count: number;
}

interface GenStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

/** GCState (Include/internal/pycore_gc.h). */
export const gcState = {
  generations: [
    { head: new GCHead(), threshold: 700, count: 0 },
    { head: new GCHead(), threshold: 10, count: 0 },
    { head: new GCHead(), threshold: 10, count: 0 },
  ] as Generation[],
  permanent: new GCHead(),
  /**
   * Objects the simulated standard library makes while a module CPython has is imported: its
   * real import's objects are modelled by import-footprint.ts (counts, stand-ins), so ours are
   * tracked (gc.is_tracked, gc.get_referrers see them) but in no generation, like frozen ones.
   */
  hidden: new GCHead(),
  /** New objects go to `hidden` (set by import-footprint.ts while such a module is built). */
  hideNew: false,
  enabled: true,
  debug: 0,
  collecting: false,
  longLivedTotal: 0,
  longLivedPending: 0,
  stats: [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 })) as GenStats[],
  /** gc.garbage and gc.callbacks (heap lists of the running program). */
  garbage: null as PyList | null,
  callbacks: null as PyList | null,
  /** Debug switch: run a collection at every eval-breaker check after an allocation. */
  stress: false,
  /**
   * Objects CPython 3.12 has frozen at start-up that this simulation does not model one by
   * one (get_freeze_count() of a fresh `python3 script.py` is 375).
   */
  virtualPermanent: 0,
  /** A simulated module is being built: its allocation count is replaced (import-footprint.ts). */
  importing: (): boolean => false,
};

const GEN = gcState.generations;

// ------------------------------------------------------------------ tracking hooks
gcTracking.track = (o: PyGCObject): void => {
  o.gcFlags |= GC_TRACKED;
  listAppend(o, gcState.hideNew ? gcState.hidden : GEN[0].head);
};
gcTracking.untrack = (o: PyGCObject): void => {
  listRemove(o);
  o.gcFlags &= ~(GC_TRACKED | GC_COLLECTING | GC_UNREACHABLE);
};

export const isTracked = (o: PyObject): boolean => isGC(o) && (o.gcFlags & GC_TRACKED) !== 0;

/** _PyObject_GC_MAY_BE_TRACKED (static types are not GC objects: type_is_gc). */
export const mayBeTracked = gcMayBeTracked;

setGCHooks({
  onAlloc() {
    // _PyObject_GC_Link
    const g0 = GEN[0];
    g0.count++;
    if (gcState.stress) {
      if (!gcState.collecting) rt.gcPending = true;
      return;
    }
    if (g0.count > g0.threshold && gcState.enabled && g0.threshold !== 0 && !gcState.collecting && !gcState.importing()) {
      rt.gcPending = true; // _Py_ScheduleGC
    }
  },
  onFree() {
    // PyObject_GC_Del
    if (GEN[0].count > 0) GEN[0].count--;
  },
});

/** Schedule a collection if gen 0 is past its threshold (after allocations that could not). */
export function scheduleIfDue(): void {
  const g0 = GEN[0];
  if (g0.count > g0.threshold && gcState.enabled && g0.threshold !== 0 && !gcState.collecting) rt.gcPending = true;
}

vmHooks.collectPending = (): void => {
  rt.gcPending = false;
  runScheduledGC();
};

/** _Py_RunGC: the eval breaker's collection. */
export function runScheduledGC(): void {
  if (!gcState.enabled || gcState.collecting) return;
  gcState.collecting = true;
  try {
    if (gcState.stress) collectWithCallback(NUM_GENERATIONS - 1);
    else collectGenerations();
  } finally {
    gcState.collecting = false;
  }
}

/** gc_collect_generations */
function collectGenerations(): number {
  for (let i = NUM_GENERATIONS - 1; i >= 0; i--) {
    if (GEN[i].count > GEN[i].threshold) {
      /* Avoid quadratic performance degradation in number of tracked objects: full collections
         only when the number of objects surviving young collections since the last full
         collection exceeds 25 % of the long-lived objects. */
      if (i === NUM_GENERATIONS - 1 && gcState.longLivedPending < gcState.longLivedTotal / 4) continue;
      return collectWithCallback(i);
    }
  }
  return 0;
}

/** gc.collect(generation): the `collecting` guard of gc_collect_impl. */
export function collect(generation = NUM_GENERATIONS - 1): number {
  if (gcState.collecting) return 0;
  gcState.collecting = true;
  try {
    return collectWithCallback(generation);
  } finally {
    gcState.collecting = false;
  }
}

/** _PyGC_CollectNoFail: a full collection without callbacks (interpreter shutdown). */
export function collectNoFail(): number {
  if (gcState.collecting) return 0;
  gcState.collecting = true;
  try {
    const r = collectMain(NUM_GENERATIONS - 1);
    return r.collected + r.uncollectable;
  } finally {
    gcState.collecting = false;
  }
}

// ------------------------------------------------------------------ traversal helpers
type Visit = (o: PyObject) => void;

function traverse(o: PyObject, visit: Visit): void {
  const t = o.type.traverse;
  if (t !== null) t(o, visit);
}

/** Per-type tp_clear, registered by type (see installClears). */
const clearFns = new Map<PyType, (o: PyObject) => void>();
export function registerClear(t: PyType, fn: (o: PyObject) => void): void {
  clearFns.set(t, fn);
}
export function clearOf(t: PyType): ((o: PyObject) => void) | null {
  const own = clearFns.get(t);
  if (own !== undefined) return own;
  if (t.isHeapType) return instanceClear;
  if (t.isSubtypeOf(typeType)) return typeClearOf;
  // builtin subtypes inherit their base's tp_clear
  for (let b = t.base; b !== null; b = b.base) {
    const f = clearFns.get(b);
    if (f !== undefined) return f;
  }
  return null;
}

/** subtype_clear: slots, then the instance's dict / inline values, then the base's tp_clear. */
function instanceClear(o: PyObject): void {
  if (o instanceof PyType) {
    typeClear(o);
    return;
  }
  const g = o as PyGCObject;
  // clear_slots
  const sv = g.slotValues;
  if (sv !== null) {
    for (let i = 0; i < sv.length; i++) {
      const v = sv[i];
      if (v !== null) {
        sv[i] = null;
        decref(v);
      }
    }
  }
  // _PyObject_ClearManagedDict: inline values in key order (then the values array is freed and
  // the instance has neither values nor dict), or the materialised dict
  if (g.inline !== null) {
    const inl = g.inline;
    const vals = inl.vals;
    for (let i = 0; i < vals.length; i++) {
      const v = vals[i];
      if (v !== null) {
        vals[i] = null;
        decref(v);
      }
    }
    if (g.inline === inl) {
      g.inline = null;
      freeBuffer(inl.addr);
    }
  } else if (g.attrs !== null) {
    const attrs = g.attrs;
    for (const [k, v] of Array.from(attrs)) {
      attrs.delete(k);
      decref(v);
    }
    if (g.attrs === attrs) g.attrs = null;
  } else if (g.attrDict !== null) {
    const d = g.attrDict;
    g.attrDict = null;
    decref(d);
  }
  let nb: PyType | null = o.type;
  while (nb !== null && nb.isHeapType) nb = nb.base;
  if (nb !== null) {
    const f = clearFns.get(nb) ?? (nb.base !== null ? clearOf(nb) : null);
    if (f !== null && f !== instanceClear) f(o);
  }
}

const typeClearOf = (o: PyObject): void => typeClear(o as PyType);

/** type_clear (heap types only): clear the namespace, then tp_mro (Py_CLEAR). */
function typeClear(t: PyType): void {
  if (!t.isHeapType) return;
  t.invalidateCaches();
  dictClear(t.dict);
  const mt = t.mroTuple;
  if (mt !== null) {
    t.mroTuple = null;
    decref(mt);
  }
}

// ------------------------------------------------------------------ deduce_unreachable
/** update_refs: gc_refs = ob_refcnt, mark COLLECTING. Returns how many objects it saw. */
function updateRefs(containers: GCHead): number {
  let n = 0;
  for (let g = containers.gcNext!; g !== containers; g = g.gcNext!) {
    g.gcRefs = g.rc;
    g.gcFlags |= GC_COLLECTING;
    n++;
  }
  return n;
}

/**
 * The flags of a GC object, or 0 for any other object (which finds a 0 on PyObject's prototype,
 * see gcobject.ts). One property load; cheaper than `instanceof` on the many object shapes the
 * visitors of subtract_refs / move_unreachable see.
 */
const gcFlagsOf = (o: PyObject): number => (o as PyGCObject).gcFlags;

/** References subtract_refs traversed in the current collection (for collection-cost.ts). */
let refsVisited = 0;

function visitDecref(o: PyObject): void {
  refsVisited++;
  if ((gcFlagsOf(o) & GC_COLLECTING) !== 0) (o as PyGCObject).gcRefs--;
}

/**
 * subtract_refs. Exact lists, tuples and combined dicts are visited here, in a loop, rather than
 * through their tp_traverse: the same referents (order does not matter to this pass), without a
 * call per referent. A subclass has its own traverse (its type, its __dict__) and takes the
 * general path.
 */
function subtractRefs(containers: GCHead): void {
  for (let g = containers.gcNext!; g !== containers; g = g.gcNext!) {
    const t = g.type;
    if (t === listType || t === tupleType) {
      const items = (g as unknown as PyList | PyTuple).items;
      refsVisited += items.length;
      // `notCollecting`: the last item seen that is outside the collection (its flags cannot
      // change in this pass), so a run of the same object (`[0] * 100`, `[None] * n`) costs
      // one identity test per item instead of a property load on an object of any shape
      let notCollecting: PyObject | null = null;
      for (let i = 0; i < items.length; i++) {
        const o = items[i] as PyGCObject;
        if (o === notCollecting) continue;
        if ((o.gcFlags & GC_COLLECTING) !== 0) o.gcRefs--;
        else notCollecting = o;
      }
    } else if (t === dictType && (g as unknown as PyDict).split === null) {
      const d = g as unknown as PyDict;
      const ks = d.keys;
      const vs = d.values;
      const uni = d.unicodeKeys;
      refsVisited += uni ? d.used : 2 * d.used;
      for (let i = 0; i < ks.length; i++) {
        const k = ks[i] as PyGCObject | null;
        if (k === null) continue;
        const v = vs[i] as PyGCObject;
        if ((v.gcFlags & GC_COLLECTING) !== 0) v.gcRefs--;
        if (!uni && (k.gcFlags & GC_COLLECTING) !== 0) k.gcRefs--;
      }
    } else traverse(g, visitDecref);
  }
}

let reachableHead: GCHead = null as unknown as GCHead;
function visitReachable(o: PyObject): void {
  const f = gcFlagsOf(o);
  if ((f & GC_COLLECTING) === 0) return;
  const g = o as PyGCObject;
  if ((f & GC_UNREACHABLE) !== 0) {
    // tentatively unreachable but reachable after all: back to the end of young
    listMove(g, reachableHead);
    g.gcFlags = f & ~GC_UNREACHABLE;
    g.gcRefs = 1;
  } else if (g.gcRefs === 0) {
    g.gcRefs = 1;
  }
}

/** move_unreachable */
function moveUnreachable(young: GCHead, unreachable: GCHead): void {
  const saved = reachableHead;
  reachableHead = young;
  let prev: PyGCObject = young;
  let g = young.gcNext!;
  while (g !== young) {
    if (g.gcRefs !== 0) {
      const t = g.type;
      if (t === listType || t === tupleType) {
        // (their tp_traverse, inline: the items from last to first)
        const items = (g as unknown as PyList | PyTuple).items;
        let notCollecting: PyObject | null = null; // (as in subtractRefs)
        for (let i = items.length - 1; i >= 0; i--) {
          const o = items[i];
          if (o === notCollecting) continue;
          if ((gcFlagsOf(o) & GC_COLLECTING) === 0) notCollecting = o;
          else visitReachable(o);
        }
      } else traverse(g, visitReachable);
      g.gcFlags &= ~GC_COLLECTING;
      prev = g;
    } else {
      listMove(g, unreachable);
      g.gcFlags |= GC_UNREACHABLE;
    }
    g = prev.gcNext!;
  }
  reachableHead = saved;
}

/** deduce_unreachable. Returns the collection's simulated cost in nanoseconds (collection-cost.ts). */
function deduceUnreachable(base: GCHead, unreachable: GCHead): number {
  const objects = updateRefs(base);
  refsVisited = 0;
  subtractRefs(base);
  listInit(unreachable);
  moveUnreachable(base, unreachable);
  return collectionCostNs(objects, refsVisited);
}

/** _PyTuple_MaybeUntrack over young (untrack_tuples). */
function untrackTuples(head: GCHead): void {
  let g = head.gcNext!;
  while (g !== head) {
    const next = g.gcNext!;
    if (g.type === tupleType) {
      const items = (g as PyTuple).items;
      let keep = false;
      for (let i = 0; i < items.length; i++) {
        if (mayBeTracked(items[i])) {
          keep = true;
          break;
        }
      }
      if (!keep) gcTracking.untrack(g);
    }
    g = next;
  }
}

/** _PyDict_MaybeUntrack over the collected generation (untrack_dicts). */
export function dictMaybeUntrack(d: PyDict): void {
  if (d.type !== dictType || (d.gcFlags & GC_TRACKED) === 0) return;
  const ks = d.keys;
  const vs = d.values;
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    if (k === null) continue;
    if (mayBeTracked(vs[i]!)) return;
    if (!d.unicodeKeys && mayBeTracked(k)) return;
  }
  gcTracking.untrack(d);
}

function untrackDicts(head: GCHead): void {
  let g = head.gcNext!;
  while (g !== head) {
    const next = g.gcNext!;
    if (g.type === dictType) dictMaybeUntrack(g as PyDict);
    g = next;
  }
}

/** has_legacy_finalizer: tp_del — no type of this simulation (nor any Python class) has one. */
const hasLegacyFinalizer = (_o: PyObject): boolean => false;

function moveLegacyFinalizers(unreachable: GCHead, finalizers: GCHead): void {
  let g = unreachable.gcNext!;
  while (g !== unreachable) {
    const next = g.gcNext!;
    g.gcFlags &= ~GC_UNREACHABLE;
    if (hasLegacyFinalizer(g)) {
      g.gcFlags &= ~GC_COLLECTING;
      listMove(g, finalizers);
    }
    g = next;
  }
}

let moveTarget: GCHead = null as unknown as GCHead;
function visitMove(o: PyObject): void {
  if (isGC(o) && (o.gcFlags & GC_COLLECTING) !== 0) {
    listMove(o, moveTarget);
    o.gcFlags &= ~GC_COLLECTING;
  }
}

function moveLegacyFinalizerReachable(finalizers: GCHead): void {
  const saved = moveTarget;
  moveTarget = finalizers;
  for (let g = finalizers.gcNext!; g !== finalizers; g = g.gcNext!) traverse(g, visitMove);
  moveTarget = saved;
}

// ------------------------------------------------------------------ weakrefs
/** Installed by the weakref type (objects/weakref-type.ts). */
export const weakrefOps = {
  isWeakref: (_o: PyObject): boolean => false,
  /** The weakrefs to `o`, head of CPython's list first (empty array if none). */
  refsOf: (_o: PyObject): PyObject[] => [],
  /** _PyWeakref_ClearRef: the referent becomes None; the callback is kept. */
  clearRef: (_wr: PyObject): void => {},
  callbackOf: (_wr: PyObject): PyObject | null => null,
  /** handle_callback: call cb(wr), report exceptions as unraisable. */
  callCallback: (_wr: PyObject, _cb: PyObject): void => {},
};

/** handle_weakrefs: returns the number of weakrefs freed after their callbacks ran. */
function handleWeakrefs(unreachable: GCHead, old: GCHead): number {
  const wrcbToCall = new GCHead();
  for (let g = unreachable.gcNext!; g !== unreachable; ) {
    const next = g.gcNext!;
    if (weakrefOps.isWeakref(g)) weakrefOps.clearRef(g);
    const refs = weakrefOps.refsOf(g);
    for (const wr of refs) {
      weakrefOps.clearRef(wr);
      if (weakrefOps.callbackOf(wr) === null) continue;
      // a weakref in the unreachable set: its callback must not run
      if (isGC(wr) && (wr.gcFlags & GC_COLLECTING) !== 0) continue;
      wr.rc++;
      if (isGC(wr) && (wr.gcFlags & GC_TRACKED) !== 0) listMove(wr, wrcbToCall);
      else pendingUntracked.push(wr);
    }
    g = next;
  }
  let freed = 0;
  while (!listIsEmpty(wrcbToCall)) {
    const wr = wrcbToCall.gcNext!;
    const cb = weakrefOps.callbackOf(wr);
    if (cb !== null) weakrefOps.callCallback(wr, cb);
    decref(wr);
    if (wrcbToCall.gcNext === wr) listMove(wr, old);
    else freed++;
  }
  while (pendingUntracked.length > 0) {
    const wr = pendingUntracked.shift()!;
    const cb = weakrefOps.callbackOf(wr);
    if (cb !== null) weakrefOps.callCallback(wr, cb);
    decref(wr);
  }
  return freed;
}
const pendingUntracked: PyObject[] = [];

// ------------------------------------------------------------------ finalizers
/** Installed by classes.ts' finalizerHook user (gc/finalizers.ts): run tp_finalize, reporting errors. */
export const finalizeOps = {
  run: (o: PyObject, fin: (o: PyObject) => void): void => fin(o),
};

/** finalize_garbage */
function finalizeGarbage(collectable: GCHead): void {
  const seen = new GCHead();
  while (!listIsEmpty(collectable)) {
    const g = collectable.gcNext!;
    listMove(g, seen);
    const fin = g.type.slots.finalize;
    if ((g.gcFlags & GC_FINALIZED) === 0 && fin !== undefined) {
      g.gcFlags |= GC_FINALIZED;
      g.rc++;
      finalizeOps.run(g, fin);
      decref(g);
    }
  }
  listMerge(seen, collectable);
}

function clearCollecting(head: GCHead): void {
  for (let g = head.gcNext!; g !== head; g = g.gcNext!) g.gcFlags &= ~GC_COLLECTING;
}

/** handle_resurrected_objects */
function handleResurrectedObjects(unreachable: GCHead, stillUnreachable: GCHead, old: GCHead): void {
  clearCollecting(unreachable);
  deduceUnreachable(unreachable, stillUnreachable);
  for (let g = stillUnreachable.gcNext!; g !== stillUnreachable; g = g.gcNext!) g.gcFlags &= ~GC_UNREACHABLE;
  listMerge(unreachable, old);
}

/** delete_garbage */
function deleteGarbage(collectable: GCHead, old: GCHead): void {
  while (!listIsEmpty(collectable)) {
    const g = collectable.gcNext!;
    if (gcState.debug & DEBUG_SAVEALL) {
      if (gcState.garbage !== null) pyListAppend(gcState.garbage, g);
    } else {
      const clear = clearOf(g.type);
      if (clear !== null) {
        g.rc++;
        try {
          clear(g);
        } catch (e) {
          if (e instanceof PyThrown) writeUnraisable(e.exc, g.type, 'in tp_clear of');
          else throw e;
        }
        decref(g);
      }
    }
    if (collectable.gcNext === g) {
      // still alive: it may die later
      g.gcFlags &= ~GC_COLLECTING;
      listMove(g, old);
    }
  }
}

// ------------------------------------------------------------------ gc_collect_main
/** PySys_WriteStderr: gc's debug messages go to sys.stderr (the process's stderr without one). */
function debugWrite(text: string): void {
  const f = rt.sysDict?.getStr('stderr') ?? null;
  if (f === null || f === None) {
    rt.stderr.write(text);
    return;
  }
  try {
    printHook.write(f, text, false);
  } catch (e) {
    if (!(e instanceof PyThrown)) throw e;
    decref(e.exc); // PySys_WriteStderr ignores errors of the write
  }
}

function showStatsEachGenerations(): void {
  let buf = '';
  for (let i = 0; i < NUM_GENERATIONS; i++) buf += ` ${listSize(GEN[i].head)}`;
  debugWrite(
    `gc: objects in each generation:${buf}\n` +
      `gc: objects in permanent generation: ${listSize(gcState.permanent) + gcState.virtualPermanent}\n`,
  );
}

function debugCycle(msg: string, o: PyObject): void {
  debugWrite(`gc: ${msg} <${o.type.name} ${hexAddr(o)}>\n`);
}

export interface CollectResult {
  collected: number;
  uncollectable: number;
}

function collectMain(generation: number): CollectResult {
  let m = 0; // objects collected
  let n = 0; // unreachable objects that could not be collected
  if (gcState.debug & DEBUG_STATS) {
    debugWrite(`gc: collecting generation ${generation}...\n`);
    showStatsEachGenerations();
  }
  // update collection and allocation counters
  if (generation + 1 < NUM_GENERATIONS) GEN[generation + 1].count += 1;
  for (let i = 0; i <= generation; i++) GEN[i].count = 0;

  // merge younger generations with the one being collected
  for (let i = 0; i < generation; i++) listMerge(GEN[i].head, GEN[generation].head);

  const young = GEN[generation].head;
  const old = generation < NUM_GENERATIONS - 1 ? GEN[generation + 1].head : young;

  const unreachable = new GCHead();
  const costNs = deduceUnreachable(young, unreachable);
  chargeSimulatedNs(costNs);

  untrackTuples(young);
  // move reachable objects to the next generation
  if (young !== old) {
    if (generation === NUM_GENERATIONS - 2) gcState.longLivedPending += listSize(young);
    listMerge(young, old);
  } else {
    // dicts are untracked only in full collections (issue #14775)
    untrackDicts(young);
    gcState.longLivedPending = 0;
    gcState.longLivedTotal = listSize(young);
  }

  const finalizers = new GCHead();
  moveLegacyFinalizers(unreachable, finalizers);
  moveLegacyFinalizerReachable(finalizers);

  if (gcState.debug & DEBUG_COLLECTABLE) {
    for (let g = unreachable.gcNext!; g !== unreachable; g = g.gcNext!) debugCycle('collectable', g);
  }

  // clear weakrefs and invoke callbacks as necessary
  m += handleWeakrefs(unreachable, old);

  // call tp_finalize on objects which have one
  finalizeGarbage(unreachable);

  // objects resurrected by finalizers go to `old`; the rest is still garbage
  const finalUnreachable = new GCHead();
  handleResurrectedObjects(unreachable, finalUnreachable, old);

  // tp_clear breaks the cycles
  m += listSize(finalUnreachable);
  deleteGarbage(finalUnreachable, old);

  for (let g = finalizers.gcNext!; g !== finalizers; g = g.gcNext!) {
    n++;
    if (gcState.debug & DEBUG_UNCOLLECTABLE) debugCycle('uncollectable', g);
  }
  if (gcState.debug & DEBUG_STATS) {
    // the elapsed time is the simulated cost, so the figure is the same on every run
    const d = costNs / 1e9;
    debugWrite(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${d.toFixed(4)}s elapsed\n`);
  }

  // handle_legacy_finalizers
  for (let g = finalizers.gcNext!; g !== finalizers; g = g.gcNext!) {
    if ((gcState.debug & DEBUG_SAVEALL || hasLegacyFinalizer(g)) && gcState.garbage !== null) {
      pyListAppend(gcState.garbage, g);
    }
  }
  listMerge(finalizers, old);

  // Free lists are cleared only by a collection of the oldest generation.
  if (generation === NUM_GENERATIONS - 1) clearFreeLists();

  const st = gcState.stats[generation];
  st.collections++;
  st.collected += m;
  st.uncollectable += n;
  return { collected: m, uncollectable: n };
}

/** invoke_gc_callback */
function invokeCallbacks(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void {
  const cbs = gcState.callbacks;
  if (cbs === null || cbs.items.length === 0) return;
  const info = newDict();
  const put = (k: string, v: number) => {
    const o = newInt(v);
    dictSetStr(info, k, o);
    decref(o);
  };
  put('generation', generation);
  put('collected', collected);
  put('uncollectable', uncollectable);
  const ph = newStr(phase);
  const copy = cbs.items.slice();
  for (const cb of copy) cb.rc++;
  try {
    for (const cb of copy) {
      try {
        decref(call(cb, [ph, info]));
      } catch (e) {
        if (e instanceof PyThrown) writeUnraisable(e.exc, cb); // PyErr_WriteUnraisable(cb)
        else throw e;
      }
    }
  } finally {
    for (const cb of copy) decref(cb);
    decref(ph);
    decref(info);
  }
}

/** gc_collect_with_callback */
function collectWithCallback(generation: number): number {
  invokeCallbacks('start', generation, 0, 0);
  const r = collectMain(generation);
  invokeCallbacks('stop', generation, r.collected, r.uncollectable);
  return r.collected + r.uncollectable;
}

// ------------------------------------------------------------------ module-level services
/** gc.get_objects(generation): generation lists concatenated (young first). */
export function getObjects(generation: number | null): PyGCObject[] {
  if (generation !== null) return listToArray(GEN[generation].head);
  const out: PyGCObject[] = [];
  for (let i = 0; i < NUM_GENERATIONS; i++) for (const o of listToArray(GEN[i].head)) out.push(o);
  return out;
}

/** gc.freeze: move everything into the permanent generation. */
export function freeze(): void {
  for (let i = 0; i < NUM_GENERATIONS; i++) listMerge(GEN[i].head, gcState.permanent);
  GEN[0].count = 0;
}

/** gc.unfreeze: back into the oldest generation. */
export function unfreeze(): void {
  listMerge(gcState.permanent, GEN[NUM_GENERATIONS - 1].head);
  gcState.virtualPermanent = 0;
}

export function freezeCount(): number {
  return listSize(gcState.permanent) + gcState.virtualPermanent;
}

export function generationSize(i: number): number {
  return listSize(GEN[i].head);
}

/** gc.get_referrers: tracked objects (all generations) that refer to any of `objs`. */
export function getReferrers(objs: PyObject[]): PyObject[] {
  const targets = new Set(objs);
  const out: PyObject[] = [];
  for (const head of [...GEN.map((g) => g.head), gcState.hidden]) {
    for (const g of listToArray(head)) {
      let hit = false;
      traverse(g, (r) => {
        if (targets.has(r)) hit = true;
      });
      if (hit) out.push(g);
    }
  }
  return out;
}

/** gc.get_referents: what tp_traverse of each (GC) object visits, GC or not. */
export function getReferents(objs: PyObject[]): PyObject[] {
  const out: PyObject[] = [];
  for (const o of objs) {
    if (!isGC(o) || o.type.traverse === null) continue;
    traverse(o, (r) => out.push(r));
  }
  return out;
}

/**
 * Start-up state for a new program (called from createInterpreter once the program's heap is
 * installed): empty generations, CPython 3.12.1's counters as a fresh `python3 script.py` sees
 * them (gc.get_count() == (0, 5, 0), five young collections that freed 24 objects, 375 frozen
 * objects), new gc.garbage / gc.callbacks lists.
 */
export function resetCollector(opts: { stress?: boolean } = {}): void {
  for (let i = 0; i < NUM_GENERATIONS; i++) detachAll(GEN[i].head);
  detachAll(gcState.permanent);
  detachAll(gcState.hidden);
  gcState.hideNew = false;
  GEN[0].threshold = 700;
  GEN[1].threshold = 10;
  GEN[2].threshold = 10;
  gcState.enabled = true;
  gcState.debug = 0;
  gcState.collecting = false;
  gcState.longLivedTotal = 0;
  gcState.longLivedPending = 0;
  gcState.stress = opts.stress ?? false;
  gcState.stats = [
    { collections: 5, collected: 24, uncollectable: 0 },
    { collections: 0, collected: 0, uncollectable: 0 },
    { collections: 0, collected: 0, uncollectable: 0 },
  ];
  gcState.virtualPermanent = 375;
  pendingUntracked.length = 0;
  gcState.garbage = newList();
  gcState.callbacks = newList();
  GEN[0].count = 0;
  GEN[1].count = 5;
  GEN[2].count = 0;
}

/** Forget every object on a list (objects of a previous program or the static world). */
function detachAll(h: GCHead): void {
  let g = h.gcNext!;
  while (g !== h) {
    const next = g.gcNext!;
    g.gcPrev = null;
    g.gcNext = null;
    g.gcFlags &= ~(GC_TRACKED | GC_COLLECTING | GC_UNREACHABLE);
    g = next;
  }
  listInit(h);
}

/** Immortal objects never take part (a safety net: their counts are never exact). */
export const neverCollected = (o: PyObject): boolean => isImmortal(o);

export { reprText, theEmptyTuple };
