/**
 * Behaviour of BaseException and its subclasses (Objects/exceptions.c): construction, args,
 * str/repr, the traceback/cause/context attributes, and the per-class extras that tracebacks
 * and programs read (StopIteration.value, KeyError's str, OSError.errno/strerror, SystemExit.code).
 */
import { PyObject, decref, xdecref } from './object';
import { PyType } from './typeobject';
import { PyBaseException, exceptionTypes, newException, baseExceptionDealloc, baseExceptionTraverse, exceptionTypeList } from './exceptions';
import { newTuple, PyTuple } from './tuple';
import { newStr, PyStr } from './str';
import { None } from './singletons';
import { True, False, newBool } from './int';
import { typeError } from './errors';
import { defineGetSet, defineMethod } from './descriptors';
import { reprText, strText } from './abstract';
import { registerTypeInit } from './bootstrap';
import { typeQualifiedName } from './object-type';

function argsOf(o: PyObject): PyObject[] {
  return (o as PyBaseException).args.items;
}

export function exceptionStr(e: PyObject): string {
  const args = argsOf(e);
  const t = e.type;
  if (t.isSubtypeOf(exceptionTypes['KeyError']) && args.length === 1) return reprText(args[0]);
  if (args.length === 0) return '';
  if (args.length === 1) return strText(args[0]);
  return reprText((e as PyBaseException).args);
}

registerTypeInit(() => {
  const base = exceptionTypes['BaseException'];
  for (const t of exceptionTypeList()) {
    t.dealloc = baseExceptionDealloc;
    t.traverse = baseExceptionTraverse;
  }
  const s = base.slots;
  s.new = (type: PyType, args) => {
    for (const a of args) a.rc++;
    const e = newException(type, args.slice(0, args.length));
    return e;
  };
  s.init = (self, args, kw) => {
    if (kw !== null && kw.length > 0 && self.type.slots.init === s.init) {
      throw typeError(`${self.type.name}() takes no keyword arguments`);
    }
    const e = self as PyBaseException;
    const n = kw === null ? args.length : args.length - kw.length;
    const items = args.slice(0, n);
    for (const a of items) a.rc++;
    const old = e.args;
    e.args = newTuple(items);
    decref(old);
  };
  s.repr = (o) => {
    const args = argsOf(o);
    const name = o.type.name;
    if (args.length === 1) return newStr(`${name}(${reprText(args[0])})`);
    if (args.length === 0) return newStr(`${name}()`);
    return newStr(`${name}${reprText((o as PyBaseException).args)}`);
  };
  s.str = (o) => newStr(exceptionStr(o));

  defineGetSet(base, 'args', (o) => {
    const a = (o as PyBaseException).args;
    a.rc++;
    return a;
  }, (o, v) => {
    if (v === null) throw typeError('args may not be deleted');
    const e = o as PyBaseException;
    const items = v instanceof PyTuple ? v.items.slice() : [v];
    for (const x of items) x.rc++;
    const old = e.args;
    e.args = newTuple(items);
    decref(old);
  });
  const field = (name: string, key: 'traceback' | 'cause' | 'context') =>
    defineGetSet(base, name, (o) => {
      const v = (o as PyBaseException)[key] ?? None;
      v.rc++;
      return v;
    }, (o, v) => {
      const e = o as PyBaseException;
      if (v === null) throw typeError(`${name} may not be deleted`);
      const nv = v === None ? null : v;
      if (nv !== null) nv.rc++;
      const old = e[key];
      e[key] = nv;
      if (key === 'cause') e.suppressContext = true;
      xdecref(old);
    });
  field('__traceback__', 'traceback');
  field('__cause__', 'cause');
  field('__context__', 'context');
  defineGetSet(base, '__suppress_context__', (o) => newBool((o as PyBaseException).suppressContext), (o, v) => {
    (o as PyBaseException).suppressContext = v === True;
  });
  defineMethod(base, 'with_traceback', (self, args) => {
    const e = self as PyBaseException;
    const tb = args[0] === None ? null : args[0];
    if (tb !== null) tb.rc++;
    xdecref(e.traceback);
    e.traceback = tb;
    self.rc++;
    return self;
  });
  defineMethod(base, 'add_note', (self, args) => {
    const note = args[0];
    if (!(note instanceof PyStr)) throw typeError(`note must be a str, not '${note.type.name}'`);
    const e = self as PyBaseException;
    noteHook.add(e, note);
    return None;
  });
  // StopIteration.value / SystemExit.code come from args
  const firstArg = (t: string, attr: string) =>
    defineGetSet(exceptionTypes[t], attr, (o) => {
      const g = o as PyBaseException;
      const stored = g.attrs?.get(attr);
      if (stored !== undefined) {
        stored.rc++;
        return stored;
      }
      const a = argsOf(o);
      const v = a.length === 0 ? None : a.length === 1 || t === 'StopIteration' ? a[0] : (o as PyBaseException).args;
      v.rc++;
      return v;
    }, (o, v) => {
      const g = o as PyBaseException;
      if (v === null) return;
      v.rc++;
      const old = (g.attrs ??= new Map()).get(attr);
      g.attrs.set(attr, v);
      if (old) decref(old);
    });
  firstArg('StopIteration', 'value');
  firstArg('SystemExit', 'code');
  void False;
  void typeQualifiedName;
});

export const noteHook = {
  add: (_e: PyBaseException, _note: PyObject): void => {},
};
