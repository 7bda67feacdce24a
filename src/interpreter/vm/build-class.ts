/**
 * The class statement at run time: builtins.__build_class__ (Python/bltinmodule.c). Picks the
 * metaclass, prepares the namespace, runs the class body with that namespace as its locals,
 * calls the metaclass, and fills the `__class__` cell used by zero-argument super().
 */
import { PyObject, decref } from '../objects/object';
import { PyType } from '../objects/typeobject';
import { typeType } from '../objects/core-types';
import { PyFunction } from '../objects/function';
import { PyDict, newDict, dictPop } from '../objects/dict';
import { PyCell } from '../objects/cell';
import { newStr, PyStr } from '../objects/str';
import { newTuple, PyTuple } from '../objects/tuple';
import { None } from '../objects/singletons';
import { typeError } from '../objects/errors';
import { call, getAttrOrNull, setItem } from '../objects/abstract';
import { Frame } from './frame';
import { evalFrame } from './interpreter';

export function buildClass(args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 2) throw typeError('__build_class__: not enough arguments');
  const func = args[0];
  const name = args[1];
  if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
  if (!(name instanceof PyStr)) throw typeError('__build_class__: name is not a string');
  const bases = args.slice(2, npos);
  let meta: PyObject | null = null;
  const kwNames: string[] = [];
  const kwVals: PyObject[] = [];
  for (let i = 0; i < nkw; i++) {
    if (kwnames![i] === 'metaclass') meta = args[npos + i];
    else {
      kwNames.push(kwnames![i]);
      kwVals.push(args[npos + i]);
    }
  }
  // PEP 560: bases that are not classes may stand for others (__mro_entries__)
  const origBases = bases.some((b) => !(b instanceof PyType)) ? newTuple(bases.map((b) => (b.rc++, b))) : null;
  const resolved = origBases === null ? bases : updateBases(origBases);
  const isClass = meta === null || meta instanceof PyType;
  if (meta === null) meta = resolved.length > 0 ? resolved[0].type : typeType;
  if (isClass) meta = calculateMetaclass(meta as PyType, resolved);
  let basesTuple: PyTuple;
  if (resolved === bases) basesTuple = newTuple(bases.map((b) => (b.rc++, b)));
  else {
    basesTuple = newTuple(resolved);
    if (resolved === origBases!.items) for (const b of resolved) b.rc++;
  }
  let ns: PyObject;
  const prepare = getAttrOrNull(meta, '__prepare__');
  try {
    if (prepare !== null) {
      ns = call(prepare, [name, basesTuple, ...kwVals], kwNames.length ? kwNames : null);
    } else ns = newDict();
  } finally {
    if (prepare !== null) decref(prepare);
  }
  try {
    const f = new Frame(func.code, func.globals, func.builtins, ns, func);
    func.rc++;
    ns.rc++;
    if (func.closure !== null) {
      const cells = func.closure.items;
      const start = f.localsplus.length - cells.length;
      for (let i = 0; i < cells.length; i++) {
        cells[i].rc++;
        f.localsplus[start + i] = cells[i];
      }
    }
    let cell: PyObject;
    try {
      cell = evalFrame(f);
    } finally {
      decref(ns);
    }
    if (origBases !== null && resolved !== origBases.items) {
      const key = newStr('__orig_bases__');
      try {
        setItem(ns, key, origBases);
      } finally {
        decref(key);
      }
    }
    const cls = call(meta, [name, basesTuple, ns, ...kwVals], kwNames.length ? kwNames : null);
    if (cell instanceof PyCell) {
      if (cell.ref === null) {
        cls.rc++;
        cell.ref = cls;
      } else if (cell.ref !== cls) {
        decref(cell);
        decref(cls);
        throw typeError(`__class__ set to ${'<class>'} defining '${name.value}' as ${'<class>'}`);
      }
    }
    decref(cell);
    return cls;
  } finally {
    decref(ns);
    decref(basesTuple);
    if (origBases !== null) decref(origBases);
  }
}

/**
 * update_bases: each base that is not a class but has `__mro_entries__` is replaced by the
 * tuple that method returns for the original bases. Returns `orig.items` itself when nothing
 * changed, else a new array of new references.
 */
function updateBases(orig: PyTuple): PyObject[] {
  const items = orig.items;
  let out: PyObject[] | null = null;
  try {
    for (let i = 0; i < items.length; i++) {
      const b = items[i];
      const meth = b instanceof PyType ? null : getAttrOrNull(b, '__mro_entries__');
      if (meth === null) {
        if (out !== null) out.push((b.rc++, b));
        continue;
      }
      let r: PyObject;
      try {
        r = call(meth, [orig]);
      } finally {
        decref(meth);
      }
      if (!(r instanceof PyTuple)) {
        decref(r);
        throw typeError('__mro_entries__ must return a tuple');
      }
      if (out === null) out = items.slice(0, i).map((x) => (x.rc++, x));
      for (const x of r.items) out.push((x.rc++, x));
      decref(r);
    }
  } catch (e) {
    if (out !== null) for (const x of out) decref(x);
    throw e;
  }
  return out ?? items;
}

function calculateMetaclass(meta: PyType, bases: PyObject[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const bt = b.type;
    if (winner.isSubtypeOf(bt)) continue;
    if (bt.isSubtypeOf(winner)) {
      winner = bt;
      continue;
    }
    throw typeError(
      'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases',
    );
  }
  return winner;
}


