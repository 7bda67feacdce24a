/**
 * None, NotImplemented and Ellipsis: immortal singletons (PEP 683).
 */
import { PyObject, makeImmortal } from './object';
import { noneType, notImplementedType, ellipsisType } from './core-types';
import { allocStatic } from './alloc';

class PySingleton extends PyObject {}

export let None: PyObject;
export let NotImplemented: PyObject;
export let Ellipsis: PyObject;

export function initSingletons(): void {
  None = makeImmortal(new PySingleton(noneType));
  NotImplemented = makeImmortal(new PySingleton(notImplementedType));
  Ellipsis = makeImmortal(new PySingleton(ellipsisType));
  for (const o of [None, NotImplemented, Ellipsis]) allocStatic(o, 16);
}
