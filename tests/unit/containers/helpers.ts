/** Shared set-up for the container tests: boot the object model and small conveniences. */
import '../../../src/interpreter/objects/all-types';
import { bootstrapObjects } from '../../../src/interpreter/objects/bootstrap';
import { PyObject, decref } from '../../../src/interpreter/objects/object';
import { newInt, PyInt } from '../../../src/interpreter/objects/int';
import { newStr } from '../../../src/interpreter/objects/str';
import { getAttr, call, reprText } from '../../../src/interpreter/objects/abstract';
import { PyThrown } from '../../../src/interpreter/objects/errors';

export function boot(): void {
  bootstrapObjects();
}

export const I = (v: number | bigint): PyObject => newInt(v);
export const S = (v: string): PyObject => newStr(v);

/** o.name(*args) */
export function meth(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  const m = getAttr(o, name);
  try {
    return call(m, args);
  } finally {
    decref(m);
  }
}

export function methKw(o: PyObject, name: string, args: PyObject[], kwnames: string[]): PyObject {
  const m = getAttr(o, name);
  try {
    return call(m, args, kwnames);
  } finally {
    decref(m);
  }
}

export const r = (o: PyObject): string => reprText(o);
export const num = (o: PyObject): number => Number((o as PyInt).value);

/** Run f and return "ExcType: message" if it raises a Python exception. */
export function pyError(f: () => unknown): string | null {
  try {
    f();
    return null;
  } catch (e) {
    if (e instanceof PyThrown) {
      const exc = e.exc as unknown as { args: { items: PyObject[] } };
      const items = exc.args.items;
      let msg = '';
      if (items.length === 1) {
        // str(exc): KeyError shows repr(key); others str(arg)
        msg = e.exc.type.name !== 'KeyError' && items[0].type.name === 'str' ? (items[0] as unknown as { value: string }).value : reprText(items[0]);
      } else if (items.length > 1) msg = reprText((e.exc as unknown as { args: PyObject }).args);
      const text = `${e.exc.type.name}: ${msg}`;
      decref(e.exc);
      return text;
    }
    throw e;
  }
}
