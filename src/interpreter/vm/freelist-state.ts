/**
 * The free lists' contents at moments a program can observe, measured on CPython 3.12.1
 * (64-bit Linux, `python3 script.py`).
 *
 * CPython's free lists are never empty when a script starts: start-up (site, encodings, io …)
 * and the compilation of the script itself leave dead lists, dicts and tuples parked. Objects a
 * program creates first come from there — they allocate nothing, so tracemalloc does not trace
 * them and `id()`s repeat. We do not run CPython's start-up code, so the free lists are seeded
 * with freshly allocated blocks (on the program's heap, before the collector starts counting)
 * to the measured state.
 *
 * How it was measured: right after `_tracemalloc.start()` (or `tracemalloc.start()`), create
 * 100 objects of one kind in a loop (`[]`, `{}`, `x * 2.0`, `tuple(s)` for each length 1–19),
 * keep them, and count those `_tracemalloc._get_object_traceback()` reports as untraced (taken
 * from a free list). Scripts: tests/unit/memory/README or the report of this change; the
 * probe that holds the first lists itself takes one list from the free list (counted here).
 *
 * - At start-up (measured after `import _tracemalloc` — a builtin module, whose module dict
 *   took one dict): 8 lists, 13 + 1 dicts, 0 floats;
 *   tuples by length 1–19: 5 10 3 1 1 1 1 0 2 0 1 0 1 1 0 0 1 2 0. These grow slightly with
 *   the size of the script (its compilation frees 2 lists and 1 dict per function scope);
 *   the values are those of a script with no function definitions.
 * - After `import tracemalloc`: CPython's Lib/tracemalloc.py imports collections.abc,
 *   functools, fnmatch, linecache, os.path and pickle (→ re, struct, copyreg …), whose module
 *   bodies churn the free lists until their state no longer depends on the script: 15 lists,
 *   8 dicts, 4 floats; tuples 7 16 5 6 3 1 0 5 2 2 4 3 3 2 1 0 2 0 0 — the same for any script.
 *   Our tracemalloc module does not run those imports, so its import ends by setting this
 *   state (modules/tracemalloc.ts).
 * - Dict key tables (8-slot, str keys; free_keys_object's list), probed with 100 three-key dict
 *   literals: 5 reused at start-up, 8 after `import tracemalloc`. The seeded count 5 at
 *   start-up is the one that makes our runs reuse the same number (our start-up frees one more).
 * - Dicts and key tables right after `import tracemalloc` are fewer than those 100-object loops
 *   say: made one at a time (`d0 = {}; _get_object_traceback(d0)` …, or `{'a': i}` measured with
 *   get_traced_memory) only 4 dicts and 5 tables come from the lists. The loops also counted
 *   the ones a young collection ~700 allocations later returns (the dicts of the pickle
 *   exception classes the import left as garbage; see gc/import-footprint.ts).
 */
import { setListFreeListSize } from '../objects/list';
import { setDictFreeListSize, setKeysFreeListSize } from '../objects/dict';
import { setFloatFreeListSize } from '../objects/float';
import { setTupleFreeListSize } from '../objects/tuple';
import { seedSliceCache } from '../objects/slice';

export interface FreeListState {
  lists: number;
  dicts: number;
  /** 8-slot unicode key tables parked by free_keys_object. */
  keys: number;
  floats: number;
  /** Index i: tuples of length i + 1. */
  tuples: readonly number[];
}

export const STARTUP_FREE_LISTS: FreeListState = {
  lists: 8,
  dicts: 14,
  keys: 5,
  floats: 0,
  tuples: [5, 10, 3, 1, 1, 1, 1, 0, 2, 0, 1, 0, 1, 1, 0, 0, 1, 2, 0],
};

export const AFTER_TRACEMALLOC_IMPORT: FreeListState = {
  lists: 15,
  dicts: 4,
  keys: 5,
  floats: 4,
  tuples: [7, 16, 5, 6, 3, 1, 0, 5, 2, 2, 4, 3, 3, 2, 1, 0, 2, 0, 0],
};

/** Set every free list to `state` (allocating or freeing blocks on the current heap). */
export function setFreeLists(state: FreeListState): void {
  setListFreeListSize(state.lists);
  setDictFreeListSize(state.dicts);
  setKeysFreeListSize(state.keys);
  setFloatFreeListSize(state.floats);
  for (let i = 0; i < state.tuples.length; i++) setTupleFreeListSize(i + 1, state.tuples[i]);
  seedSliceCache();
}

/**
 * clear_freelists (Modules/gcmodule.c, 3.12): a collection of the oldest generation empties the
 * tuple, float, list and dict free lists (dict objects, then 8-slot key tables), in that order,
 * returning their blocks to the allocator. Each freed GC object goes through PyObject_GC_Del, so
 * it also takes one off generation 0's count. After `gc.collect()` the next lists, tuples and
 * dicts a program makes are fresh allocations: traced by tracemalloc and counted by the gc.
 */
export function clearFreeLists(): void {
  for (let len = 1; len <= 20; len++) setTupleFreeListSize(len, 0);
  setFloatFreeListSize(0);
  setListFreeListSize(0);
  setDictFreeListSize(0);
  setKeysFreeListSize(0);
}
