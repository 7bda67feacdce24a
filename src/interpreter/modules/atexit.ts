/**
 * `atexit` (Modules/atexitmodule.c): register / unregister / _run_exitfuncs / _clear /
 * _ncallbacks. At interpreter shutdown the callbacks run last-registered first; an exception in
 * one is reported as "Exception ignored in atexit callback: <repr>" and the rest still run.
 */
import { PyObject, decref } from '../objects/object';
import { newInt } from '../objects/int';
import { newTuple } from '../objects/tuple';
import { None } from '../objects/singletons';
import { PyThrown, typeError } from '../objects/errors';
import { call, richCompareBool } from '../objects/abstract';
import { defineFunction } from '../objects/descriptors';
import { setStr, registerNativeModule } from './pymodule';
import { atexitHook } from '../gc/shutdown';
import { writeUnraisable } from '../gc/unraisable';

interface Callback {
  func: PyObject;
  args: PyObject[];
  kwnames: string[] | null;
}

// unregister() empties a slot without shrinking the list (atexit_delete_cb), so _ncallbacks()
// still counts it
let callbacks: (Callback | null)[] = [];

function release(c: Callback): void {
  decref(c.func);
  for (const a of c.args) decref(a);
}

function runExitFuncs(): void {
  const todo = callbacks;
  callbacks = [];
  for (let i = todo.length - 1; i >= 0; i--) {
    const c = todo[i];
    if (c === null) continue;
    try {
      decref(call(c.func, c.args, c.kwnames));
    } catch (e) {
      if (!(e instanceof PyThrown)) throw e;
      writeUnraisable(e.exc, c.func, 'in atexit callback');
    }
    release(c);
  }
}

registerNativeModule('atexit', (m) => {
  callbacks = []; // a new program (the module is made once per interpreter)
  setStr(m, '__doc__', 'allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n');
  defineFunction(m.md, 'register', (_s, args, kw) => {
    const nkw = kw === null ? 0 : kw.length;
    if (args.length - nkw < 1) throw typeError('register() takes at least 1 argument (0 given)');
    const func = args[0];
    if (func.type.slots.call === undefined) throw typeError('the first argument must be callable');
    for (const a of args) a.rc++;
    callbacks.push({ func, args: args.slice(1), kwnames: nkw > 0 ? kw : null });
    func.rc++;
    return func;
  });
  defineFunction(m.md, 'unregister', (_s, args) => {
    const func = args[0];
    for (let i = 0; i < callbacks.length; i++) {
      const c = callbacks[i];
      if (c !== null && (c.func === func || richCompareBool(c.func, func, 2))) {
        callbacks[i] = null;
        release(c);
      }
    }
    return (None.rc++, None);
  });
  defineFunction(m.md, '_run_exitfuncs', () => {
    runExitFuncs();
    return (None.rc++, None);
  });
  defineFunction(m.md, '_clear', () => {
    for (const c of callbacks) if (c !== null) release(c);
    callbacks = [];
    return (None.rc++, None);
  });
  defineFunction(m.md, '_ncallbacks', () => newInt(callbacks.length));
  void newTuple;
});

atexitHook.run = runExitFuncs;
