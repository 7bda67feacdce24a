/**
 * Interpreter shutdown as CPython 3.12's Py_FinalizeEx observes it (Python/pylifecycle.c):
 *  1. atexit functions (weakref.finalize registers its _exitfunc there, on first use);
 *  2. PyGC_Collect() — a full collection with gc.callbacks, if gc is enabled; its
 *     move_unreachable reorders the surviving objects, which decides the order below;
 *  3. finalize_modules: every sys.modules entry is replaced by None (weakrefs kept to the
 *     modules), sys.modules is cleared, then _PyGC_CollectNoFail() — a full collection without
 *     callbacks in which `__main__`'s globals (a cycle through its functions' __globals__)
 *     are finalized in list order — then modules still alive are wiped (_PyModule_ClearDict:
 *     single-underscore names first), latest imported first.
 */
import { PyObject, decref } from '../objects/object';
import { PyModule } from '../objects/module';
import { PyDict, dictClear, dictSet, dictForEach } from '../objects/dict';
import { PyStr } from '../objects/str';
import { None } from '../objects/singletons';
import { PyThrown } from '../objects/errors';
import { newRef, refType, PyWeakRef } from '../objects/weakref-type';
import { rt } from '../vm/state';
import { gcState, collect, collectNoFail } from './collector';
import { writeUnraisable } from './unraisable';
import { flushStdFiles } from '../modules/stdio';

function guarded(f: () => void): void {
  try {
    f();
  } catch (e) {
    if (e instanceof PyThrown) writeUnraisable(e.exc, null);
    else throw e;
  }
}

/** The atexit module's registered callbacks (modules/atexit.ts installs the runner). */
export const atexitHook = { run: (): void => {} };

/** _PyModule_ClearDict */
function clearModuleDict(d: PyDict): void {
  const pass = (keep: (name: string) => boolean) => {
    const keys: PyObject[] = [];
    dictForEach(d, (k, v) => {
      if (v !== None && k instanceof PyStr && !keep(k.value)) keys.push(k);
    });
    for (const k of keys) {
      k.rc++;
      guarded(() => dictSet(d, k, None));
      decref(k);
    }
  };
  pass((n) => !(n[0] === '_' && n[1] !== '_'));
  pass((n) => n === '__builtins__');
}

/**
 * Run the observable part of Py_FinalizeEx. `mainRef` is the reference the embedding code holds
 * on `__main__` (released first, as CPython holds none).
 */
export function finalizeInterpreter(mainRef: PyObject | null): void {
  guarded(() => atexitHook.run());
  guarded(flushStdFiles); // flush_std_files, after the atexit functions
  // interp->sysdict and interp->builtins keep sys's and builtins' namespaces alive (print()
  // still finds sys.stdout while __del__ methods run during module teardown)
  const sysDict = rt.sysDict;
  const builtinsDict = rt.builtins;
  if (sysDict) sysDict.rc++;
  if (builtinsDict) builtinsDict.rc++;
  if (mainRef !== null) decref(mainRef);
  if (gcState.enabled) collect();
  const modules = rt.modules;
  rt.finalizing = true;
  const weaklist: [string, PyWeakRef][] = [];
  const names: PyObject[] = [];
  dictForEach(modules, (k) => names.push(k));
  for (const k of names) {
    const m = modules.getStr((k as PyStr).value);
    if (m instanceof PyModule) {
      weaklist.push([(k as PyStr).value, newRef(refType, m, null)]);
      k.rc++;
      guarded(() => dictSet(modules, k, None));
      decref(k);
    }
  }
  dictClear(modules);
  // finalize_restore_builtins: the builtins namespace goes back to its start-up contents (what
  // the program stored in builtins is released here, before the collection)
  const copy = rt.builtinsCopy;
  if (copy !== null && builtinsDict !== null) {
    rt.builtinsCopy = null;
    // the old contents are held until the namespace is whole again, so a __del__ they trigger
    // still finds print()
    const old: PyObject[] = [];
    dictForEach(builtinsDict, (k, v) => {
      k.rc++;
      v.rc++;
      old.push(k, v);
    });
    guarded(() => dictClear(builtinsDict));
    guarded(() => dictForEach(copy, (k, v) => dictSet(builtinsDict, k, v)));
    decref(copy);
    for (const o of old) guarded(() => decref(o));
  }
  collectNoFail();
  for (let i = weaklist.length - 1; i >= 0; i--) {
    const [, wr] = weaklist[i];
    const m = wr.obj;
    if (m === null || !(m instanceof PyModule)) continue;
    if (m.md === rt.builtins || m.md === rt.sysDict) continue;
    m.rc++;
    clearModuleDict(m.md);
    decref(m);
  }
  for (const [, wr] of weaklist) decref(wr);
  collectNoFail();
  guarded(flushStdFiles); // flush_std_files again, for what finalizers printed
  if (sysDict) decref(sysDict);
  if (builtinsDict) decref(builtinsDict);
}
