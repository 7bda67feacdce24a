/**
 * What importing a module does to CPython 3.12.1's collector, reproduced for the simulated
 * standard library, so a learner's `gc.get_count()`, `gc.collect()` and `len(gc.get_objects())`
 * after `import collections` are CPython's.
 *
 * The simulated modules are not CPython's: they are smaller, some are native here and Python
 * there, and they import different things. So the objects our module code makes are kept out
 * of the generations (gcState.hidden: tracked, but never counted nor collected, like frozen
 * objects), and what the *real* import does is applied from measurements instead
 * (scripts/measure-import-footprint.py → import-footprint.json, CPython 3.12.1, the goldens'
 * clean environment):
 *
 *  - `closures`: the real modules a simulated module's import loads from a fresh start, in the
 *    order they complete. Modules already loaded (by this program, or at CPython's start-up:
 *    `startup` — os, time, io, abc … cost nothing) are skipped.
 *  - `profiles`: for each real module (a package with its submodules), how its import
 *    interleaves with automatic collections, as a function of the gen-0 count when it starts
 *    (scanned over 0…700): how many young collections run during it, the gen-0 count it leaves
 *    (or its net allocations when no collection runs), and how much of its cyclic garbage is
 *    still there for the program's gc.collect(). Imports allocate in bursts (unmarshalled code,
 *    class bodies) between eval-breaker checks, so these are not simple sums.
 *  - `own`: [net allocations, cyclic garbage, tracked objects it leaves alive, …] per real
 *    module. The survivors are stand-in objects (startup.ts) put on the generation lists; the
 *    garbage is real objects of the shapes CPython leaves (RECIPES below).
 *  - the first import found through the path finder makes sys.path[0]'s FileFinder (9 objects).
 *
 * Where the garbage comes from (measured with DEBUG_SAVEALL): a few pure-Python modules define
 * a class and then drop it — `types` builds `class _C` to get MethodType; `operator`'s
 * attrgetter/itemgetter/methodcaller, `collections.OrderedDict` and `functools.partial` are
 * replaced by their C versions; `enum`, `re` and `ast` build a plain class that
 * `_simple_enum` turns into an enum; `pickle`'s exceptions are replaced by `_pickle`'s. Every
 * class is a reference cycle (its __mro__ holds it), so each such class — with its functions,
 * dict, tuples, descriptors, closure cells — waits for the collector. The recipes build the
 * same shapes on the simulated heap as Python code (our own skeletons, not CPython's), in a
 * hidden namespace standing for the real module's.
 *
 * These figures vary in CPython itself (environment, version, the script's own text); the
 * model follows the goldens' environment.
 */
import { PyModule, newModule } from '../objects/module';
import { decref, type PyObject } from '../objects/object';
import { newStr } from '../objects/str';
import { dictSetStr } from '../objects/dict';
import { moduleExec, importHooks } from '../vm/import';
import { rt } from '../vm/state';
import { gcState, runScheduledGC, scheduleIfDue, mayBeTracked } from './collector';
import { listAppend, listMove, listToArray } from './gclist';
import { refType } from '../objects/weakref-type';
import { GC_TRACKED, PyGCObject, gcUntrack } from '../objects/gcobject';
import { tupleType } from '../objects/core-types';
import type { PyTuple } from '../objects/tuple';
import { takeImportStandIns } from './startup';
import measured from './import-footprint.json';

interface Measured {
  startup: string[];
  closures: Record<string, string[]>;
  /** real module -> [net gen-0 allocations, cyclic garbage, survivors, body-end allocations] */
  own: Record<string, number[]>;
  kinds: Record<string, string>;
  /** real module -> segments [gen-0 count at start (from), young collections, count after or net, garbage left] */
  profiles: Record<string, number[][]>;
  /** simulated module -> the same for its whole import as a program's first import */
  first: Record<string, number[][]>;
  /** simulated module -> [gc.collect() after `import gc; import M`, gc.get_count() before it, len(gc.get_objects()) after] */
  alone: Record<string, [number, number[], number]>;
  /** len(gc.get_objects()) after `import gc; gc.collect()` */
  baseline: number;
  /** simulated module -> the garbage `import gc; import M` leaves in generations 0, 1, 2 */
  aloneGens: Record<string, number[]>;
  /** simulated module -> the real modules its import starts, in the order it starts them */
  startOrder: Record<string, string[]>;
  /** simulated module -> `import M; import gc`: [garbage by generation, gc.get_count(), objects] */
  beforeGc: Record<string, [number[], number[], number, number]>;
}
const DATA = measured as unknown as Measured;
const PATH_FINDER = '<sys.path[0] finder>';
/**
 * A program's first import leaves one more tracked object than the same import later
 * (`import gc; import itertools` leaves 221 objects, itertools' own survivors are 220).
 */
