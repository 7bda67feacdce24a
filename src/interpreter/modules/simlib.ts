/**
 * `_simlib`: helpers for the library modules written in Python. `exec_source(source, ns)` runs
 * Python source with the names of dict `ns` visible and stores the names it defines back into
 * `ns` — what dataclasses and namedtuple use `exec` for in CPython (generated `__init__` with
 * a real signature, so argument errors read exactly like CPython's).
 */
import { PyObject, decref } from '../objects/object';
import { PyDict, dictForEach, dictSet } from '../objects/dict';
import { defineFunction } from '../objects/descriptors';
import { newModule } from '../objects/module';
import { PyStr } from '../objects/str';
import { None } from '../objects/singletons';
import { typeError } from '../objects/errors';
import { moduleExec } from '../vm/import';
import { registerNativeModule, LIB_DIR } from './pymodule';

let counter = 0;
const MODULE_ATTRS = new Set(['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__file__', '__builtins__']);

registerNativeModule('_simlib', (m) => {
  defineFunction(m.md, 'exec_source', (_s, args) => {
    const [src, ns] = args;
    if (!(src instanceof PyStr) || !(ns instanceof PyDict)) throw typeError('exec_source(str, dict)');
    const tmp = newModule(`<generated-${++counter}>`);
    try {
      dictForEach(ns, (k, v) => dictSet(tmp.md, k, v));
      moduleExec.run(tmp, src.value, `${LIB_DIR}/<string>`);
      const out: [PyObject, PyObject][] = [];
      dictForEach(tmp.md, (k, v) => out.push([k, v]));
      for (const [k, v] of out) {
        if (k instanceof PyStr && MODULE_ATTRS.has(k.value)) continue;
        dictSet(ns, k, v);
      }
    } finally {
      decref(tmp);
    }
    None.rc++;
    return None;
  });
});
