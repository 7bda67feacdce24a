import { it, expect } from 'vitest';
import { boot, I, S, meth, r, num, pyError } from './helpers';
import { newList } from '../../../src/interpreter/objects/list';
import { newTuple } from '../../../src/interpreter/objects/tuple';
import { getItem, hashOf, binaryOp } from '../../../src/interpreter/objects/abstract';
import { newSlice } from '../../../src/interpreter/objects/slice';
import { None } from '../../../src/interpreter/objects/singletons';
import { hashExact } from '../../../src/interpreter/objects/tuple-type';

it('smoke', () => {
  boot();
  const l = newList([I(1), I(2), I(3)]);
  expect(r(l)).toBe('[1, 2, 3]');
  meth(l, 'append', l);
  expect(r(l)).toBe('[1, 2, 3, [...]]');
  expect(num(meth(l, '__sizeof__'))).toBe(40 + 8 * 8);
  const t = newTuple([I(1), I(2)]);
  expect(r(t)).toBe('(1, 2)');
  expect(hashExact(t)).toBe(-3550055125485641917n);
  expect(r(getItem(l, newSlice(I(1), None, I(2))))).toBe('[2, [1, 2, 3, [...]]]');
  expect(pyError(() => getItem(l, S('x')))).toBe('TypeError: list indices must be integers or slices, not str');
  expect(r(binaryOp(newTuple([I(1)]), I(3), 5))).toBe('(1, 1, 1)');
  expect(pyError(() => binaryOp(newTuple([I(1)]), newList([]), 0))).toBe('TypeError: can only concatenate tuple (not "list") to tuple');
  void hashOf;
});