const FIRST_IMPORT_OBJECTS = 1;
/** The threshold the profiles were measured with. */
const PROFILE_THRESHOLD = 700;

/** Helpers the recipes share, as alive as CPython's reprlib / enum modules. */
const PRELUDE = `
def _recursive_repr(fillvalue='...'):
    def decorating_function(user_function):
        repr_running = set()
        def wrapper(self):
            key = id(self)
            if key in repr_running:
                return fillvalue
            repr_running.add(key)
            try:
                return user_function(self)
            finally:
                repr_running.discard(key)
        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        return wrapper
    return decorating_function

class auto:
    def __init__(self, value=None):
        self.value = value

_itemgetter_slots = ('_items', '_call')
_setitem_defaults = dict.__setitem__, len, object
`;

interface Recipe {
  /** Fraction of the module's own allocations made before the garbage is created. */
  at: number;
  source: string;
}

const RECIPES: Record<string, Recipe> = {
  types: {
    at: 1,
    source: `
class _C:
    def _m(self): pass
del _C
`,
  },
  operator: {
    at: 1,
    source: `
class attrgetter:
    "Return a callable object that fetches the given attribute(s) from its operand."
    __slots__ = ('_attrs', '_call')
    def __init__(self, attr, /, *attrs): pass
    def __call__(self, obj): pass
    def __repr__(self): pass
    def __reduce__(self): pass

class itemgetter:
    "Return a callable object that fetches the given item(s) from its operand."
    __slots__ = _itemgetter_slots
    def __init__(self, item, /, *items): pass
    def __call__(self, obj): pass
    def __repr__(self): pass
    def __reduce__(self): pass

class methodcaller:
    "Return a callable object that calls the given method on its operand."
    __slots__ = ('_name', '_args', '_kwargs')
    def __init__(self, name, /, *args, **kwargs): pass
    def __call__(self, obj): pass
    def __repr__(self): pass
    def __reduce__(self): pass

del attrgetter, itemgetter, methodcaller
`,
  },
  collections: {
    at: 0.1,
    source: `
class OrderedDict(dict):
    'Dictionary that remembers insertion order'
    def __new__(cls, /, *args, **kwds):
        return dict.__new__(cls)
    def __init__(self, other=(), /, **kwds): pass
    def __setitem__(self, key, value, dict_setitem=_setitem_defaults[0], proxy=_setitem_defaults[1], Link=_setitem_defaults[2]): pass
    def __delitem__(self, key, dict_delitem=dict.__delitem__): pass
    def __iter__(self): pass
    def __reversed__(self): pass
    def clear(self): pass
    def popitem(self, last=True): pass
    def move_to_end(self, key, last=True): pass
    def __sizeof__(self): pass
    def keys(self): pass
    def items(self): pass
    def values(self): pass
    __marker = object()
    def pop(self, key, default=__marker): pass
    def setdefault(self, key, *default): pass  # (CPython's (None,) default is not garbage)
    @_recursive_repr()
    def __repr__(self): pass
    def __reduce__(self): pass
    def copy(self): pass
    @classmethod
    def fromkeys(cls, iterable, *value): pass
    def __eq__(self, other): pass
    def __ior__(self, other): pass
    def __or__(self, other): pass
    def __ror__(self, other): pass
del OrderedDict
`,
  },
  functools: {
    at: 0.3,
    source: `
class partial:
    "New function with partial application of the given arguments and keywords."
    __slots__ = "func", "args", "keywords", "__dict__", "__weakref__"
    def __new__(cls, func, /, *args, **keywords):
        return super(partial, cls).__new__(cls)
    def __call__(self, /, *args, **keywords): pass
    @_recursive_repr()
    def __repr__(self): pass
    def __reduce__(self): pass
    def __setstate__(self, state): pass
del partial
`,
  },
  enum: {
    at: 0.9,
    source: `
class EnumCheck:
    "various conditions to check an enumeration for"
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"
del EnumCheck
`,
  },
  re: {
    at: 0.9,
    source: `
class RegexFlag:
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
del RegexFlag
`,
  },
  ast: {
    at: 0.35,
    source: `
class _Precedence:
    "Precedence table that originated from python grammar."
    NAMED_EXPR = auto(1)
    TUPLE = auto(2)
    YIELD = auto(3)
    TEST = auto(4)
    OR = auto(5)
    AND = auto(6)
    NOT = auto(7)
    CMP = auto(8)
    EXPR = auto(9)
    BOR = auto(10)
    BXOR = auto(11)
    BAND = auto(12)
    SHIFT = auto(13)
    ARITH = auto(14)
    TERM = auto(15)
    FACTOR = auto(16)
    POWER = auto(17)
    AWAIT = auto(18)
del _Precedence
`,
  },
  pickle: {
    at: 1,
    source: `
class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the dump() method."""
class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object."""
del PickleError, PicklingError, UnpicklingError
`,
  },
};

