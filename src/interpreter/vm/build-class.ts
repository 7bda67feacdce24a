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
import { call, getAttrOrNull } from '../objects/abstract';
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
  // __mro_entries__ is not supported: bases must be classes
  const isClass = meta === null || meta instanceof PyType;
  if (meta === null) meta = bases.length > 0 ? bases[0].type : typeType;
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const basesTuple = newTuple(bases.map((b) => (b.rc++, b)));
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
  }
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


