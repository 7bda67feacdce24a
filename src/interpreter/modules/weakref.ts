/**
 * `_weakref` (Modules/_weakref.c) and `weakref` (Lib/weakref.py). The native part — ref, proxy,
 * getweakrefcount, getweakrefs, the types — lives in objects/weakref-type.ts; the pure-Python
 * classes (WeakValueDictionary, WeakKeyDictionary, WeakSet, finalize, WeakMethod) are Python
 * source (weakref-py.ts) executed in the module's namespace, as CPython runs Lib/weakref.py.
 *
 * The cyclic garbage CPython's `import weakref` leaves (types' `_C` class) and its allocation
 * counts come from gc/import-footprint.ts.
 */
import { PyObject, decref } from '../objects/object';
import { newModule, PyModule } from '../objects/module';
import { defineFunction, exactArgs, rangeArgs } from '../objects/descriptors';
import { dictSetStr, newDict } from '../objects/dict';
import { newInt } from '../objects/int';
import { newTuple } from '../objects/tuple';
import { newList, listAppend } from '../objects/list';
import { refType, proxyType, callableProxyType, newProxy, weakrefCount, weakrefList } from '../objects/weakref-type';
import { registerModule } from '../vm/import';
import { registerPyModule } from './pymodule';
import { WEAKREF_PY } from './weakref-py';

function fillNative(m: PyModule): void {
  const d = m.md;
  dictSetStr(d, 'ref', refType);
  dictSetStr(d, 'ReferenceType', refType);
  dictSetStr(d, 'ProxyType', proxyType);
  dictSetStr(d, 'CallableProxyType', callableProxyType);
  defineFunction(d, 'getweakrefcount', (_s, a, kw) => {
    exactArgs('getweakrefcount', a, kw, 1);
    return newInt(weakrefCount(a[0]));
  });
  defineFunction(d, 'getweakrefs', (_s, a, kw) => {
    exactArgs('getweakrefs', a, kw, 1);
    const l = weakrefList(a[0]) ?? [];
    for (const w of l) w.rc++;
    return newList(l.slice());
  });
  defineFunction(d, 'proxy', (_s, a, kw) => {
    rangeArgs('proxy', a, kw, 1, 2);
    return newProxy(a[0], a.length > 1 ? a[1] : null);
  });
  defineFunction(d, '_remove_dead_weakref', (_s, a, kw) => {
    exactArgs('_remove_dead_weakref', a, kw, 2);
    // Lib/weakref.py uses it on WeakValueDictionary.data; not needed by the condensed classes
    a[0].rc++;
    decref(a[0]);
    const { None } = noneRef;
    None.rc++;
    return None;
  });
}

import { None } from '../objects/singletons';
const noneRef = { None };

function makeUnderscoreWeakref(): PyModule {
  const m = newModule('_weakref');
  fillNative(m);
  return m;
}

function prepareWeakref(m: PyModule): void {
  fillNative(m);
  const proxyTypes = newTuple([proxyType, callableProxyType]);
  proxyType.rc++;
  callableProxyType.rc++;
  dictSetStr(m.md, 'ProxyTypes', proxyTypes);
  decref(proxyTypes);
}

registerModule('_weakref', makeUnderscoreWeakref);
registerPyModule('weakref', WEAKREF_PY, prepareWeakref);
export type { PyObject };