/** A package's submodules are measured with (and charged to) the package. */
function realKey(r: string, closure: readonly string[]): string {
  const top = r.split('.')[0];
  return top !== r && r !== 'collections.abc' && closure.includes(top) ? top : r;
}

const state = {
  loaded: new Set<string>(),
  /** the measured imports applied so far, in order (the first two are measured as wholes: `first`) */
  history: [] as string[],
  /** objects the recipes made (the real imports' garbage) */
  recipeObjects: [] as PyGCObject[],
  finder: false,
  depth: 0,
  savedCount: 0,
  completed: [] as string[],
  /** loaded by our simulated library but not by CPython's import that loaded them */
  uncharged: new Set<string>(),
  /** the real modules the measured imports loaded (json.decoder with json) */
  realLoaded: new Set<string>(),
  ns: null as PyModule | null,
  recipe: false,
};

/** A new program: nothing imported yet (CPython's start-up modules have no footprint). */
export function resetImportFootprint(): void {
  state.loaded.clear();
  state.history = [];
  state.recipeObjects = [];
  state.finder = false;
  state.depth = 0;
  state.completed = [];
  state.uncharged.clear();
  state.realLoaded.clear();
  state.ns = null; // the previous program's heap is gone with it
  state.recipe = false;
}

/** While a simulated module is being built (or a recipe runs) no collection is scheduled. */
export function footprintSuspended(): boolean {
  return state.depth > 0 || state.recipe;
}

importHooks.begin = (name) => beginImport(name);
importHooks.end = (name, ok) => endImport(name, ok);
importHooks.found = (name) => {
  // `import m` of a module our library loaded on its own: CPython's import of it happens now
  if (state.depth > 0 || !state.uncharged.delete(name)) return;
  applyFootprint(name);
  for (const n of DATA.closures[name] ?? []) state.uncharged.delete(n);
  if (rt.gcPending) {
    rt.gcPending = false;
    runScheduledGC();
  }
};

/** A module CPython 3.12 has (measured): its real import is modelled, ours is hidden. */
const isMeasured = (name: string): boolean => DATA.closures[name] !== undefined;
/** A module a measured import already loaded in CPython (json.decoder with json): free, hidden. */
const alreadyReal = (name: string | undefined): boolean =>
  name !== undefined && !isMeasured(name) && state.realLoaded.has(name);

/**
 * Before a simulated module is built: CPython's import of it (its dependencies first, then its
 * own body) is applied, so whatever the module's own code sets up afterwards (tracemalloc's
 * measured free lists, say) is the state the program sees.
 */
export function beginImport(name: string): void {
  if (state.depth === 0) {
    if (isMeasured(name)) {
      // a collection already due runs at importlib's first eval breaker: the measured import
      // includes it (its profile at that gen-0 count), unless the footprint ran none
      const due = rt.gcPending;
      rt.gcPending = false;
      const before = totalCollections();
      applyFootprint(name);
      // (the footprint sets the count it leaves: a collection scheduled on the way is stale)
      const g0 = gcState.generations[0];
      if ((rt.gcPending && g0.count > g0.threshold) || (due && totalCollections() === before)) {
        rt.gcPending = false;
        runScheduledGC();
      }
      rt.gcPending = false;
      gcState.hideNew = true;
    } else if (alreadyReal(name)) {
      gcState.hideNew = true;
    }
    state.savedCount = gcState.generations[0].count;
  }
  state.depth++;
}

