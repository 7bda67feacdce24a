/**
 * The cyclic garbage collector and the modules built on it, loaded by the runtime:
 * collector (generations, collections), per-type tp_clear, finalizer / unraisable hooks,
 * and the `gc`, `_weakref` and `weakref` modules.
 */
import '../objects/weakref-type';
import './collector';
import './clears';
import './finalizers';
import '../modules/gc';
import '../modules/weakref';
import { resetCollector, gcState } from './collector';
import { resetImportFootprint, footprintSuspended } from './import-footprint';
import { wrapWeakrefableDeallocs } from '../objects/weakref-type';
import { finalizeInterpreter } from './shutdown';

/** Called by createInterpreter once the program's heap is installed. */
export function startCollector(opts: { stress?: boolean } = {}): void {
  wrapWeakrefableDeallocs();
  resetCollector(opts);
  resetImportFootprint();
  gcState.importing = footprintSuspended;
}

export { finalizeInterpreter };
