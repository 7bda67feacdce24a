/**
 * `_simlib`: helpers for the library modules written in Python. `exec_source(source, ns)` runs
 * Python source with the names of dict `ns` visible and stores the names it defines back into
 * `ns` — what dataclasses and namedtuple use `exec` for in CPython (generated `__init__` with
 * a real signature, so argument errors read exactly like CPython's). `dict_index_slots(d)`: the
 * size of a dict's key-table index, for C types that keep a per-slot array beside a dict.
 */
import { PyInt, True } from '../objects/int';
import { PyType } from '../objects/typeobject';
import { PyCode } from '../objects/code';
import { PyObject, decref } from '../objects/object';
import { PyDict, dictForEach, dictSet } from '../objects/dict';
import { defineFunction } from '../objects/descriptors';
import { isGC, gcUntrack } from '../objects/gcobject';
import { newModule } from '../objects/module';
import { PyStr } from '../objects/str';
import { None } from '../objects/singletons';
import { newInt } from '../objects/int';
import { typeError } from '../objects/errors';
import { moduleExec } from '../vm/import';
import { registerNativeModule, LIB_DIR } from './pymodule';

let counter = 0;
const MODULE_ATTRS = new Set(['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__file__', '__builtins__']);

registerNativeModule('_simlib', (m) => {
  // the number of index slots of a dict's key table (0 for the shared empty table): what C
  // types built on dict size their own per-slot arrays by (OrderedDict's od_fast_nodes)
  defineFunction(m.md, 'dict_index_slots', (_s, args) => {
    const d = args[0];
    if (!(d instanceof PyDict)) throw typeError('dict_index_slots(dict)');
    return newInt(d.log2Size === 0 ? 0 : 2 ** d.log2Size);
  });
  // an object C code makes without tracking it (PyStructSequence_New: time.gmtime(), os.stat())
  defineFunction(m.md, 'untracked', (_s, args) => {
    const o = args[0];
    if (isGC(o)) gcUntrack(o);
    o.rc++;
    return o;
  });
  // a class standing for a C type (datetime.date, itertools.chain …): its instances take the C
  // struct's size (basicsize), as in CPython, whatever the slots this simulation keeps them
  // in, and are never tracked when the C type is not a GC type
  // (gc=True: a C type that is a GC type, only its struct's size differs from our slots')
  defineFunction(m.md, 'c_layout', (_s, args) => {
    const [cls, size, gc] = args;
    if (!(cls instanceof PyType) || !(size instanceof PyInt)) throw typeError('c_layout(type, basicsize, gc=False)');
    cls.hasGC = gc !== undefined && gc === True;
    cls.basicsize = Number(size.value);
    cls.managedWeakref = false; // (a C type's weak reference list is inside its struct)
    None.rc++;
    return None;
  });
  // types.coroutine: this generator function's generators may be awaited (CO_ITERABLE_COROUTINE)
  defineFunction(m.md, 'mark_iterable_coroutine', (_s, args) => {
    const co = args[0];
    if (!(co instanceof PyCode)) throw typeError('mark_iterable_coroutine(code)');
    co.iterableCoroutine = true;
    None.rc++;
    return None;
  });
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
