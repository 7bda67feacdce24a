/**
 * PEP 442 finalizers and unraisable errors: installs the hooks through which instance
 * deallocation (classes.ts subtype_dealloc), the collector's finalize_garbage, generators and
 * weakref callbacks report exceptions that cannot propagate — as CPython 3.12's
 * slot_tp_finalize (PyErr_WriteUnraisable(del)), _PyGen_Finalize (…(self)) and handle_callback
 * (…(callback)) do.
 */
import { PyObject } from '../objects/object';
import { PyThrown } from '../objects/errors';
import { finalizerHook } from '../objects/classes';
import { weakrefUnraisable, isWeakref, weakrefList, clearWeakref, handleCallback, PyWeakRef } from '../objects/weakref-type';
import { unraisableHook } from '../vm/generator';
import { rt } from '../vm/state';
import { finalizeOps, weakrefOps } from './collector';
import { writeUnraisable } from './unraisable';

/** Run tp_finalize of `o`, printing an exception as "Exception ignored in: <function C.__del__ …>". */
export function runFinalizer(o: PyObject, fin: (o: PyObject) => void): void {
  const savedHandled = rt.handled;
  try {
    fin(o);
  } catch (e) {
    if (!(e instanceof PyThrown)) throw e;
    const del = o.type.isHeapType ? o.type.lookup('__del__') : null;
    writeUnraisable(e.exc, del ?? o);
  } finally {
    rt.handled = savedHandled;
  }
}

finalizerHook.run = runFinalizer;
finalizeOps.run = runFinalizer;
weakrefUnraisable.report = (exc, obj) => writeUnraisable(exc, obj);
unraisableHook.report = (exc, obj) => writeUnraisable(exc, obj);

weakrefOps.isWeakref = isWeakref;
weakrefOps.refsOf = (o) => (weakrefList(o) ?? []).slice();
weakrefOps.clearRef = (wr) => clearWeakref(wr as PyWeakRef, true);
weakrefOps.callbackOf = (wr) => (wr as PyWeakRef).callback;
weakrefOps.callCallback = (wr, cb) => handleCallback(wr, cb);
