/**
 * What importing a module does to CPython 3.12.1's collector, reproduced for the simulated
 * standard library: the GC allocations the real import makes (which drive automatic young
 * collections) and the cyclic garbage it leaves behind, so a learner's `gc.collect()` after
 * `import functools` finds what CPython's finds.
 *
 * Where the garbage comes from (measured with DEBUG_SAVEALL): a few pure-Python modules define
 * a class and then drop it — `types` builds `class _C` to get MethodType; `operator`'s
 * attrgetter/itemgetter/methodcaller, `collections.OrderedDict` and `functools.partial` are
 * replaced by their C versions; `enum`, `re` and `ast` build a plain class that
 * `_simple_enum` turns into an enum; `pickle`'s exceptions are replaced by `_pickle`'s. Every
 * class is a reference cycle (its __mro__ holds it), so each such class — with its functions,
 * dict, tuples, descriptors, closure cells — waits for the collector. The recipes below build
 * the same shapes on the simulated heap as Python code (our own skeletons, not CPython's), in
 * a hidden namespace standing for the real module's.
 *
 * Data (scripts/measure-import-footprint.py, CPython 3.12.1, the goldens' clean environment):
 * CLOSURES — the real modules each simulated module's import loads, in completion order;
 * OWN_ALLOCATIONS — each real module's own net gen-0 allocations (its imports already loaded,
 * gc disabled). When a simulated module is imported, the real modules its CPython import loads
 * (those not loaded yet in this program) are applied first — their allocations added to gen 0
 * with CPython's threshold checks (importlib runs Python code, so the eval breaker runs
 * collections during the import), each recipe at its place in its module's body — and the
 * simulated module's own allocation count is then dropped.
 *
 * These figures vary in CPython itself (environment, version, even which collection happens
 * to fall inside a class body). Measured `import gc; import M; print(gc.collect())`:
 * operator 33, types 7, collections 72, functools 30, contextlib 31, enum 34, re 34, json 6,
 * string 6, tracemalloc 11, weakref/copy/random/typing/dataclasses/inspect 0. The model
 * reproduces the single-module figures where the real import's interleaving of allocations
 * and garbage is captured by "garbage at a fraction of the module's allocations" (see
 * tests/unit/gc/import-footprint.test.ts for which).
 */
import { PyModule, newModule } from '../objects/module';
import { decref } from '../objects/object';
import { newStr } from '../objects/str';
import { dictSetStr } from '../objects/dict';
import { moduleExec, importHooks } from '../vm/import';
import { rt } from '../vm/state';
import { gcState, runScheduledGC, scheduleIfDue } from './collector';

const CLOSURES: Record<string, readonly string[]> = {
  bisect: ['_bisect', 'bisect'],
  collections: ['itertools', 'keyword', '_operator', 'operator', 'reprlib', '_collections', 'collections'],
  "collections.abc": ['itertools', 'keyword', '_operator', 'operator', 'reprlib', '_collections', 'collections', 'collections.abc'],
  contextlib: ['itertools', 'keyword', '_operator', 'operator', 'reprlib', '_collections', 'collections', 'types', '_functools', 'functools', 'contextlib'],
  copy: ['types', '_weakrefset', 'itertools', 'weakref', 'copyreg', 'copy'],
  dataclasses: ['types', '_operator', 'operator', 'itertools', 'keyword', 'reprlib', '_collections', 'collections', '_functools', 'functools', 'enum', '_sre', 're._constants', 're._parser', 're._casefix', 're._compiler', 'copyreg', 're', '_weakrefset', 'weakref', 'copy', '_ast', 'contextlib', 'ast', '_opcode', 'opcode', 'dis', 'collections.abc', 'importlib._bootstrap', 'importlib._bootstrap_external', 'warnings', 'importlib', 'importlib.machinery', 'token', '_tokenize', 'tokenize', 'linecache', 'inspect', 'dataclasses'],
  datetime: ['_datetime', 'datetime'],
  enum: ['types', '_operator', 'operator', 'itertools', 'keyword', 'reprlib', '_collections', 'collections', '_functools', 'functools', 'enum'],
  functools: ['itertools', 'keyword', '_operator', 'operator', 'reprlib', '_collections', 'collections', 'types', '_functools', 'functools'],
  inspect: ['types', '_operator', 'operator', 'itertools', 'keyword', 'reprlib', '_collections', 'collections', '_functools', 'functools', 'enum', '_sre', 're._constants', 're._parser', 're._casefix', 're._compiler', 'copyreg', 're', '_ast', 'contextlib', 'ast', '_opcode', 'opcode', 'dis', 'collections.abc', 'importlib._bootstrap', 'importlib._bootstrap_external', 'warnings', 'importlib', 'importlib.machinery', 'token', '_tokenize', 'tokenize', 'linecache', 'inspect'],
  itertools: ['itertools'],
  json: ['types', '_operator', 'operator', 'itertools', 'keyword', 'reprlib', '_collections', 'collections', '_functools', 'functools', 'enum', '_sre', 're._constants', 're._parser', 're._casefix', 're._compiler', 'copyreg', 're', '_json', 'json.scanner', 'json.decoder', 'json.encoder', 'json'],
  math: ['math'],
  operator: ['_operator', 'operator'],
  random: ['warnings', 'math', '_operator', 'operator', 'itertools', '_bisect', 'bisect', '_random', '_sha2', 'random'],
  re: ['types', '_operator', 'operator', 'itertools', 'keyword', 'reprlib', '_collections', 'collections', '_functools', 'functools', 'enum', '_sre', 're._constants', 're._parser', 're._casefix', 're._compiler', 'copyreg', 're'],
  string: ['_string', 'types', '_operator', 'operator', 'itertools', 'keyword', 'reprlib', '_collections', 'collections', '_functools', 'functools', 'enum', '_sre', 're._constants', 're._parser', 're._casefix', 're._compiler', 'copyreg', 're', 'string'],
  tracemalloc: ['itertools', 'keyword', '_operator', 'operator', 'reprlib', '_collections', 'collections', 'collections.abc', 'types', '_functools', 'functools', 'enum', '_sre', 're._constants', 're._parser', 're._casefix', 're._compiler', 'copyreg', 're', 'fnmatch', 'token', '_tokenize', 'tokenize', 'linecache', '_struct', 'struct', '_compat_pickle', '_pickle', 'pickle', '_tracemalloc', 'tracemalloc'],
  types: ['types'],
  typing: ['itertools', 'keyword', '_operator', 'operator', 'reprlib', '_collections', 'collections', 'collections.abc', 'copyreg', 'types', '_functools', 'functools', 'contextlib', 'enum', '_sre', 're._constants', 're._parser', 're._casefix', 're._compiler', 're', 'warnings', '_typing', 'typing.io', 'typing.re', 'typing'],
  weakref: ['types', '_weakrefset', 'itertools', 'weakref'],
};

