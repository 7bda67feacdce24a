/**
 * Memory behaviour of numbers: CPython 3.12's float free list (100 entries, LIFO reuse of freed
 * float objects, so `id(1.5) == id(2.5)` when the first is freed before the second is made and
 * free-list floats make no allocator call), object sizes, and reference counts of builtins.
 */
import { describe, it, expect } from 'vitest';
import { builtins } from './harness';
import { newFloat, resetFloatFreeList, floatFreeListSize, FLOAT_MAXFREELIST } from '../../../src/interpreter/objects/float';
import { newInt } from '../../../src/interpreter/objects/int';
import { newList } from '../../../src/interpreter/objects/list';
import { newComplex } from '../../../src/interpreter/objects/complex';
import { decref, PyObject } from '../../../src/interpreter/objects/object';
import { allocator, setAllocator, Allocator } from '../../../src/interpreter/objects/memory';
import { call, getAttr, reprText } from '../../../src/interpreter/objects/abstract';
import { PyInt } from '../../../src/interpreter/objects/int';

function countingAllocator(): { calls: { malloc: number; free: number }; restore: () => void } {
  const base = allocator;
  const calls = { malloc: 0, free: 0 };
  const a: Allocator = {
    malloc: (n, d) => (calls.malloc++, base.malloc(n, d)),
    realloc: (p, n, d) => base.realloc(p, n, d),
    free: (p, d) => (calls.free++, base.free(p, d)),
  };
  setAllocator(a);
  return { calls, restore: () => setAllocator(base) };
}

describe('float free list', () => {
  it('reuses the last freed float address (LIFO) without calling the allocator', () => {
    resetFloatFreeList();
    const a = newFloat(1.5);
    const addrA = a.addr;
    decref(a);
    expect(floatFreeListSize()).toBe(1);
    const { calls, restore } = countingAllocator();
    const b = newFloat(2.5);
    restore();
    expect(b.addr).toBe(addrA);
    expect(calls.malloc).toBe(0);
    decref(b);
  });
  it('keeps at most 100 freed floats; the 101st goes back to the allocator', () => {
    resetFloatFreeList();
    const fs = Array.from({ length: 101 }, (_, i) => newFloat(i + 0.5));
    const addrs = fs.map((f) => f.addr);
    const { calls, restore } = countingAllocator();
    for (const f of fs) decref(f);
    restore();
    expect(floatFreeListSize()).toBe(FLOAT_MAXFREELIST);
    expect(calls.free).toBe(1);
    // LIFO: the most recently pooled float (the 100th, fs[99]) comes back first
    const again = newFloat(0);
    expect(again.addr).toBe(addrs[99]);
    decref(again);
    resetFloatFreeList();
  });
  it('pops in LIFO order', () => {
    resetFloatFreeList();
    const x = newFloat(1);
    const y = newFloat(2);
    const ax = x.addr;
    const ay = y.addr;
    decref(x);
    decref(y);
    const p = newFloat(3);
    const q = newFloat(4);
    expect(p.addr).toBe(ay);
    expect(q.addr).toBe(ax);
    decref(p);
    decref(q);
  });
});

describe('sizes', () => {
  it('float.__sizeof__ is 24, complex objects are 32 bytes', () => {
    const f = newFloat(1.5);
    const r = call(getAttr(f, '__sizeof__'), []);
    expect(reprText(r)).toBe('24');
    const { calls, restore } = countingAllocator();
    resetFloatFreeList();
    const c = newComplex(1, 2);
    restore();
    expect(calls.malloc).toBe(1);
    decref(c);
  });
});

describe('reference counts', () => {
  const fn = (name: string): PyObject => builtins.getStr(name)!;
  it('sum/min/max/sorted leave item counts unchanged', () => {
    const items = [newInt(1000), newInt(3000), newInt(2000)];
    const before = items.map((o) => o.rc);
    const l = newList(items.map((o) => (o.rc++, o)));
    for (const name of ['sum', 'min', 'max', 'sorted', 'any', 'all']) {
      const r = call(fn(name), [l]);
      decref(r);
    }
    decref(l);
    expect(items.map((o) => o.rc)).toEqual(before);
  });
  it('max returns a new reference to the winning item', () => {
    const big = newInt(10 ** 6);
    const l = newList([newInt(5), (big.rc++, big)]);
    const rc0 = big.rc;
    const r = call(fn('max'), [l]);
    expect(r).toBe(big);
    expect(big.rc).toBe(rc0 + 1);
    decref(r);
    decref(l);
    expect((big as PyInt).rc).toBe(1);
  });
  it('float sum result is fresh and exact (Neumaier)', () => {
    const tenths = newList(Array.from({ length: 10 }, () => newFloat(0.1)));
    const r = call(fn('sum'), [tenths]);
    expect(reprText(r)).toBe('1.0');
    expect(r.rc).toBe(1);
    decref(r);
    decref(tenths);
  });
});

describe('identity of results (CPython returns the same object where it does)', () => {
  const fn = (name: string): PyObject => builtins.getStr(name)!;
  it('int(x), abs(x>=0), round(x), +x and float(f) return the argument itself', () => {
    const big = newInt(10 ** 12);
    const f = newFloat(2.5);
    for (const [name, arg] of [['int', big], ['abs', big], ['round', big], ['float', f]] as const) {
      const r = call(fn(name), [arg]);
      expect(r).toBe(arg);
      decref(r);
    }
    expect(big.rc).toBe(1);
    expect(f.rc).toBe(1);
  });
});
