/**
 * float (Objects/floatobject.c): a JS number; 24 bytes (ob_refcnt, ob_type, ob_fval).
 *
 * CPython 3.12 keeps a per-interpreter free list of up to 100 float objects
 * (`_Py_float_state.free_list`, PyFloat_MAXFREELIST): `float_dealloc` of an exact float pushes
 * the dead object onto it instead of calling PyObject_Free, and `PyFloat_FromDouble` pops the
 * most recently freed one (LIFO) before asking the allocator. The simulation keeps the freed
 * *addresses*: a new float reuses the address of the last dead one (so `id(1.5) == id(2.5)`
 * patterns and tracemalloc — free-list floats allocate nothing — match CPython).
 */
import { PyObject } from './object';
import { floatType } from './core-types';
import { allocObject, freeObject } from './alloc';
import { reuseBlockCode } from './alloc';

export class PyFloat extends PyObject {
  constructor(public value: number, type = floatType) {
    super(type);
  }
}

export const FLOAT_MAXFREELIST = 100;
const freeList: number[] = [];

/** Empty the free list (a fresh interpreter; the addresses belong to the old heap). */
export function resetFloatFreeList(): void {
  freeList.length = 0;
}

export function floatFreeListSize(): number {
  return freeList.length;
}

/** Make the free list hold exactly `n` parked floats (see list.ts setListFreeListSize). */
export function setFloatFreeListSize(n: number): void {
  n = Math.min(n, FLOAT_MAXFREELIST);
  while (freeList.length < n) {
    const o = new PyFloat(0);
    allocObject(o, 24);
    freeList.push(o.addrCode);
  }
  while (freeList.length > n) {
    const o = new PyFloat(0);
    o.addrCode = freeList.pop()!;
    freeObject(o);
  }
}

/** PyFloat_FromDouble: a new reference, reusing a free-list address when there is one. */
export function newFloat(v: number): PyFloat {
  const o = new PyFloat(v);
  if (freeList.length > 0) reuseBlockCode(o, freeList.pop()!);
  else allocObject(o, 24);
  return o;
}

/** float_dealloc: exact floats go to the free list (if not full); subclasses are freed. */
export function floatFreeMemory(o: PyObject): void {
  if (o.type === floatType && freeList.length < FLOAT_MAXFREELIST && o.addrCode !== 0) {
    freeList.push(o.addrCode);
    o.addrCode = 0;
    return;
  }
  freeObject(o);
}
