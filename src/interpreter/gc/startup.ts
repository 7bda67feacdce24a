/**
 * The collector's state when a program starts, modelled on a fresh `python3 script.py` of
 * CPython 3.12.1 (64-bit Linux, clean environment as the goldens are generated:
 * PATH/HOME/LANG only). CPython's own documentation says these figures vary — with the
 * version, the build, the environment, site-packages, even the script's own text — so they
 * are modelled on measurements, not derived from first principles:
 *
 *  - Start-up and the compilation of the script allocate some 700 GC objects: the gen-0 count
 *    at the script's first line is 692–701 and not a simple function of the script (compile of
 *    `import gc; print(gc.get_count())` plus k lines gave 692 or a collection depending on k,
 *    non-monotonically). Four young collections freed 24 objects before that. For almost every
 *    script the count is at the threshold when the module's code starts, so the fifth young
 *    collection runs at one of its first eval-breaker checks and the script sees
 *    `gc.get_count() == (0, 5, 0)` and `get_stats()[0] == {'collections': 5, 'collected': 24,
 *    …}`. This simulation starts just below the threshold (STARTUP_GEN0_COUNT).
 *  - After that collection everything CPython created at start-up (builtin types' descriptors,
 *    the modules site imports, their functions, dicts, weakrefs …) sits in generation 1:
 *    `import gc; gc.collect(); len(gc.get_objects())` is 4976 (wrapper_descriptor 1043,
 *    method_descriptor 659, builtin_function_or_method 614, function 558, dict 458,
 *    ReferenceType 393, member_descriptor 273, getset_descriptor 228, tuple 228, …).
 *    The population here: the builtin types' own dicts and descriptors (static objects of this
 *    simulation, tracked for each program as CPython tracks its static types' descriptors),
 *    this program's builtins/sys/__main__ modules, and static stand-ins for the objects of the
 *    start-up modules this simulation does not load (site, os, codecs, encodings, io, abc …):
 *    functions, dicts, tuples, weakrefs, lists, sets and cells, as many of each as CPython has
 *    more than the rest of the population, so the totals are CPython's.
 *  - gc.get_freeze_count() is 375 (collector.ts `virtualPermanent`).
 */
import { PyObject, makeImmortal } from '../objects/object';
import { None } from '../objects/singletons';
import { PyGCObject, GC_TRACKED, gcTracking } from '../objects/gcobject';
import { PyType } from '../objects/typeobject';
import { PyDict, newDict, dictSetStr, dictForEach } from '../objects/dict';
import { newTuple, PyTuple } from '../objects/tuple';
import { newList } from '../objects/list';
import { newCell } from '../objects/cell';
import { newSetOf } from '../objects/set';
import { newFunction } from '../objects/function';
import { PyCode } from '../objects/code';
import { newRef, refType } from '../objects/weakref-type';
import { allCoreTypes, setType, classmethodType, staticmethodType, tupleType, dictType } from '../objects/core-types';
import { exceptionTypeList } from '../objects/exceptions';
import { registeredStaticTypes } from '../objects/type-registry';
import { newWrapper } from '../objects/descriptors';
import { Allocator, allocator, setAllocator, withStaticAllocator } from '../objects/memory';
import { gcState, mayBeTracked } from './collector';
import { GCHead, listAppend, listToArray, listInit } from './gclist';

/** gc.get_objects() after gc.collect() in CPython 3.12.1 for `import gc; gc.collect()`, by type. */
const CPYTHON_AFTER_START: Record<string, number> = {
  function: 558,
  dict: 458,
  ReferenceType: 393,
  tuple: 228,
  list: 66,
  set: 44,
  classmethod: 44,
  cell: 23,
  staticmethod: 17,
};
const CPYTHON_AFTER_START_TOTAL = 4976;
/**
 * What `import gc` adds in this simulation (the module, its dict, its 18 functions): the
 * population is sized for the state before the script's first line.
 */
const GC_MODULE_OBJECTS = 20;

/**
 * Gen-0 count when the script's first line runs (measured 670–700: e.g. 670 before
 * `import gc` in a three-line script): a few more allocations schedule the fifth young
 * collection. Importing runs importlib's Python code in CPython, so a collection that
 * `import gc` makes due runs inside the import (vm/import.ts checks the eval breaker after
 * loading a module) and the script's first `gc.get_count()` is (0, 5, 0).
 */
const STARTUP_GEN0_COUNT = 690;

