/**
 * The collector on objects built through the native API (the Python front end is not needed):
 * reference cycles of lists, dicts and tuples, untracking rules, weakrefs, generations and
 * counts, and a million-long chain collected without JavaScript recursion.
 */
import { describe, it, expect, beforeAll, beforeEach } from 'vitest';
import '../../../src/interpreter/objects/all-types';
import '../../../src/interpreter/gc/collector';
import '../../../src/interpreter/gc/clears';
import '../../../src/interpreter/gc/finalizers';
import { bootstrapObjects } from '../../../src/interpreter/objects/bootstrap';
import { decref, PyObject } from '../../../src/interpreter/objects/object';
import { newList, listAppend, PyList } from '../../../src/interpreter/objects/list';
import { newDict, dictSetStr } from '../../../src/interpreter/objects/dict';
import { newTuple } from '../../../src/interpreter/objects/tuple';
import { newInt } from '../../../src/interpreter/objects/int';
import { newStr } from '../../../src/interpreter/objects/str';
import { rt } from '../../../src/interpreter/vm/state';
import {
  collect, resetCollector, gcState, isTracked, getReferents, generationSize, runScheduledGC,
} from '../../../src/interpreter/gc/collector';
import { newRef, refType, PyWeakRef, wrapWeakrefableDeallocs } from '../../../src/interpreter/objects/weakref-type';
import { setType } from '../../../src/interpreter/objects/core-types';
import { newSetOf } from '../../../src/interpreter/objects/set';
import { call } from '../../../src/interpreter/objects/abstract';
import { newBuiltin } from '../../../src/interpreter/objects/descriptors';

let err = '';
beforeAll(() => {
  bootstrapObjects();
  wrapWeakrefableDeallocs();
});
beforeEach(() => {
  err = '';
  rt.stderr = { write: (s: string) => void (err += s) };
  rt.stdout = { write: () => {} };
  resetCollector();
  collect();
});

function selfList(): PyList {
  const l = newList();
  listAppend(l, l);
  return l;
}

describe('cycles', () => {
  it('a list containing itself is 1 object', () => {
    const l = selfList();
    decref(l);
    expect(collect()).toBe(1);
    expect(collect()).toBe(0);
  });
  it('ring of 5 lists, and a reachable ring is kept', () => {
    const ls = [0, 1, 2, 3, 4].map(() => newList());
    for (let i = 0; i < 5; i++) listAppend(ls[i], ls[(i + 1) % 5]);
    const keep = ls[0];
    keep.rc++;
    for (const l of ls) decref(l);
    expect(collect()).toBe(0);
    decref(keep);
    expect(collect()).toBe(5);
  });
  it('cycle through a dict and a tuple', () => {
    const d = newDict();
    const l = newList();
    const t = newTuple([l]);
    l.rc++;
    dictSetStr(d, 'l', t);
    listAppend(l, d);
    decref(t);
    decref(l);
    decref(d);
    expect(collect()).toBe(3);
  });
  it('1,000,000-long chain in a cycle collects without recursion', () => {
    const head = newList();
    let cur = head;
    for (let i = 0; i < 1_000_000; i++) {
      const n = newList();
      listAppend(cur, n);
      decref(n);
      cur = n;
    }
    listAppend(cur, head);
    decref(head);
    expect(collect()).toBe(1_000_001);
  });
});

describe('tracking rules', () => {
  it('dicts start untracked and track on inserting a container', () => {
    const d = newDict();
    expect(isTracked(d)).toBe(false);
    const one = newInt(1);
    dictSetStr(d, 'a', one);
    expect(isTracked(d)).toBe(false);
    const l = newList();
    dictSetStr(d, 'b', l);
    expect(isTracked(d)).toBe(true);
    decref(l);
    decref(one);
    decref(d);
  });
  it('tuples of atoms are untracked by a collection; dicts by a full one', () => {
    const t = newTuple([newInt(1), newStr('x')]);
    expect(isTracked(t)).toBe(true);
    collect(0);
    expect(isTracked(t)).toBe(false);
    decref(t);
  });
  it('get_referents of a list: items in reverse order', () => {
    const a = newInt(1000), b = newInt(2000);
    const l = newList([a, b]);
    expect(getReferents([l])).toEqual([b, a]);
    decref(l);
  });
});

describe('counts and generations', () => {
  it('allocations count in generation 0; a collection resets and bumps gen 1', () => {
    resetCollector();
    const before = gcState.generations[0].count;
    const l = newSetOf(setType, null); // sets have no free list (lists do: no count change)
    expect(gcState.generations[0].count).toBe(before + 1);
    decref(l);
    expect(gcState.generations[0].count).toBe(before);
    collect(0);
    expect(gcState.generations.map((g) => g.count)).toEqual([0, 6, 0]);
  });
  it('threshold0 exceeded schedules a collection at the eval breaker', () => {
    collect();
    rt.gcPending = false;
    const ls: PyObject[] = [];
    for (let i = 0; i < 701; i++) ls.push(newSetOf(setType, null));
    expect(rt.gcPending).toBe(true);
    runScheduledGC();
    expect(gcState.generations[0].count).toBe(0);
    expect(generationSize(1)).toBeGreaterThanOrEqual(701);
    for (const l of ls) decref(l);
  });
});

describe('weakrefs', () => {
  it('a dead set\'s weakref callbacks run newest first; basic ref is shared', () => {
    const s = newSetOf(setType, null);
    const r1 = newRef(refType, s, null);
    const r2 = newRef(refType, s, null);
    expect(r1).toBe(r2);
    const order: string[] = [];
    const cb = (tag: string) => newBuiltin('cb', () => (order.push(tag), newInt(0)));
    const c1 = cb('c1'), c2 = cb('c2');
    const w1 = newRef(refType, s, c1);
    const w2 = newRef(refType, s, c2);
    decref(s);
    expect(order).toEqual(['c2', 'c1']);
    expect((r1 as PyWeakRef).obj).toBe(null);
    const dead = call(r1, []);
    expect(dead.type.name).toBe('NoneType');
    for (const o of [r1, r2, w1, w2, c1, c2]) decref(o);
  });
  it('a weakref to cyclic garbage: callback runs during collection, counted objects', () => {
    const s = newSetOf(setType, null);
    const l = newList();
    listAppend(l, s);
    // set -> list is impossible (lists unhashable): make the cycle through a second list
    listAppend(l, l);
    let called = 0;
    const cbf = newBuiltin('cb', () => (called++, newInt(0)));
    const w = newRef(refType, s, cbf);
    decref(s);
    decref(l);
    expect(collect()).toBe(2); // the list and the set
    expect(called).toBe(1);
    decref(w);
    decref(cbf);
  });
});

describe('DEBUG flags', () => {
  it('DEBUG_STATS | DEBUG_COLLECTABLE messages', () => {
    gcState.debug = 3;
    const l = selfList();
    decref(l);
    collect();
    gcState.debug = 0;
    expect(err).toMatch(/^gc: collecting generation 2\.\.\.\ngc: objects in each generation: \d+ \d+ \d+\ngc: objects in permanent generation: 375\ngc: collectable <list 0x[0-9a-f]+>\ngc: done, 1 unreachable, 0 uncollectable, \d\.\d{4}s elapsed\n$/);
  });
  it('DEBUG_SAVEALL keeps garbage in gc.garbage', () => {
    gcState.debug = 32;
    const l = selfList();
    decref(l);
    expect(collect()).toBe(1);
    gcState.debug = 0;
    expect(gcState.garbage!.items[0]).toBe(l);
  });
});