export function endImport(name: string, ok: boolean): void {
  state.depth--;
  if (ok) state.completed.push(name);
  if (state.depth > 0) return;
  gcState.hideNew = false;
  const done = state.completed;
  state.completed = [];
  const outer = done[done.length - 1];
  const covered = isMeasured(outer) ? new Set(DATA.closures[outer]) : new Set<string>();
  let restored = false;
  for (const n of done) {
    if (n === outer || !isMeasured(n) || covered.has(n)) continue;
    if (isMeasured(outer)) {
      // our module imported one CPython's does not: charged if the program imports it itself
      state.uncharged.add(n);
      continue;
    }
    if (!restored) {
      // a module CPython does not have (psutil …): its own allocations are replaced by the
      // real imports of the measured modules it loaded
      gcState.generations[0].count = state.savedCount;
      restored = true;
    }
    applyFootprint(n);
  }
  if (isMeasured(outer) || alreadyReal(outer)) gcState.generations[0].count = state.savedCount;
  if (outer === 'gc' && ok) chargeGcImport();
  // a module imported without a footprint (gc) is not loaded again by a later closure (timeit's)
  for (const n of done) if (!isMeasured(n)) state.loaded.add(n);
  // (a module CPython does not have, or builds in C like gc: its own allocations stand)
  scheduleIfDue();
}

function totalCollections(): number {
  return gcState.stats[0].collections + gcState.stats[1].collections + gcState.stats[2].collections;
}

/** gen-0 allocations with CPython's threshold check (collections run at the eval breaker). */
function allocate(n: number): void {
  const g0 = gcState.generations[0];
  while (n > 0) {
    if (!gcState.enabled || g0.threshold <= 0 || gcState.collecting) {
      g0.count += n;
      return;
    }
    const step = Math.max(1, Math.min(n, g0.threshold + 1 - g0.count));
    g0.count += step;
    n -= step;
    if (g0.count > g0.threshold) runScheduledGC();
  }
}

function hiddenNamespace(): PyModule {
  if (state.ns === null) {
    const hide = gcState.hideNew;
    gcState.hideNew = true; // the namespace stands for modules the program already has
    try {
      state.ns = newModule('_frozen_importlib');
      moduleExec.run(state.ns, PRELUDE, '<frozen importlib._bootstrap>');
    } finally {
      gcState.hideNew = hide;
    }
  }
  return state.ns;
}

/** The real module's garbage, as objects (visible, counted by nothing: the profile sets the count). */
function runRecipe(module: string): void {
  const recipe = RECIPES[module];
  if (recipe === undefined) return;
  const ns = hiddenNamespace();
  const g0 = gcState.generations[0];
  const count = g0.count;
  const head = g0.head;
  const last = head.gcPrev;
  state.recipe = true;
  try {
    const name = newStr(module);
    dictSetStr(ns.md, '__name__', name);
    decref(name);
    moduleExec.run(ns, recipe.source, `<frozen ${module}>`);
  } finally {
    state.recipe = false;
    g0.count = count;
  }
  // what the recipe left on generation 0 is its garbage
  for (let o = last?.gcNext ?? null; o !== null && o !== head; o = o.gcNext) state.recipeObjects.push(o);
}

/**
 * The earlier imports' garbage that will still be there after this import: all of it, or
 * (when young collections run) what is older than generation 0.
 */
function earlierGarbageLeft(collections: boolean): number {
  const young = new Set<PyGCObject>();
  if (collections) for (const o of listToArray(gcState.generations[0].head)) young.add(o);
  let n = 0;
  for (const o of state.recipeObjects) if (o.rc > 0 && (o.gcFlags & GC_TRACKED) !== 0 && !young.has(o)) n++;
  return n;
}

/** The tracked objects a real import leaves alive, on the youngest generation. */
function addSurvivors(n: number): void {
  if (n <= 0) return;
  const head = gcState.generations[0].head;
  for (const o of takeImportStandIns(n)) {
    o.gcFlags |= GC_TRACKED;
    listAppend(o, head);
  }
}

