/** Every operation must leave the reference counts of the objects it touched as it found them. */
import { it, expect, beforeAll } from 'vitest';
import { boot, I, meth, methKw, pyError } from './helpers';
import { PyObject, decref } from '../../../src/interpreter/objects/object';
import { newList } from '../../../src/interpreter/objects/list';
import { newTuple } from '../../../src/interpreter/objects/tuple';
import { newSlice } from '../../../src/interpreter/objects/slice';
import { newStr } from '../../../src/interpreter/objects/str';
import { None } from '../../../src/interpreter/objects/singletons';
import * as T from '../../../src/interpreter/objects/core-types';
import { NB } from '../../../src/interpreter/objects/typeobject';
import { call, getItem, setItem, delItem, binaryOp, inplaceOp, iterToArray, repr } from '../../../src/interpreter/objects/abstract';

beforeAll(() => boot());

it('no leaks across container operations', () => {
  const keys: PyObject[] = [];
  for (let i = 0; i < 40; i++) keys.push(newStr(`key-${i}-${'x'.repeat(i % 3)}`));
  const base = keys.map((k) => k.rc);
  const pool: PyObject[] = [];
  /** a new reference to drop at the end */
  const o = <X extends PyObject>(x: X): X => (pool.push(x), x);
  const L = () => o(newList(keys.slice(0, 30).map((k) => (k.rc++, k))));
  const sl = (a: number | null, b: number | null, c: number | null = null) =>
    o(newSlice(a === null ? None : I(a), b === null ? None : I(b), c === null ? None : I(c)));
  const m = (x: PyObject, name: string, ...args: PyObject[]) => o(meth(x, name, ...args));
  const arr = (xs: PyObject[]) => o(newList(xs));

  // lists
  const l = L();
  o(getItem(l, sl(2, 20, 3)));
  o(binaryOp(l, l, NB.ADD));
  o(binaryOp(l, I(3), NB.MULTIPLY));
  m(l, 'copy');
  o(repr(l));
  setItem(l, sl(5, 15), L());
  delItem(l, sl(null, null, 4));
  setItem(l, sl(null, null, 2), o(call(T.listType, [o(getItem(l, sl(null, null, 2)))])));
  m(l, 'pop', I(3));
  m(l, 'pop');
  m(l, 'insert', I(4), keys[35]);
  m(l, 'remove', keys[35]);
  o(methKw(l, 'sort', [I(1)], ['reverse']));
  o(inplaceOp(l, L(), NB.ADD));
  o(inplaceOp(l, I(2), NB.MULTIPLY));
  // tuples
  const t = o(call(T.tupleType, [L()]));
  o(getItem(t, sl(1, 9)));
  o(binaryOp(t, t, NB.ADD));
  o(binaryOp(t, I(2), NB.MULTIPLY));
  o(repr(t));
  // sets
  const a = o(call(T.setType, [L()]));
  const b = o(call(T.setType, [arr(keys.slice(20).map((k) => (k.rc++, k)))]));
  for (const op of [NB.OR, NB.AND, NB.SUBTRACT, NB.XOR]) {
    o(binaryOp(a, b, op));
    o(binaryOp(b, a, op));
  }
  m(a, 'union', b, L());
  m(a, 'intersection', L());
  m(a, 'difference', b, L());
  m(a, 'symmetric_difference', L());
  const c = o(call(T.setType, [a]));
  for (const op of [NB.OR, NB.AND, NB.SUBTRACT, NB.XOR]) o(inplaceOp(c, b, op));
  m(c, 'update', L());
  m(c, 'difference_update', b);
  m(c, 'discard', keys[0]);
  m(c, 'pop');
  o(repr(c));
  o(call(T.frozensetType, [c]));
  // dicts
  const d = o(call(T.dictType, [arr(keys.slice(0, 20).map((k) => newTuple([(k.rc++, k), (k.rc++, k)])))]));
  const e = m(d, 'copy');
  o(binaryOp(d, e, NB.OR));
  o(repr(d));
  m(d, 'popitem');
  m(d, 'pop', keys[3]);
  arr(iterToArray(m(d, 'items')));
  arr(iterToArray(m(d, 'values')));
  o(binaryOp(m(d, 'keys'), m(e, 'keys'), NB.AND));
  o(meth(T.dictType, 'fromkeys', L()));
  expect(pyError(() => getItem(d, keys[3]))).toMatch(/^KeyError/);
  // iterators
  arr(iterToArray(o(call(T.enumerateType, [L()]))));
  arr(iterToArray(o(call(T.zipType, [L(), L()]))));
  arr(iterToArray(o(call(T.filterType, [None, L()]))));
  arr(iterToArray(o(call(T.reversedType, [o(call(T.tupleType, [L()]))]))));
  for (let i = pool.length - 1; i >= 0; i--) decref(pool[i]);
  expect(keys.map((k) => k.rc)).toEqual(base);
});
