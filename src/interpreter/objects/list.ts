/**
 * list (Objects/listobject.c).
 *
 * `items` holds the elements (length = ob_size); `allocated` is CPython's capacity, grown by
 * `listResize` with list_resize's over-allocation formula, and mirrored by a real buffer on the
 * simulated heap (`itemsAddr`, 8 bytes per slot) so that sizes, ids and tracemalloc agree.
 */
import { PyObject, releaseItems } from './object';
import { listType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject, freeObject, reallocBuffer, freeBuffer } from './alloc';
import { allocator, type Allocator } from './memory';
import { reuseBlockCode } from './alloc';
import { decodeAddr, encodeAddr } from './addr-codec';
import { HOST_MAX_ITEMS } from './size-limits';
import { noMemory } from './errors';

/**
 * CPython 3.12's list free list (PyList_MAXFREELIST = 80): list_dealloc parks dead exact lists
 * (their memory stays allocated, still counted by the GC) and PyList_New reuses the most
 * recently parked one. Addresses belong to one heap: the list is dropped when the allocator
 * changes (a new program).
 */
const LIST_MAXFREELIST = 80;
const listFreeList: number[] = [];
let freeListOwner: Allocator | null = null;

export function resetListFreeList(): void {
  listFreeList.length = 0;
  freeListOwner = null;
}

/**
 * Make the free list hold exactly `n` parked lists: parks freshly allocated blocks or frees the
 * most recent ones (the start-up state and import side effects measured on CPython, see
 * vm/freelist-state.ts).
 */
export function setListFreeListSize(n: number): void {
  if (freeListOwner !== allocator) {
    listFreeList.length = 0;
    freeListOwner = allocator;
  }
  n = Math.min(n, LIST_MAXFREELIST);
  while (listFreeList.length < n) {
    const o = new PyList();
    allocObject(o, 40);
    listFreeList.push(o.addrCode);
  }
  while (listFreeList.length > n) {
    const o = new PyList();
    o.addrCode = listFreeList.pop()!;
    freeObject(o);
  }
}

export class PyList extends PyGCObject {
  items: PyObject[] = [];
  allocated = 0;
  /** The item array's address (ob_item), encoded as in addr-codec.ts (no boxed double per list). */
  itemsAddrCode = 0;
  constructor(type = listType) {
    super(type);
  }
  get itemsAddr(): number {
    return decodeAddr(this.itemsAddrCode);
  }
  set itemsAddr(a: number) {
    this.itemsAddrCode = encodeAddr(a);
  }
}

/** New empty list with room for `n` items (PyList_New(n) allocates exactly n). */
export function newList(items: PyObject[] = []): PyList {
  const o = new PyList();
  if (listFreeList.length > 0 && freeListOwner === allocator) reuseBlockCode(o, listFreeList.pop()!);
  else allocObject(o, 40);
  if (items.length > 0) {
    o.itemsAddr = reallocBuffer(0, 8 * items.length);
    o.allocated = items.length;
    o.items = items;
  }
  gcTrack(o);
  return o;
}

/**
 * list_resize: make room for `newsize` items. Over-allocates proportionally
 * (newsize + newsize/8 + 6) & ~3, or exactly newsize when that would be too little for a big
 * jump ("grow to exactly n" rule), and shrinks when newsize < allocated/2.
 */
export function listResize(l: PyList, newsize: number): void {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  // JS bitwise operators work on 32 bits: a huge request (`x.extend(range(10**10))`'s length
  // hint) is refused before it could wrap around (PyMem_Realloc fails: MemoryError)
  if (newsize > HOST_MAX_ITEMS) throw noMemory();
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - l.items.length > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  l.itemsAddr = reallocBuffer(l.itemsAddr, newAllocated * 8);
  l.allocated = newAllocated;
}

/** append, taking a new reference to v. */
export function listAppend(l: PyList, v: PyObject): void {
  const n = l.items.length;
  if (n + 1 > l.allocated) listResize(l, n + 1);
  v.rc++;
  l.items.push(v);
}

export function initListType(): void {
  listType.dealloc = (o) => {
    const l = o as PyList;
    gcUntrack(l);
    releaseItems(l.items, true);
    return false;
  };
  listType.freeMemory = (o) => {
    const l = o as PyList;
    freeBuffer(l.itemsAddr);
    l.itemsAddr = 0;
    l.items = [];
    if (l.type === listType && l.addrCode !== 0) {
      if (freeListOwner !== allocator) {
        listFreeList.length = 0;
        freeListOwner = allocator;
      }
      if (listFreeList.length < LIST_MAXFREELIST) {
        listFreeList.push(l.addrCode);
        l.addrCode = 0;
        return;
      }
    }
    freeObject(l);
  };
  listType.traverse = (o, visit) => {
    const items = (o as PyList).items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
  };
}
