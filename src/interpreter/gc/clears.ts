/**
 * tp_clear of each builtin type, as CPython 3.12 defines it (delete_garbage calls these to break
 * reference cycles). Types without tp_clear in CPython get none here either: tuple (freed when
 * the cycle breaks elsewhere), bound method, generator, iterators, dict views, super …
 */
import { PyObject, decref } from '../objects/object';
import {
  listType, dictType, functionType, cellType, setType, frozensetType, classmethodType, staticmethodType,
  frameType, tracebackType,
} from '../objects/core-types';
import { PyList } from '../objects/list';
import { PyDict, dictClear } from '../objects/dict';
import { PyFunction } from '../objects/function';
import { PyCell } from '../objects/cell';
import { PySet, setClear } from '../objects/set';
import { PyWrapper } from '../objects/descriptors';
import { PyBaseException, exceptionTypeList } from '../objects/exceptions';
import { theEmptyTuple } from '../objects/tuple';
import { freeBuffer } from '../objects/alloc';
import { registerClear } from './collector';
import { frameClear, tracebackClear } from '../vm/frameobject';

/** _list_clear: empty the list first, then release items last to first. */
function listClear(o: PyObject): void {
  const l = o as PyList;
  const items = l.items;
  l.items = [];
  l.allocated = 0;
  const addr = l.itemsAddr;
  l.itemsAddr = 0;
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]);
  freeBuffer(addr);
}

/** func_clear (the code object is kept). */
function funcClear(o: PyObject): void {
  const f = o as PyFunction;
  const take = <K extends 'module' | 'defaults' | 'kwdefaults' | 'funcDict' | 'closure' | 'annotations'>(k: K) => {
    const v = f[k];
    if (v !== null) {
      (f as unknown as Record<string, PyObject | null>)[k] = null;
      decref(v);
    }
  };
  // func_globals / func_builtins are kept: the simulation's code paths assume a function always
  // has them (in CPython they are cleared first; only ordering of frees inside one cycle differs).
  take('module');
  take('defaults');
  take('kwdefaults');
  take('funcDict');
  take('closure');
  take('annotations');
}

function cellClear(o: PyObject): void {
  const c = o as PyCell;
  const v = c.ref;
  if (v !== null) {
    c.ref = null;
    decref(v);
  }
}

function wrapperClear(o: PyObject): void {
  const w = o as PyWrapper;
  const d = w.wrapDict;
  if (d !== null) {
    w.wrapDict = null;
    decref(d);
  }
}

/** BaseException_clear: dict, args, notes, traceback, cause, context. */
function exceptionClear(o: PyObject): void {
  const e = o as PyBaseException;
  if (e.attrs !== null) {
    const a = e.attrs;
    e.attrs = null;
    for (const v of a.values()) decref(v);
  }
  if (e.attrDict !== null) {
    const d = e.attrDict;
    e.attrDict = null;
    decref(d);
  }
  const args = e.args;
  e.args = theEmptyTuple();
  decref(args);
  const fields = e.fields;
  if (fields !== null) {
    for (let i = 0; i < fields.length; i++) {
      const v = fields[i];
      if (v !== null) {
        fields[i] = null;
        decref(v);
      }
    }
  }
  for (const k of ['notes', 'traceback', 'cause', 'context'] as const) {
    const v = e[k];
    if (v !== null) {
      e[k] = null;
      decref(v);
    }
  }
}

export function installClears(): void {
  registerClear(listType, listClear);
  registerClear(dictType, (o) => dictClear(o as PyDict));
  registerClear(functionType, funcClear);
  registerClear(cellType, cellClear);
  registerClear(setType, (o) => setClear(o as PySet));
  registerClear(frozensetType, (o) => setClear(o as PySet));
  registerClear(classmethodType, wrapperClear);
  registerClear(staticmethodType, wrapperClear);
  for (const t of exceptionTypeList()) registerClear(t, exceptionClear);
  registerClear(frameType, frameClear);
  registerClear(tracebackType, tracebackClear);
}
installClears();
