/**
 * Exposing a builtin type's native slots as dunder methods in its dict (CPython's slotdefs +
 * add_operators): `int.__add__`, `object.__init__`, `list.__getitem__` … are wrapper
 * descriptors calling the slot. They make `super().__init__()`, `object.__setattr__(self, …)`,
 * `dict.__getitem__(d, k)` and `dir(int)` work, and tell `fixupSlots` that a class inherits the
 * native slot unchanged.
 */
import { PyObject, decref } from './object';
import { PyType, NB, TypeSlots } from './typeobject';
import { wrapperDescrType } from './core-types';
import { PyMethodDescr, exactArgs } from './descriptors';
import { allocObject } from './alloc';
import { dictSetStr } from './dict';
import { newInt, newBool, True, False } from './int';
import { None, NotImplemented } from './singletons';
import { PyStr } from './str';
import { typeError } from './errors';
import { newStr } from './str';

type Maker = (slots: TypeSlots) => ((self: PyObject, args: PyObject[], kw: string[] | null) => PyObject) | null;

const nbNames: [NB, string, string][] = [
  [NB.ADD, '__add__', '__radd__'],
  [NB.AND, '__and__', '__rand__'],
  [NB.FLOOR_DIVIDE, '__floordiv__', '__rfloordiv__'],
  [NB.LSHIFT, '__lshift__', '__rlshift__'],
  [NB.MULTIPLY, '__mul__', '__rmul__'],
  [NB.REMAINDER, '__mod__', '__rmod__'],
  [NB.OR, '__or__', '__ror__'],
  [NB.POWER, '__pow__', '__rpow__'],
  [NB.RSHIFT, '__rshift__', '__rrshift__'],
  [NB.SUBTRACT, '__sub__', '__rsub__'],
  [NB.TRUE_DIVIDE, '__truediv__', '__rtruediv__'],
  [NB.XOR, '__xor__', '__rxor__'],
  [NB.DIVMOD, '__divmod__', '__rdivmod__'],
];

const cmpNames = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

const table: [string, Maker][] = [
  ['__repr__', (s) => (s.repr ? (o, a, k) => (exactArgs('__repr__', a, k, 0), s.repr!(o)) : null)],
  ['__str__', (s) => (s.str ? (o, a, k) => (exactArgs('__str__', a, k, 0), s.str!(o)) : null)],
  ['__hash__', (s) => (s.hash ? (o, a, k) => (exactArgs('__hash__', a, k, 0), newInt(s.hash!(o))) : null)],
  ['__call__', (s) => (s.call ? (o, a, k) => s.call!(o, a, k) : null)],
  ['__iter__', (s) => (s.iter ? (o, a, k) => (exactArgs('__iter__', a, k, 0), s.iter!(o)) : null)],
  ['__next__', (s) => (s.iternext ? (o, a, k) => (exactArgs('__next__', a, k, 0), nextOrStop(s.iternext!(o))) : null)],
  ['__len__', (s) => (s.len ? (o, a, k) => (exactArgs('__len__', a, k, 0), newInt(s.len!(o))) : null)],
  ['__getitem__', (s) => (s.getitem ? (o, a, k) => (exactArgs('__getitem__', a, k, 1), s.getitem!(o, a[0])) : null)],
  ['__setitem__', (s) => (s.setitem ? (o, a) => (s.setitem!(o, a[0], a[1]), None) : null)],
  ['__delitem__', (s) => (s.setitem ? (o, a) => (s.setitem!(o, a[0], null), None) : null)],
  ['__contains__', (s) => (s.contains ? (o, a) => newBool(s.contains!(o, a[0])) : null)],
  ['__bool__', (s) => (s.bool ? (o) => newBool(s.bool!(o)) : null)],
  ['__neg__', (s) => (s.negative ? (o) => s.negative!(o) : null)],
  ['__pos__', (s) => (s.positive ? (o) => s.positive!(o) : null)],
  ['__invert__', (s) => (s.invert ? (o) => s.invert!(o) : null)],
  ['__abs__', (s) => (s.absolute ? (o) => s.absolute!(o) : null)],
  ['__int__', (s) => (s.int ? (o) => s.int!(o) : null)],
  ['__float__', (s) => (s.float ? (o) => s.float!(o) : null)],
  ['__index__', (s) => (s.index ? (o) => s.index!(o) : null)],
  ['__getattribute__', (s) => (s.getattro ? (o, a) => getattributeWrapper(s, o, a) : null)],
  ['__setattr__', (s) => (s.setattro ? (o, a, k) => (exactArgs('__setattr__', a, k, 2), s.setattro!(o, attrName(a[0]), a[1]), None) : null)],
  ['__delattr__', (s) => (s.setattro ? (o, a) => (s.setattro!(o, attrName(a[0]), null), None) : null)],
  ['__get__', (s) => (s.descrGet ? (o, a) => s.descrGet!(o, a[0] === None ? null : a[0], (a[1] ?? a[0].type) as PyType) : null)],
  ['__set__', (s) => (s.descrSet ? (o, a) => (s.descrSet!(o, a[0], a[1]), None) : null)],
  ['__delete__', (s) => (s.descrSet ? (o, a) => (s.descrSet!(o, a[0], null), None) : null)],
  ['__init__', (s) => (s.init ? (o, a, k) => (s.init!(o, a, k), None) : null)],
  ['__del__', (s) => (s.finalize ? (o) => (s.finalize!(o), None) : null)],
];

