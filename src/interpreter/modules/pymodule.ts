/**
 * Standard-library modules written in Python. CPython implements much of its library in
 * Python (functools, contextlib, collections, …); we do the same: each such module here is a
 * Python source string (our own code, written to behave like CPython's) compiled and executed
 * as the module body on first import, so everything it creates — functions, classes, caches —
 * is an ordinary object on the simulated heap, counted by refcounts, sizes and tracemalloc.
 */
import { decref, PyObject } from '../objects/object';
import { PyModule, newModule } from '../objects/module';
import { dictSetStr } from '../objects/dict';
import { newStr } from '../objects/str';
import { newList } from '../objects/list';
import { registerModule, moduleExec } from '../vm/import';
import { markNativeSource } from '../vm/native-frames';

/** Where the simulated library "lives" (shown in tracebacks and `module.__file__`). */
export const LIB_DIR = '/usr/local/lib/python3.12';

/**
 * Register a module whose body is Python source. `prepare` may add native helpers to the
 * module dict before the source runs.
 */
export function registerPyModule(
  name: string,
  source: string,
  prepare?: (m: PyModule) => void,
  opts: {
    builtin?: boolean;
    package?: boolean;
    /** C in CPython: true for the whole module, or the names of its C classes/functions */
    native?: true | readonly string[];
  } = {},
): void {
  const rel = name.replace(/\./g, '/');
  const file = opts.package ? `${LIB_DIR}/${rel}/__init__.py` : `${LIB_DIR}/${rel}.py`;
  if (opts.native !== undefined) markNativeSource(file, opts.native === true ? null : opts.native);
  registerModule(name, () => {
    const m = newModule(name);
    if (!opts.builtin) setStr(m, '__file__', file);
    const dot = name.lastIndexOf('.');
    setStr(m, '__package__', opts.package ? name : dot > 0 ? name.slice(0, dot) : '');
    if (opts.package) {
      const path = newList([newStr(`${LIB_DIR}/${rel}`)]);
      dictSetStr(m.md, '__path__', path);
      decref(path);
    }
    if (prepare) prepare(m);
    try {
      moduleExec.run(m, source, file);
    } catch (e) {
      decref(m);
      throw e;
    }
    return m;
  });
}

/** Register a native module: `fill` defines its contents. */
export function registerNativeModule(name: string, fill: (m: PyModule) => void, opts: { package?: boolean } = {}): void {
  registerModule(name, () => {
    const m = newModule(name);
    if (opts.package) {
      // a pure-Python package in CPython (re, json): same __file__ / __path__ / __package__
      setStr(m, '__file__', `${LIB_DIR}/${name}/__init__.py`);
      setStr(m, '__package__', name);
      const path = newList([newStr(`${LIB_DIR}/${name}`)]);
      dictSetStr(m.md, '__path__', path);
      decref(path);
    }
    fill(m);
    return m;
  });
}

export function setStr(m: PyModule, key: string, value: string): void {
  const s = newStr(value);
  dictSetStr(m.md, key, s);
  decref(s);
}

/** Store a new reference in the module dict and drop ours. */
export function setOwned(m: PyModule, key: string, v: PyObject): void {
  dictSetStr(m.md, key, v);
  decref(v);
}