function applyFootprint(name: string): void {
  const closure = DATA.closures[name];
  for (const r of closure) state.realLoaded.add(r);
  const closureKeys = [...new Set(closure.map((r) => realKey(r, closure)))];
  const keys = closureKeys.filter((k) => !state.loaded.has(k));
  if (keys.length === 0) return;
  const firstImport = state.history.length === 0;
  // measured as a whole when none of its modules is loaded yet (`first`), or when what is
  // loaded of them is what an earlier import loaded (`a>name`)
  const none = keys.length === closureKeys.length;
  const whole =
    (none ? (startupCollectionPending() ? beforeGcWhole(name) : firstWhole(name, keys, firstImport)) : undefined) ??
    secondWhole(name, closureKeys, keys);
  state.history.push(name);
  if (whole !== undefined) {
    for (const k of keys) state.loaded.add(k);
    if (keys.some(needsFinder)) state.finder = true;
    let garbage = 0;
    for (const k of keys) garbage += DATA.own[k]?.[1] ?? 0;
    applyProfile(whole.profile, keys, garbage, whole.survivors, whole.afterAnother, whole.gens);
    return;
  }
  if (firstImport) addSurvivors(FIRST_IMPORT_OBJECTS);
  // module by module in the order CPython starts them: a package's code is unmarshalled (a
  // burst of tracked tuples) and its body begins before the modules it imports load
  const started = DATA.startOrder[name] ?? [];
  const at = (k: string): number => {
    const i = started.findIndex((r) => realKey(r, closure) === k);
    return i < 0 ? started.length : i;
  };
  keys.sort((a, b) => at(a) - at(b));
  for (const key of keys) {
    state.loaded.add(key);
    if (!state.finder && needsFinder(key)) {
      state.finder = true;
      const [allocs, , survivors] = DATA.own[PATH_FINDER];
      addSurvivors(survivors);
      allocate(allocs);
    }
    const [, garbage, survivors] = DATA.own[key] ?? [0, 0, 0];
    const profile = DATA.profiles[key];
    if (profile !== undefined) applyProfile(profile, [key], garbage, survivors);
  }
}

/** An import measured as a whole: its profile, the objects it leaves, where its garbage sits. */
interface Whole {
  profile: number[][];
  survivors: number;
  /** measured right after another import (its garbage is in the profile's) */
  afterAnother: boolean;
  /** garbage left in generations 0, 1, 2 (for the start-at-0 segment) */
  gens?: readonly number[];
}

/** The tracked objects these modules leave, measured module by module (with the path finder's). */
function ownSurvivors(keys: readonly string[]): number {
  const finder = !state.finder && keys.some(needsFinder) ? DATA.own[PATH_FINDER][2] : 0;
  return keys.reduce((n, k) => n + (DATA.own[k]?.[2] ?? 0), finder);
}

/**
 * A program's first import of these modules. Its start-at-0 segment comes from `alone` (`import
 * gc` then `import M`, the commonest first lines, where the count is 0): the scan's scripts need
 * a few lines before the import, and CPython's figures move a little with a script's text.
 * `alone` counts the path finder's objects if it used it, and the one object a program's first
 * import leaves.
 */
function firstWhole(name: string, keys: readonly string[], firstImport: boolean): Whole | undefined {
  const scan = DATA.first[name];
  const alone = DATA.alone[name];
  if (scan === undefined) return undefined;
  if (alone === undefined) return { profile: scan, survivors: ownSurvivors(keys), afterAnother: false };
  const [garbage, [count0, count1, count2]] = alone;
  const collections = count1 - START_GEN1_COUNT + (NUM_YOUNG_BEFORE_OLD + 1) * count2;
  let survivors = alone[2] - DATA.baseline;
  if (!firstImport) survivors -= FIRST_IMPORT_OBJECTS;
  if (state.finder && keys.some(needsFinder)) survivors -= DATA.own[PATH_FINDER][2];
  return {
    profile: [[0, collections, count0, garbage], ...scan.filter((s) => s[0] > 0)],
    survivors,
    afterAnother: false,
    gens: DATA.aloneGens[name],
  };
}

/** The second of two imports measured together (`a>name`), when `a` loaded what is loaded of it. */
function secondWhole(name: string, closureKeys: readonly string[], keys: readonly string[]): Whole | undefined {
  for (let i = state.history.length - 1; i >= 0; i--) {
    const a = state.history[i];
    const profile = DATA.first[`${a}>${name}`];
    if (profile === undefined) continue;
    const aKeys = new Set(DATA.closures[a].map((r) => realKey(r, DATA.closures[a])));
    if (closureKeys.every((k) => state.loaded.has(k) === aKeys.has(k))) {
      return { profile, survivors: ownSurvivors(keys), afterAnother: true };
    }
  }
  return undefined;
}

