/** Reference counts and object identity, following CPython's rules (see each test). */
import { describe, it, expect, beforeAll } from 'vitest';
import { boot, I, S, meth, r } from './helpers';
import { PyObject, decref } from '../../../src/interpreter/objects/object';
import { newList } from '../../../src/interpreter/objects/list';
import { newTuple } from '../../../src/interpreter/objects/tuple';
import { newSlice } from '../../../src/interpreter/objects/slice';
import { None } from '../../../src/interpreter/objects/singletons';
import * as T from '../../../src/interpreter/objects/core-types';
import { call, getIter, iterNext, setItem, getAttr } from '../../../src/interpreter/objects/abstract';
import { newDict, dictSet } from '../../../src/interpreter/objects/dict';
import { newStr } from '../../../src/interpreter/objects/str';
import { PyTuple } from '../../../src/interpreter/objects/tuple';

const fresh = (s: string): PyObject => newStr(s + '-not-interned-' + Math.random().toString(36).slice(2));

describe('refcounts', () => {
  beforeAll(() => boot());

  it('list_iterator holds the list and drops it when exhausted (it_seq = NULL)', () => {
    const l = newList([I(1000), I(2000)]);
    const it = getIter(l);
    expect(l.rc).toBe(2);
    decref(iterNext(it)!);
    decref(iterNext(it)!);
    expect(l.rc).toBe(2);
    expect(iterNext(it)).toBeNull();
    expect(l.rc).toBe(1);
    decref(it);
    expect(l.rc).toBe(1);
  });

  it('tuple/set/dict/str-less iterators release their container on dealloc', () => {
    const t = newTuple([I(1)]);
    const s = call(T.setType, [t]);
    const d = newDict();
    for (const c of [t, s, d]) {
      const before = c.rc;
      const it = getIter(c);
      expect(c.rc).toBe(before + 1);
      decref(it);
      expect(c.rc).toBe(before);
    }
  });

  it('containers release their items when they die', () => {
    const a = fresh('a');
    const b = fresh('b');
    const l = newList([a, b]);
    a.rc++;
    b.rc++;
    const t = newTuple([a]);
    a.rc++;
    const s = call(T.setType, [l]);
    const d = newDict();
    dictSet(d, a, b);
    expect([a.rc, b.rc]).toEqual([5, 4]);
    for (const c of [l, t, s, d]) decref(c);
    expect([a.rc, b.rc]).toEqual([1, 1]);
  });

  it('dict.items() iteration recycles the result tuple when only the iterator holds it', () => {
    const d = newDict();
    for (let i = 0; i < 3; i++) dictSet(d, I(i), I(i * 10));
    const items = meth(d, 'items');
    const it = getIter(items);
    const t1 = iterNext(it)! as PyTuple;
    expect(r(t1)).toBe('(0, 0)');
    const addr = t1.addr;
    decref(t1);
    const t2 = iterNext(it)! as PyTuple;
    expect(t2.addr).toBe(addr); // same tuple object, refilled
    expect(r(t2)).toBe('(1, 10)');
    const t3 = iterNext(it)! as PyTuple; // t2 still alive: a new tuple
    expect(t3.addr).not.toBe(addr);
    expect(r(t2)).toBe('(1, 10)');
    decref(t2);
    decref(t3);
    decref(it);
    decref(items);
  });

  it('enumerate and zip recycle their result tuple', () => {
    const e = call(T.enumerateType, [newList([S('x'), S('y')])]);
    const a = iterNext(e)!;
    const addr = a.addr;
    decref(a);
    const b = iterNext(e)!;
    expect(b.addr).toBe(addr);
    expect(r(b)).toBe("(1, 'y')");
    decref(b);
    decref(e);
    const z = call(T.zipType, [newList([I(1), I(2)]), newList([I(3), I(4)])]);
    const z1 = iterNext(z)!;
    const zaddr = z1.addr;
    decref(z1);
    const z2 = iterNext(z)!;
    expect(z2.addr).toBe(zaddr);
    expect(r(z2)).toBe('(2, 4)');
  });

  it('slice free list: a dead slice is reused by the next one', () => {
    const s1 = newSlice(I(1), I(2), None);
    const addr = s1.addr;
    decref(s1);
    const s2 = newSlice(I(3), None, None);
    expect(s2.addr).toBe(addr);
    expect(r(s2)).toBe('slice(3, None, None)');
  });

  it('list free list: PyList_New reuses the last dead exact list (LIFO)', () => {
    const a = newList([I(1)]);
    const b = newList();
    const aa = a.addr;
    const ba = b.addr;
    decref(a);
    decref(b);
    expect(newList().addr).toBe(ba);
    expect(newList([I(5)]).addr).toBe(aa);
  });

  it('tuple free lists: a dead 2-tuple is reused by the next 2-tuple, not by a 3-tuple', () => {
    const t = newTuple([I(1), I(2)]);
    const a = t.addr;
    decref(t);
    expect(newTuple([I(1), I(2), I(3)]).addr).not.toBe(a);
    expect(newTuple([I(4), I(5)]).addr).toBe(a);
  });

  it('tuple(t) returns t itself; frozenset(fs) returns fs; list(l) copies', () => {
    const t = newTuple([I(1)]);
    expect(call(T.tupleType, [t])).toBe(t);
    const fs = call(T.frozensetType, [t]);
    expect(call(T.frozensetType, [fs])).toBe(fs);
    const l = newList([I(1)]);
    expect(call(T.listType, [l])).not.toBe(l);
  });

  it('recursive reprs', () => {
    const l = newList([I(1)]);
    meth(l, 'append', l);
    expect(r(l)).toBe('[1, [...]]');
    const d = newDict();
    setItem(d, S('k'), d);
    expect(r(d)).toBe("{'k': {...}}");
    const s = call(T.setType, [newList([I(1)])]);
    expect(r(s)).toBe('{1}');
    expect(r(call(T.setType, [newList()]))).toBe('set()');
    expect(r(call(T.frozensetType, [newList()]))).toBe('frozenset()');
    expect(r(newTuple([I(1)]))).toBe('(1,)');
  });

  it('list/dict/set have __hash__ = None and in-place dunders', () => {
    for (const t of [T.listType, T.dictType, T.setType]) expect(getAttr(t, '__hash__')).toBe(None);
    const l = newList([I(1)]);
    const res = meth(l, '__iadd__', newTuple([I(2)]));
    expect(res).toBe(l);
    expect(r(l)).toBe('[1, 2]');
  });
});