/**
 * Tracked at start-up but untracked by the first collection that looks at them: CPython's
 * generation 1 holds 14 tuples of atoms when a script starts (tuples are untracked lazily, when
 * a collection of their generation finds them holding only untracked objects), and 2 dicts of
 * atoms (only full collections untrack dicts). `import gc; len(gc.get_objects())` is 4992
 * before the first gc.collect() and 4976 after it (measured, clean environment, stdout a pipe).
 */
const UNTRACKABLE_TUPLES = 14;
const UNTRACKABLE_DICTS = 2;
let untrackableTuples: PyGCObject[] | null = null;
let untrackableDicts: PyGCObject[] | null = null;

/** Static objects tracked in every program: builtin types' dicts and descriptors, stand-ins. */
let population: PyGCObject[] | null = null;
/** The stand-ins part of it (built once, on the static heap). */
let standInObjects: PyGCObject[] | null = null;

function isTrackable(o: PyObject): o is PyGCObject {
  return o instanceof PyGCObject && o.type.hasGC && !(o instanceof PyType);
}

function staticDescriptors(): PyGCObject[] {
  const out: PyGCObject[] = [];
  const seen = new Set<PyObject>();
  const types = [...allCoreTypes, ...exceptionTypeList(), ...(registeredStaticTypes() as PyType[])];
  for (const t of types) {
    if (seen.has(t.dict)) continue;
    seen.add(t.dict);
    out.push(t.dict);
    dictForEach(t.dict, (_k, v) => {
      if (isTrackable(v) && !seen.has(v)) {
        seen.add(v);
        out.push(v);
      }
    });
  }
  return out;
}

function survives(o: PyGCObject): boolean {
  if (o.type === tupleType) return (o as PyTuple).items.some((x) => mayBeTracked(x));
  if (o.type === dictType) {
    let keep = false;
    dictForEach(o as PyDict, (k, v) => {
      if (mayBeTracked(v) || ((o as PyDict).unicodeKeys === false && mayBeTracked(k))) keep = true;
    });
    return keep;
  }
  return true;
}

function tally(objs: Iterable<PyObject>, into: Map<string, number>): void {
  for (const o of objs) into.set(o.type.name, (into.get(o.type.name) ?? 0) + 1);
}

/** Stand-ins for the start-up modules' objects, allocated in the static area, immortal. */
function standIns(code: PyCode, have: Map<string, number>, haveTotal: number): PyGCObject[] {
  const out: PyGCObject[] = [];
  const ns = makeImmortal(newDict());
  const want = (name: string) => Math.max(0, (CPYTHON_AFTER_START[name] ?? 0) - (have.get(name) ?? 0));
  const fns: PyGCObject[] = [];
  const fn = (): PyGCObject => {
    const f = makeImmortal(newFunction(code, ns, ns));
    fns.push(f);
    out.push(f);
    return f;
  };
  let others = 0;
  for (const name of Object.keys(CPYTHON_AFTER_START)) if (name !== 'function') others += want(name);
  const target = CPYTHON_AFTER_START_TOTAL - GC_MODULE_OBJECTS - haveTotal;
  const nFunctions = Math.max(want('function'), target - others, want('ReferenceType'));
  for (let i = 0; i < nFunctions; i++) fn();
  let k = 0;
  const next = () => fns[k++ % fns.length];
  const ref = (o: PyObject) => (o.rc++, o);
  for (let i = 0; i < want('dict'); i++) {
    const d = makeImmortal(newDict());
    dictSetStr(d, '__wrapped__', next());
    out.push(d);
  }
  for (let i = 0; i < want('tuple'); i++) out.push(makeImmortal(newTuple([ref(next())])));
  for (let i = 0; i < want('list'); i++) out.push(makeImmortal(newList([ref(next())])));
  for (let i = 0; i < want('set'); i++) out.push(makeImmortal(newSetOf(setType, null)));
  for (let i = 0; i < want('cell'); i++) out.push(makeImmortal(newCell(ref(next()))));
  for (let i = 0; i < want('classmethod'); i++) out.push(makeImmortal(newWrapper(classmethodType, ref(next()))));
  for (let i = 0; i < want('staticmethod'); i++) out.push(makeImmortal(newWrapper(staticmethodType, ref(next()))));
  // one weakref per function at most (a callback-less ref to an object is shared)
  for (let i = 0; i < want('ReferenceType'); i++) out.push(makeImmortal(newRef(refType, fns[i], null)));
  return out;
}

