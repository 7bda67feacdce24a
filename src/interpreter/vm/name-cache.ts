/**
 * Global-name caches of the evaluation loop (in the spirit of CPython 3.12's LOAD_GLOBAL_MODULE /
 * LOAD_GLOBAL_BUILTIN, which key on dict key versions): a LOAD_GLOBAL — or a LOAD_NAME /
 * STORE_NAME at module level, where the locals are the globals — remembers the entry index of
 * the name in the dict that held it. An entry stays valid while that dict keeps the same entry
 * arrays and the entry is live (entries are only ever appended to an array; deleting leaves a
 * hole; compaction makes new arrays), and — for a name found in builtins — while the globals
 * had no key added or removed (`version`). Otherwise the generic lookup runs and refills the
 * entry. Lookups return the same object the generic path would, with no side effects.
 */
import type { PyObject } from '../objects/object';
import type { PyCode } from '../objects/code';
import type { PyDict } from '../objects/dict';

export class NameCache {
  constructor(
    /** The globals the lookup started from. */
    public globals: PyDict,
    /** The dict holding the name: globals, or builtins (then `gver` is the globals' version). */
    public src: PyDict,
    public gver: number,
    public keys: (PyObject | null)[],
    public ix: number,
  ) {}
}

/** The cached value (borrowed) of this instruction's name, or null. */
export function cachedName(e: unknown, globals: PyDict, builtins: PyDict): PyObject | null {
  if (!(e instanceof NameCache) || e.globals !== globals) return null;
  const src = e.src;
  if (src !== globals && (src !== builtins || globals.version !== e.gver)) return null;
  const ks = src.keys;
  if (ks !== e.keys || ks[e.ix] === null) return null;
  return src.values[e.ix];
}

/** globals[name] or builtins[name] (borrowed), or null; remembers where it was found. */
export function lookupGlobal(code: PyCode, at: number, globals: PyDict, builtins: PyDict, name: string): PyObject | null {
  let src = globals;
  let i = globals.indexOfStr(name);
  if (i === undefined) {
    src = builtins;
    i = builtins.indexOfStr(name);
    if (i === undefined) return null;
  }
  if (typeof i !== 'number') return src === globals ? globals.getStr(name) ?? builtins.getStr(name) : builtins.getStr(name);
  (code.attrCache ??= [])[at] = new NameCache(globals, src, globals.version, src.keys, i);
  return src.values[i];
}

/** The entry index of an existing `name` in `d` for a module-level store, or -1. */
export function cachedStoreIndex(e: unknown, d: PyDict): number {
  if (!(e instanceof NameCache) || e.globals !== d || e.src !== d) return -1;
  const ks = d.keys;
  if (ks !== e.keys || ks[e.ix] === null) return -1;
  return e.ix;
}

/** After a module-level store of `name` into `d`: remember the entry. */
export function fillStoreIndex(code: PyCode, at: number, d: PyDict, name: string): void {
  const i = d.indexOfStr(name);
  if (typeof i !== 'number') return;
  (code.attrCache ??= [])[at] = new NameCache(d, d, d.version, d.keys, i);
}
