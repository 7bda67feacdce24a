/**
 * Raising Python exceptions from native code.
 *
 * A Python exception travels through JavaScript as a thrown `PyThrown` wrapping the exception
 * object (which owns one reference held by the PyThrown). Native code raises with
 * `throw typeError('...')`; the VM catches PyThrown in its evaluation loop and unwinds the
 * Python frames. Messages are CPython 3.12's, word for word.
 */
import type { PyObject } from './object';
import type { PyType } from './typeobject';

export class PyThrown {
  constructor(public exc: PyObject) {}
}

/** Installed by exceptions.ts (avoids an import cycle): build an exception instance. */
export const exceptionFactory = {
  make(_type: PyType, _msg: string | null): PyObject {
    throw new Error('exceptions not bootstrapped');
  },
  /** An exception instance with these args (the references are stolen). */
  makeWith(_type: PyType, _args: PyObject[]): PyObject {
    throw new Error('exceptions not bootstrapped');
  },
  types: {} as Record<string, PyType>,
};

export function raise(type: PyType, msg: string | null = null): PyThrown {
  return new PyThrown(exceptionFactory.make(type, msg));
}

const byName = (name: string) => (msg: string | null = null): PyThrown => raise(exceptionFactory.types[name], msg);

export const typeError = byName('TypeError');
export const valueError = byName('ValueError');
export const indexError = byName('IndexError');
export const attributeError = byName('AttributeError');
export const nameError = byName('NameError');
export const zeroDivisionError = byName('ZeroDivisionError');
export const overflowError = byName('OverflowError');
export const runtimeError = byName('RuntimeError');
export const recursionError = byName('RecursionError');
export const stopIteration = byName('StopIteration');
export const notImplementedError = byName('NotImplementedError');
export const unboundLocalError = byName('UnboundLocalError');
export const assertionError = byName('AssertionError');
export const importError = byName('ImportError');
export const systemError = byName('SystemError');
export const memoryError = byName('MemoryError');
export const osError = byName('OSError');
export const unicodeError = byName('UnicodeError');

export function noMemory(): PyThrown {
  return raise(exceptionFactory.types['MemoryError'], null);
}