/**
 * Called by createInterpreter once builtins, sys and __main__ exist: puts the start-up
 * population at the head of generation 0 (the oldest objects) and sets the counters so the
 * start-up collection runs at the first eval-breaker check.
 */
export function populateStartup(ctx: { staticAllocator: Allocator; compileFunctionCode: () => PyCode }): void {
  standInContext = ctx;
  standInsTaken = 0;
  const gen0 = gcState.generations[0];
  // what stays tracked through the first full collection (atom-only tuples and dicts are untracked).
  // Listed anew for every program: a static type made while an earlier program ran (a module's
  // native types) is static from then on, and its dict and descriptors must stay in the list.
  const descr = staticDescriptors().filter(survives);
  if (standInObjects === null) {
    const have = new Map<string, number>();
    tally(descr, have);
    const descrSet = new Set<PyObject>(descr);
    const programObjects = listToArray(gen0.head).filter((o) => !descrSet.has(o) && survives(o));
    tally(programObjects, have);
    const haveTotal = descr.length + programObjects.length;
    const heap = allocator;
    const count = gen0.count;
    setAllocator(ctx.staticAllocator);
    try {
      const code = ctx.compileFunctionCode();
      makeImmortal(code);
      standInObjects = standIns(code, have, haveTotal);
      untrackableTuples = [];
      untrackableDicts = [];
      for (let i = 0; i < UNTRACKABLE_TUPLES; i++) untrackableTuples.push(makeImmortal(newTuple([None, None])));
      for (let i = 0; i < UNTRACKABLE_DICTS; i++) {
        const d = makeImmortal(newDict());
        dictSetStr(d, '__doc__', None);
        untrackableDicts.push(d);
      }
    } finally {
      setAllocator(heap);
      gen0.count = count;
    }
    // the stand-ins were tracked while being built: the program's lists are rebuilt below
  }
  population = [...descr, ...standInObjects!, ...untrackableDicts!, ...untrackableTuples!];
  popSet = null;
  const program = listToArray(gen0.head).filter((o) => !populationSet().has(o));
  listInit(gen0.head);
  const tuples = new Set<PyObject>(untrackableTuples!);
  const gen1 = gcState.generations[1].head;
  for (const o of population) {
    o.gcFlags |= GC_TRACKED;
    // the atom-only tuples are older than the young collections: already in generation 1
    listAppend(o, tuples.has(o) ? gen1 : gen0.head);
  }
  for (const o of program) listAppend(o, gen0.head);
  // four young collections (24 objects freed) happened during start-up; the fifth is due
  gcState.stats[0] = { collections: 4, collected: 24, uncollectable: 0 };
  gcState.generations[1].count = 4;
  gen0.count = STARTUP_GEN0_COUNT;
}

let standInContext: { staticAllocator: Allocator; compileFunctionCode: () => PyCode } | null = null;
/** Stand-ins for the objects real imports leave alive (import-footprint.ts), reused by every program. */
const importStandIns: PyGCObject[] = [];
let standInsTaken = 0;
let standInNamespace: { code: PyCode; ns: PyDict } | null = null;

/**
 * `n` tracked objects standing for what a real module's import leaves alive (its functions,
 * classes' dicts, tuples …): immortal functions on the static heap, not yet on any generation
 * list. Each program takes fresh ones (a program's lists hold each object once).
 */
export function takeImportStandIns(n: number): PyGCObject[] {
  const end = standInsTaken + n;
  if (importStandIns.length < end) {
    const count = gcState.generations[0].count; // made outside the program: not counted
    withStaticAllocator(() => {
      if (standInNamespace === null) {
        standInNamespace = { code: makeImmortal(standInContext!.compileFunctionCode()), ns: makeImmortal(newDict()) };
      }
      const { code, ns } = standInNamespace;
      while (importStandIns.length < end) {
        const f = makeImmortal(newFunction(code, ns, ns));
        gcTracking.untrack(f);
        importStandIns.push(f);
      }
    });
    gcState.generations[0].count = count;
  }
  const out = importStandIns.slice(standInsTaken, end);
  standInsTaken = end;
  return out;
}

let popSet: Set<PyObject> | null = null;
function populationSet(): Set<PyObject> {
  if (popSet === null || popSet.size !== population!.length) popSet = new Set(population!);
  return popSet;
}

export type { PyDict, GCHead };
