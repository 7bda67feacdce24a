/**
 * Py_ReprEnter / Py_ReprLeave (Objects/object.c): the guard that makes `l = [1]; l.append(l)`
 * print `[1, [...]]`, with the heap effects CPython's implementation has.
 *
 * The objects whose repr is in progress are kept in a list stored under "Py_Repr" in the
 * thread state's dict (PyThreadState_GetDict, created on first use). Neither exists after
 * start-up: the first non-empty container repr of a program allocates both — two gc-tracked
 * objects that stay for good (gen 0 count +2 once; measured on 3.12.1:
 * `gc.collect(); repr((1, 2))` raises gc.get_count()[0] by 2, the next repr by 0).
 * Each outermost repr appends to the empty list (list_resize → a 4-slot item array) and its
 * removal empties the list (PyList_SetSlice → list_ass_slice → _list_clear frees the array), so
 * every top-level repr briefly allocates 32 bytes, which tracemalloc's peak sees. The list
 * holds a reference to the object while its repr runs.
 */
import { PyObject } from './object';
import { PyDict, newDict, dictSet } from './dict';
import { PyList, newList, listAppend, listResize } from './list';
import { listClear } from './list-type';
import { PyStr, runtimeIdentifier } from './str';
import { allocator, type Allocator } from './memory';
import { decref } from './object';

let owner: Allocator | null = null;
let threadStateDict: PyDict | null = null;
let reprList: PyList | null = null;
let reprKey: PyStr | null = null;

/** _Py_ID(Py_Repr): a statically allocated, immortal identifier. */
function reprKeyStr(): PyStr {
  return (reprKey ??= runtimeIdentifier('Py_Repr'));
}

/** PyThreadState_GetDict: the per-thread dict, created (empty, untracked) on first use. */
export function threadStateDictOf(): PyDict {
  if (owner !== allocator) {
    owner = allocator;
    threadStateDict = null;
    reprList = null;
  }
  if (threadStateDict === null) threadStateDict = newDict();
  return threadStateDict;
}

function reprListOf(): PyList {
  const d = threadStateDictOf();
  if (reprList === null) {
    const l = newList();
    dictSet(d, reprKeyStr(), l);
    decref(l);
    reprList = l;
  }
  return reprList;
}

/** Py_ReprEnter: true when `o`'s repr is already in progress (the caller prints "..."). */
export function reprEnter(o: PyObject): boolean {
  const l = reprListOf();
  const items = l.items;
  for (let i = items.length - 1; i >= 0; i--) if (items[i] === o) return true;
  listAppend(l, o);
  return false;
}

/** Py_ReprLeave: remove `o` (normally the last item) from the in-progress list. */
export function reprLeave(o: PyObject): void {
  if (owner !== allocator || reprList === null) return;
  const l = reprList;
  const items = l.items;
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i] !== o) continue;
    if (items.length === 1) {
      listClear(l); // list_ass_slice: deleting the only item is _list_clear
    } else {
      items.splice(i, 1);
      listResize(l, items.length);
      decref(o);
    }
    return;
  }
}

/** The thread state's dict, if this program has made it (a root of the heap views). */
export function existingThreadStateDict(): PyDict | null {
  return owner === allocator ? threadStateDict : null;
}