/** The start-up's last young collection has not run yet (the program's first lines). */
function startupCollectionPending(): boolean {
  return gcState.stats[0].collections === START_GEN1_COUNT - 1 && gcState.generations[1].count === START_GEN1_COUNT - 1;
}

/**
 * A program's first import made before the start-up's last young collection ran (`import
 * collections` on the first line, `import gc` after it): measured as such (`beforeGc`; the
 * collection runs inside the import). The count measured includes `import gc`'s own, which the
 * simulated gc module adds itself when the program imports it.
 */
function beforeGcWhole(name: string): Whole | undefined {
  const m = DATA.beforeGc[name];
  if (m === undefined) return undefined;
  const [gens, [count0, count1, count2], objects, fullCollection] = m;
  const collections = count1 - (START_GEN1_COUNT - 1) + (NUM_YOUNG_BEFORE_OLD + 1) * count2;
  const survivors = objects - BEFORE_GC_SCRIPT_OBJECTS - DATA.baseline;
  const alone = DATA.alone[name];
  if (count0 < GC_IMPORT_COUNT && alone !== undefined) {
    // a count below import gc's own: the last of those collections ran inside `import gc`; the
    // import left what it leaves after a collection at its start (`alone`: import gc first),
    // and the garbage `alone` leaves (the collection that freed it here ran inside import gc)
    return { profile: [[0, collections - 1, alone[1][0], alone[0]]], survivors, afterAnother: false, gens: DATA.aloneGens[name] };
  }
  // what a program's gc.collect() finds (collections of 0, 1, 2 in turn can find less: garbage
  // only young garbage refers to dies by reference counting, uncounted)
  const left = fullCollection;
  return { profile: [[0, collections, count0 - GC_IMPORT_COUNT, left]], survivors, afterAnother: false, gens };
}

/**
 * What `import gc` adds to CPython's gen-0 count (its module, dict and functions), measured by
 * importing it again: `import gc, sys; c0 = gc.get_count(); del sys.modules['gc'];
 * import gc as g2; g2.get_count()` is 21 more (c0's tuple is one).
 */
const GC_IMPORT_COUNT = 20;
/**
 * `gc` is the one module whose objects are real here rather than stand-ins (it is built in C in
 * CPython too): its module, dict, functions and lists count as they are made. CPython's import
 * also makes the module's ModuleSpec (with its list), which the simulated library does not, and
 * frees some of importlib's temporaries; what its import adds to gen-0 falls short of
 * GC_IMPORT_COUNT by that much, and the shortfall is charged as allocations.
 */
function chargeGcImport(): void {
  const g0 = gcState.generations[0];
  const own = g0.count - state.savedCount;
  if (own >= 0 && own < GC_IMPORT_COUNT) g0.count += GC_IMPORT_COUNT - own;
}

/** The list of collect() results `beforeGc`'s script keeps (tracked) when it counts objects. */
const BEFORE_GC_SCRIPT_OBJECTS = 1;

/** gc.get_count()[1] after `import gc` (the start-up's five young collections). */
const START_GEN1_COUNT = 5;
/** A generation-1 collection comes after eleven young ones (its count must exceed 10). */
const NUM_YOUNG_BEFORE_OLD = 11;

/** Found through the path finder (a .py or .so file), not built in or frozen. */
function needsFinder(key: string): boolean {
  const kind = DATA.kinds[key];
  return kind === 'source' || kind === 'extension';
}

/**
 * One measured import at the current gen-0 count: its young collections, the garbage of
 * `recipes` (before them when they freed it), `survivors` stand-ins, and the count it leaves.
 */
