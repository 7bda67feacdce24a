/** Cross-module services of the object layer that would otherwise form import cycles. */
import type { PyObject } from './object';

export const sliceIndicesHook = {
  /** slice.indices(length) → [start, stop, step, slicelength] */
  fn: (_slice: PyObject, _length: number): [number, number, number, number] => {
    throw new Error('slice not bootstrapped');
  },
};
