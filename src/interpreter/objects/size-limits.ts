/**
 * Refusing requests for huge objects before anything is built, as CPython does: it asks the
 * allocator for the whole item array / character buffer first, and a failed malloc is
 * MemoryError (list_new_prealloc, tuple_alloc, PyUnicode_New, PyBytes_FromStringAndSize).
 * Our objects also keep JS storage (arrays, strings), which must not be created for such
 * sizes: the simulated request is checked against the memory ceiling first.
 *
 * A second, host-side bound: one list/tuple of more than HOST_MAX_ITEMS items or one string of
 * more than HOST_MAX_CHARS characters is refused with MemoryError even when the simulated
 * machine could hold it (V8 cannot make longer strings; arrays that big would exhaust the
 * page's memory). CPython on a 16 GiB desktop would build `[0] * 10**9`; we raise MemoryError.
 */
import { allocator } from './memory';
import { noMemory } from './errors';
import { productExceedsSsizeMax } from '../heap/allocator';

export const HOST_MAX_ITEMS = 2 ** 27;
export const HOST_MAX_CHARS = 2 ** 29 - 24;
const PY_SSIZE_T_MAX = 2 ** 63 - 1;

/** `count * elsize` overflows Py_ssize_t (PyMem_New's and the repeat functions' checks). */
export function sizeProductOverflows(count: number, elsize: number): boolean {
  // exact (`"ab" * 2**62` overflows; in doubles (2^63 - 1) / 2 would round to 2^62)
  return count > 0 && elsize > 0 && productExceedsSsizeMax(count, elsize);
}

/** MemoryError unless an allocation of `nbytes` could succeed and `units` fits the host bound. */
export function ensureAllocatable(nbytes: number, units: number, hostMax: number): void {
  if (!(nbytes >= 0 && nbytes < PY_SSIZE_T_MAX) || units > hostMax) throw noMemory();
  if (allocator.canAllocate !== undefined && !allocator.canAllocate(nbytes)) throw noMemory();
}
