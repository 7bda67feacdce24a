/** module objects (Objects/moduleobject.c): a namespace dict with a name. */
import { PyObject, release } from './object';
import { moduleType } from './core-types';
import { PyGCObject, gcTrack, gcUntrack } from './gcobject';
import { allocObject } from './alloc';
import { PyDict, newDict, dictSetStr } from './dict';
import { newStr } from './str';
import { None } from './singletons';

export class PyModule extends PyGCObject {
  constructor(public md: PyDict) {
    super(moduleType);
  }
  moduleName(): string {
    const n = this.md.getStr('__name__');
    return n !== null && 'value' in n ? String((n as { value: unknown }).value) : '?';
  }
}

export function newModule(name: string): PyModule {
  const d = newDict();
  const m = new PyModule(d);
  allocObject(m, 72);
  const n = newStr(name);
  dictSetStr(d, '__name__', n);
  n.rc--;
  for (const k of ['__doc__', '__package__', '__loader__', '__spec__']) dictSetStr(d, k, None);
  gcTrack(m);
  return m;
}

export function initModuleType(): void {
  moduleType.dealloc = (o) => {
    gcUntrack(o as PyModule);
    release((o as PyModule).md);
    return false;
  };
  moduleType.traverse = (o, visit) => visit((o as PyModule).md);
}

export type { PyObject };
