/** Constructors for constant kinds whose types live outside the core (set by their modules). */
import type { PyObject } from './object';

export const constFactories = {
  complex(_imag: number): PyObject {
    throw new Error('complex not available');
  },
  bytes(_v: Uint8Array): PyObject {
    throw new Error('bytes not available');
  },
  frozenset(_items: PyObject[]): PyObject {
    throw new Error('frozenset not available');
  },
};