function applyProfile(
  profile: number[][],
  recipes: readonly string[],
  garbage: number,
  survivors: number,
  afterAnother = false,
  gens?: readonly number[],
): void {
  const g0 = gcState.generations[0];
  const net = profile[0][1] === 0 ? profile[0][2] : recipes.reduce((n, k) => n + (DATA.own[k]?.[0] ?? 0), 0);
  if (!gcState.enabled || g0.threshold !== PROFILE_THRESHOLD || gcState.collecting) {
    // gc disabled or thresholds changed: the allocations alone, collections where they fall
    for (const k of recipes) runRecipe(k);
    addSurvivors(survivors);
    allocate(net);
    return;
  }
  const start = g0.count;
  let seg = profile[0];
  for (const s of profile) {
    if (s[0] > start) break;
    seg = s;
  }
  const [, collections, after, left] = seg;
  // measured after another import: what is left includes that import's garbage
  const garbageLeft = afterAnother ? Math.max(0, left - earlierGarbageLeft(collections > 0)) : left;
  const mark = state.recipeObjects.length;
  if (collections === 0) {
    for (const k of recipes) runRecipe(k);
    if (seg[0] === 0 || afterAnother) untrackCollectedTuples(mark, garbage, garbageLeft);
    if (seg[0] === 0 && gens !== undefined) promoteGarbage(mark, gens);
    addSurvivors(survivors);
    g0.count = start + after;
    return;
  }
  // the garbage made before the collections is what they free; the rest waits for gc.collect():
  // the modules' garbage in import order, split where what is left matches
  const sizes = recipes.map((k) => DATA.own[k]?.[1] ?? 0);
  let before = 0;
  let best = Math.abs(garbage - garbageLeft);
  for (let j = 1, freed = sizes[0]; j <= recipes.length; freed += sizes[j] ?? 0, j++) {
    const miss = Math.abs(garbage - freed - garbageLeft);
    if (miss < best) {
      best = miss;
      before = j;
    }
  }
  for (let j = 0; j < before; j++) runRecipe(recipes[j]);
  const young = net > 0 ? Math.max(0, Math.min(1, after / net)) : 0;
  const youngSurvivors = Math.round(survivors * young);
  addSurvivors(survivors - youngSurvivors);
  for (let i = 0; i < collections; i++) {
    g0.count = g0.threshold + 1;
    runScheduledGC();
  }
  const afterMark = state.recipeObjects.length;
  for (let j = before; j < recipes.length; j++) runRecipe(recipes[j]);
  if (seg[0] === 0 || afterAnother) untrackCollectedTuples(afterMark, sizes.slice(before).reduce((a, b) => a + b, 0), garbageLeft);
  if (seg[0] === 0 && gens !== undefined) promoteGarbage(afterMark, gens);
  addSurvivors(youngSurvivors);
  g0.count = after;
}

/**
 * Garbage CPython's import leaves in older generations: objects that were alive at one of its
 * young collections (a class not yet replaced) and became garbage afterwards. Measured for a
 * program's first import (`aloneGens`: what collections of generation 0, 1, 2 find); the
 * recipes' oldest objects are moved there.
 */
function promoteGarbage(mark: number, gens: readonly number[]): void {
  let older = [gens[2], gens[1]];
  let to = 0;
  for (const o of state.recipeObjects.slice(mark)) {
    while (to < 2 && older[to] <= 0) to++;
    if (to === 2) return;
    if (o.rc <= 0 || (o.gcFlags & GC_TRACKED) === 0 || o.type === refType) continue;
    listMove(o, gcState.generations[2 - to].head);
    older = to === 0 ? [older[0] - 1, older[1]] : [older[0], older[1] - 1];
  }
}

/**
 * The recipes make a module's garbage at once; CPython makes the constants of its code when it
 * unmarshals the module, and a young collection during the import untracks those holding only
 * atoms (untrack_tuples) before they become garbage. Where the garbage measured for this very
 * start (a program's first import, `alone`) is smaller than the recipes', that many of their
 * atom-only tuples are untracked.
 */
function untrackCollectedTuples(mark: number, garbage: number, garbageLeft: number): void {
  const made = state.recipeObjects.slice(mark).filter((o) => o.rc > 0 && (o.gcFlags & GC_TRACKED) !== 0);
  let excess = garbage - garbageLeft;
  if (excess <= 0) return;
  // only tuples the garbage refers to (through tp_traverse) are part of it
  const referenced = new Set<PyObject>();
  for (const o of made) o.type.traverse?.(o, (r) => referenced.add(r));
  for (const o of made) {
    if (excess <= 0) break;
    if (o.type === tupleType && referenced.has(o) && (o as PyTuple).items.every((x) => !mayBeTracked(x))) {
      gcUntrack(o);
      excess--;
    }
  }
}
