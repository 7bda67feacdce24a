import { it, expect } from 'vitest';
import { boot, I, meth } from './helpers';
import { call, length } from '../../../src/interpreter/objects/abstract';
import * as T from '../../../src/interpreter/objects/core-types';
import { newList, listAppend } from '../../../src/interpreter/objects/list';
import { decref } from '../../../src/interpreter/objects/object';

it('large containers stay fast', () => {
  boot();
  const t0 = Date.now();
  const s = call(T.setType, [call(T.rangeType, [I(200000)])]);
  expect(length(s)).toBe(200000);
  const l = newList();
  for (let i = 0; i < 300000; i++) {
    const v = I(i);
    listAppend(l, v);
    decref(v);
  }
  meth(l, 'sort');
  const d = call(T.dictType, [call(T.zipType, [l, l])]);
  expect(length(d)).toBe(300000);
  decref(s);
  decref(l);
  decref(d);
  expect(Date.now() - t0).toBeLessThan(8000);
});