for (let op = 0; op < 6; op++) {
  table.push([
    cmpNames[op],
    (s) => (s.richcompare ? (o, a, k) => (exactArgs(cmpNames[op], a, k, 1), s.richcompare!(o, a[0], op)) : null),
  ]);
}
for (const [i, l, r] of nbNames) {
  table.push([l, (s) => (s.nbLeft?.[i] ? (o, a, k) => (exactArgs(l, a, k, 1), s.nbLeft![i]!(o, a[0])) : null)]);
  // a sequence's + is sq_concat, which has no reflected wrapper (str, list, tuple, bytes have
  // no __radd__), while its * (sq_repeat) does get __rmul__
  const seqConcat = (s: TypeSlots) => i === NB.ADD && s.len !== undefined && s.getitem !== undefined;
  table.push([r, (s) => (s.nbRight?.[i] && !seqConcat(s) ? (o, a, k) => (exactArgs(r, a, k, 1), s.nbRight![i]!(a[0], o)) : null)]);
}

function attrName(o: PyObject): string {
  if (!(o instanceof PyStr)) throw typeError(`attribute name must be string, not '${o.type.name}'`);
  return o.value;
}

function getattributeWrapper(s: TypeSlots, o: PyObject, a: PyObject[]): PyObject {
  const name = attrName(a[0]);
  const r = s.getattro!(o, name);
  if (r === null) throw noAttrHook.fn(o, name);
  return r;
}

export const noAttrHook = { fn: (_o: PyObject, _n: string): unknown => typeError('no attribute') };
export const stopIterationHook = { fn: (): unknown => typeError('StopIteration') };

function nextOrStop(v: PyObject | null): PyObject {
  if (v === null) throw stopIterationHook.fn();
  return v;
}

/** Add wrapper descriptors for every slot a builtin type defines itself (not inherited). */
export function addSlotWrappers(t: PyType, inherited: TypeSlots | null): void {
  for (const [name, make] of table) {
    if (t.dict.getStr(name) !== null) continue;
    const fn = make(t.slots);
    if (fn === null) continue;
    if (inherited !== null) {
      // inherited unchanged → no own wrapper (CPython adds wrappers only for the type's own slots)
      const baseFn = make(inherited);
      if (baseFn !== null && sameSlot(name, t.slots, inherited)) continue;
    }
    const d = new PyMethodDescr(t, name, fn, false, wrapperDescrType);
    allocObject(d, wrapperDescrType.basicsize);
    dictSetStr(t.dict, name, d);
    decref(d);
  }
  if (t.slots.new && t.dict.getStr('__new__') === null && (inherited === null || inherited.new !== t.slots.new)) {
    newWrapperHook.add(t);
  }
}

function sameSlot(name: string, a: TypeSlots, b: TypeSlots): boolean {
  const map: Record<string, keyof TypeSlots> = {
    __repr__: 'repr', __str__: 'str', __hash__: 'hash', __call__: 'call', __iter__: 'iter', __next__: 'iternext',
    __len__: 'len', __getitem__: 'getitem', __setitem__: 'setitem', __delitem__: 'setitem', __contains__: 'contains',
    __bool__: 'bool', __neg__: 'negative', __pos__: 'positive', __invert__: 'invert', __abs__: 'absolute',
    __int__: 'int', __float__: 'float', __index__: 'index', __getattribute__: 'getattro', __setattr__: 'setattro',
    __delattr__: 'setattro', __get__: 'descrGet', __set__: 'descrSet', __delete__: 'descrSet', __init__: 'init',
    __del__: 'finalize',
  };
  const k = map[name];
  if (k !== undefined) return a[k] === b[k];
  const ci = cmpNames.indexOf(name);
  if (ci >= 0) return a.richcompare === b.richcompare;
  for (const [i, l, r] of nbNames) {
    if (name === l) return a.nbLeft?.[i] === b.nbLeft?.[i];
    if (name === r) return a.nbRight?.[i] === b.nbRight?.[i];
  }
  return false;
}

export const newWrapperHook = { add: (_t: PyType): void => {} };

export { True, False, NotImplemented, newStr };