const OWN_ALLOCATIONS: Record<string, number> = {
  _bisect: 32, bisect: 33, itertools: 252, keyword: 37, _operator: 98, operator: 175, reprlib: 106,
  _collections: 110, collections: 759, "collections.abc": 31, types: 147, _functools: 67,
  functools: 397, contextlib: 387, _weakrefset: 135, weakref: 320, copyreg: 75, copy: 67,
  enum: 631, _sre: 86, re: 747, _ast: 790, ast: 839, _opcode: 30, opcode: 130, dis: 383,
  importlib: 38, warnings: 187, token: 39, _tokenize: 22, tokenize: 265, linecache: 45,
  inspect: 1105, dataclasses: 401, _datetime: 224, datetime: 24, _json: 57, json: 301, math: 84,
  _random: 39, _sha2: 78, random: 243, _string: 16, string: 204, fnmatch: 56, _struct: 67,
  struct: 24, _compat_pickle: 257, _pickle: 87, pickle: 522, _tracemalloc: 24, tracemalloc: 354,
  _typing: 15, typing: 1541,
};

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
  depth: 0,
  savedCount: 0,
  completed: [] as string[],
  ns: null as PyModule | null,
};

/** A new program: nothing imported yet (CPython's start-up modules have no footprint). */
export function resetImportFootprint(): void {
  state.loaded.clear();
  state.depth = 0;
  state.completed = [];
  state.ns = null; // the previous program's heap is gone with it

}

/** While a simulated module is being built its own allocations do not schedule collections. */
export function footprintSuspended(): boolean {
  return state.depth > 0;
}

importHooks.begin = (name) => beginImport(name);
importHooks.end = (name, ok) => endImport(name, ok);

/**
 * Before a simulated module is built: CPython's import of it (its dependencies first, then its
 * own body) is applied, so whatever the module's own code sets up afterwards (tracemalloc's
 * measured free lists, say) is the state the program sees.
 */
export function beginImport(name: string): void {
  if (state.depth === 0) {
    if (CLOSURES[name] !== undefined) {
      applyFootprint(name);
      // a collection the recipes made due runs inside the import, as at importlib's eval breakers
      if (rt.gcPending) {
        rt.gcPending = false;
        runScheduledGC();
      }
    }
    state.savedCount = gcState.generations[0].count;
  }
  state.depth++;
}

export function endImport(name: string, ok: boolean): void {
  state.depth--;
  if (ok) state.completed.push(name);
  if (state.depth > 0) return;
  const done = state.completed;
  state.completed = [];
  const measured = done.filter((n) => CLOSURES[n] !== undefined);
  if (measured.length > 0) {
    // the simulated module's own allocations are replaced by the real import's
    gcState.generations[0].count = state.savedCount;
    for (const n of measured) applyFootprint(n); // modules it imported that CPython's did not
  }
  // (a module CPython does not have, or builds in C like gc: its own allocations stand)
  scheduleIfDue();
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
    state.ns = newModule('_frozen_importlib');
    moduleExec.run(state.ns, PRELUDE, '<frozen importlib._bootstrap>');
  }
  return state.ns;
}

function runRecipe(module: string, source: string): void {
  const ns = hiddenNamespace();
  const name = newStr(module);
  dictSetStr(ns.md, '__name__', name);
  decref(name);
  moduleExec.run(ns, source, `<frozen ${module}>`);
}

function applyFootprint(name: string): void {
  const closure = CLOSURES[name];
  for (const r of closure) {
    const key = realKey(r, closure);
    if (state.loaded.has(key)) continue;
    state.loaded.add(key);
    const allocs = OWN_ALLOCATIONS[key] ?? 0;
    const recipe = RECIPES[key];
    if (recipe === undefined) {
      allocate(allocs);
      continue;
    }
    const before = Math.round(allocs * recipe.at);
    allocate(before);
    runRecipe(key, recipe.source);
    allocate(allocs - before);
  }
}

/** For tests: the real modules a simulated module's import loads. */
export function realModulesOf(name: string): readonly string[] {
  return CLOSURES[name] ?? [];
}
