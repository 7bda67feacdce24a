/**
 * Exact (64-bit) hashes for hash(): the `number` tp_hash slots are exact only below 2**53, so
 * types whose hashes can be larger register an exact hasher here (a leaf module, so both the
 * class machinery and tuple hashing can use it without an import cycle).
 */
import type { PyObject } from './object';
import type { PyType } from './typeobject';

export const exactHashers = new Map<PyType, (o: PyObject) => bigint>();

/** The exact hash of an int value (installed by tuple-type.ts). */
export const intHashHook = { fn: (v: bigint): bigint => v };
