/**
 * _PyObject_MakeTpCall (Objects/call.c) — how CPython 3.12 calls an object that has no vectorcall
 * (a class from a class statement, an instance with __call__, int/bytes/bytearray/complex): the
 * positional arguments are packed into a new tuple and keywords into a new dict for tp_call.
 * Right after gc.collect() has emptied the tuple free list, that tuple is a fresh gc allocation
 * (`Node("a")` counts two objects in gc.get_count(), the instance and its argument tuple).
 */
import { PyObject, decref } from './object';
import { PyDict, newDict, dictSet } from './dict';
import { internStr } from './str';
import { newTupleFromBorrowed } from './tuple';

/**
 * PyObject_Call with an argument tuple (CALL_FUNCTION_EX) reaches tp_call with that tuple: the
 * caller sets `fromTuple` so the type's call does not pack the arguments again.
 */
export const tpCall = { fromTuple: false };

/**
 * _PyObject_MakeTpCall (Objects/call.c): the arguments of a vectorcall to a tp_call-only
 * callable become a new tuple (_PyTuple_FromArray: the empty tuple for none) and the keywords a
 * new dict (_PyStack_AsDict); both are released after the call. Returns the release function.
 */
export function makeTpCallArgs(args: PyObject[], kw: string[] | null): () => void {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  const tuple = npos === 0 ? null : newTupleFromBorrowed(args.slice(0, npos));
  let dict: PyDict | null = null;
  if (nkw > 0) {
    dict = newDict();
    for (let i = 0; i < nkw; i++) dictSet(dict, internStr(kw![i]), args[npos + i]);
  }
  return () => {
    if (tuple !== null) decref(tuple);
    if (dict !== null) decref(dict);
  };
}

