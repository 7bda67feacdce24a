/**
 * Allocating and freeing an object's own memory block, CPython-style: the block requested from
 * the allocator is the object's size plus, for GC types, the 16-byte PyGC_Head in front, plus the
 * 16-byte pre-header of 3.12's managed-dict types. `id(o)` is the address of the object proper,
 * after those headers (as in CPython, where the GC head precedes the PyObject).
 */
import type { PyObject } from './object';
import type { PyType } from './typeobject';
import { allocator, gcHooks, GC_HEAD_SIZE, MANAGED_PREHEADER_SIZE } from './memory';
import { noMemory } from './errors';
import { decodeAddr, encodeAddr } from './addr-codec';

export function preHeaderSize(t: PyType): number {
  // _PyType_PreHeaderSize: GC head, then 2 pointers when MANAGED_DICT or MANAGED_WEAKREF
  return (t.hasGC ? GC_HEAD_SIZE : 0) + ((t.managedDict && !t.inlineDict) || t.managedWeakref ? MANAGED_PREHEADER_SIZE : 0);
}

/**
 * Tracing hooks. `reuse` is set by tracemalloc while it traces: objects taken from a free list
 * (no allocator call) report their block address, as CPython's _Py_NewReference calls
 * _PyTraceMalloc_NewReference (the block's traceback is updated if it is traced).
 * `registry` is set in inspection mode (RunOptions.inspect): address → live object, for the
 * heap view (heap/inspect.ts). Both are null in normal runs (one null check per allocation).
 */
export const traceHooks = {
  reuse: null as ((blockAddr: number) => void) | null,
  registry: null as Map<number, PyObject> | null,
};

/** An object gets an address from a free list: `o.addr = addr`, reported to the hooks. */
export function reuseBlock(o: PyObject, addr: number): void {
  o.addrCode = encodeAddr(addr);
  if (traceHooks.reuse !== null) traceHooks.reuse(addr - preHeaderSize(o.type));
  if (traceHooks.registry !== null) traceHooks.registry.set(addr, o);
}

/** reuseBlock for free lists that park encoded addresses (`o.addrCode`). */
export function reuseBlockCode(o: PyObject, code: number): void {
  o.addrCode = code;
  if (traceHooks.reuse !== null || traceHooks.registry !== null) reportReuse(o, decodeAddr(code));
}

function reportReuse(o: PyObject, addr: number): void {
  if (traceHooks.reuse !== null) traceHooks.reuse(addr - preHeaderSize(o.type));
  if (traceHooks.registry !== null) traceHooks.registry.set(addr, o);
}

/** Give `o` an address: allocate `nbytes` (the object proper, without headers). */
export function allocObject(o: PyObject, nbytes: number): void {
  const t = o.type;
  const pre = preHeaderSize(t);
  const a = allocator.malloc(nbytes + pre, 'obj');
  if (a === 0) throw noMemory();
  o.addrCode = encodeAddr(a + pre);
  if (traceHooks.registry !== null) traceHooks.registry.set(a + pre, o);
  if (t.hasGC) gcHooks.onAlloc();
}

export function freeObject(o: PyObject): void {
  const t = o.type;
  const code = o.addrCode;
  if (code !== 0) {
    const addr = decodeAddr(code);
    if (traceHooks.registry !== null) traceHooks.registry.delete(addr);
    allocator.free(addr - preHeaderSize(t), 'obj');
  }
  if (t.hasGC) gcHooks.onFree();
  o.addrCode = 0;
}

/**
 * Statically allocated objects (None, True/False, small ints, builtin types, one-character
 * strings): in CPython they live in the interpreter binary's data segment, not on the heap —
 * libpython is mapped near the mmap'd arenas (ids like 0x7f46d055d440) — so they get addresses
 * from a separate "static data" range and are never freed.
 */
let staticNext = 0x7f46d0540000;
export function allocStatic(o: PyObject, nbytes: number): void {
  o.addrCode = encodeAddr(staticNext + preHeaderSize(o.type));
  staticNext += (preHeaderSize(o.type) + nbytes + 15) & ~15;
}
export function resetStaticArea(): void {
  staticNext = 0x7f46d0540000;
}

/** Allocate an out-of-line buffer (PyMem_Malloc): list item arrays, dict tables … */
export function allocBuffer(nbytes: number): number {
  if (nbytes === 0) return 0;
  const a = allocator.malloc(nbytes, 'mem');
  if (a === 0) throw noMemory();
  return a;
}

export function reallocBuffer(addr: number, nbytes: number): number {
  if (addr === 0) return allocBuffer(nbytes);
  if (nbytes === 0) {
    allocator.free(addr, 'mem');
    return 0;
  }
  const a = allocator.realloc(addr, nbytes, 'mem');
  if (a === 0) throw noMemory();
  return a;
}

export function freeBuffer(addr: number): void {
  if (addr !== 0) allocator.free(addr, 'mem');
}
