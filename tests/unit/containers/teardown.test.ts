/**
 * Deallocating big containers (objects/object.ts releaseItems/releaseEntries): every item is
 * released exactly once, the memory of the dead ones goes back, and the items still referenced
 * elsewhere keep their other references. (The order is checked against CPython by the golden
 * memory/big_container_teardown.)
 */
import { it, expect, beforeAll } from 'vitest';
import { boot, S } from './helpers';
import { PyObject, decref } from '../../../src/interpreter/objects/object';
import { newList } from '../../../src/interpreter/objects/list';
import { newTuple } from '../../../src/interpreter/objects/tuple';
import { newDict, dictSet, PyDict } from '../../../src/interpreter/objects/dict';
import { newFloat } from '../../../src/interpreter/objects/float';

beforeAll(() => boot());

/** Indices of the objects whose memory was freed (addrCode drops to 0). */
function freed(objs: PyObject[]): number[] {
  return objs.map((o, i) => [o.addrCode, i] as const).filter(([c]) => c === 0).map(([, i]) => i);
}

it('a big list releases each item once, keeping those referenced elsewhere', () => {
  const items = Array.from({ length: 1000 }, (_, i) => newFloat(i + 0.5));
  const kept = items[500];
  kept.rc++;
  const l = newList(items.slice());
  decref(l);
  expect(kept.rc).toBe(1);
  expect(freed(items)).toEqual([...Array(1000).keys()].filter((i) => i !== 500));
  decref(kept);
});

it('nested big containers and dict entries are released completely', () => {
  const strs = Array.from({ length: 300 }, (_, i) => S(`item-${i}-${'x'.repeat(i % 7)}`));
  for (const s of strs) s.rc++; // the tuple's reference (dictSet takes its own)
  const inner = newTuple(strs.slice());
  const d = newDict() as PyDict;
  for (let i = 0; i < strs.length; i++) {
    const v = newList([inner]);
    inner.rc++;
    dictSet(d, strs[i], v);
    decref(v);
  }
  decref(inner); // the dict's lists hold it now
  const outer = newList([d]);
  decref(outer);
  for (const s of strs) expect(s.rc).toBe(1);
  expect(inner.addrCode).toBe(0);
  for (const s of strs) decref(s);
});
