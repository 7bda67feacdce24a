/**
 * Golden tests: each scenario mirrors one in gen_golden.py, run against real CPython 3.12 to
 * produce cpython-golden.json (sizes, reprs, hashes, iteration orders). Nothing is hand-typed.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { boot, I, S, meth, methKw, r, pyError } from './helpers';
import { PyObject, decref } from '../../../src/interpreter/objects/object';
import { PyInt } from '../../../src/interpreter/objects/int';
import { newList } from '../../../src/interpreter/objects/list';
import { newTuple } from '../../../src/interpreter/objects/tuple';
import { newSlice } from '../../../src/interpreter/objects/slice';
import { None } from '../../../src/interpreter/objects/singletons';
import * as T from '../../../src/interpreter/objects/core-types';
import { NB } from '../../../src/interpreter/objects/typeobject';
import {
  call, getItem, setItem, delItem, binaryOp, inplaceOp, length, hashOf, contains, richCompare, reprText, getIter, iterNext,
} from '../../../src/interpreter/objects/abstract';
import { newBuiltin } from '../../../src/interpreter/objects/descriptors';
import { hashExact } from '../../../src/interpreter/objects/tuple-type';
import { newFloat } from '../../../src/interpreter/objects/float';
import { newDict, dictSet } from '../../../src/interpreter/objects/dict';
import { newStr } from '../../../src/interpreter/objects/str';

const golden = JSON.parse(readFileSync(join(__dirname, 'cpython-golden.json'), 'utf8')) as Record<string, unknown[]>;

const sz = (o: PyObject): number => Number((meth(o, '__sizeof__') as PyInt).value);
const ints = (xs: (number | bigint)[]): PyObject => newList(xs.map((x) => I(x)));
const range = (...a: number[]): PyObject => call(T.rangeType, a.map((x) => I(x)));
const list = (o: PyObject): PyObject => call(T.listType, [o]);
const set = (o: PyObject): PyObject => call(T.setType, [o]);
const frozenset = (o: PyObject): PyObject => call(T.frozensetType, [o]);
const filterNone = (o: PyObject): PyObject => call(T.filterType, [None, o]);
const sl = (a: number | null, b: number | null, c: number | null = null): PyObject =>
  newSlice(a === null ? None : I(a), b === null ? None : I(b), c === null ? None : I(c));
const tup = (...xs: PyObject[]): PyObject => newTuple(xs);
const first = newBuiltinLazy();
function newBuiltinLazy() {
  let b: PyObject | null = null;
  return () => (b ??= newBuiltin('first', (_s, args) => getItem(args[0], I(0))));
}
function sorted(o: PyObject, key: PyObject | null, reverse: boolean): PyObject {
  const l = list(o);
  const kw: string[] = [];
  const args: PyObject[] = [];
  if (key) {
    args.push(key);
    kw.push('key');
  }
  if (reverse) {
    args.push(I(1));
    kw.push('reverse');
  }
  decref(methKw(l, 'sort', args, kw));
  return l;
}

const scenarios: Record<string, () => unknown[]> = {
  list_append_sizes: () => {
    const l = newList();
    const out: number[] = [];
    for (let i = 0; i < 200; i++) {
      meth(l, 'append', I(i));
      out.push(sz(l));
    }
    return out;
  },
  list_pop_sizes: () => {
    const l = list(range(100));
    const out: number[] = [];
    while (length(l) > 0) {
      meth(l, 'pop');
      out.push(sz(l));
    }
    return out;
  },
  list_from_range: () => Array.from({ length: 60 }, (_, n) => sz(list(range(n)))),
  list_from_iter: () => Array.from({ length: 60 }, (_, n) => sz(list(filterNone(range(1, n + 1))))),
  list_repeat: () => [
    ...Array.from({ length: 40 }, (_, n) => sz(binaryOp(ints([0]), I(n), NB.MULTIPLY))),
    ...Array.from({ length: 10 }, (_, n) => sz(binaryOp(ints([1, 2, 3]), I(n), NB.MULTIPLY))),
  ],
  list_extend_list: () => {
    const l = newList();
    const out: number[] = [];
    for (let i = 0; i < 40; i++) {
      meth(l, 'extend', ints([i, i, i]));
      out.push(sz(l));
    }
    return out;
  },
  list_extend_iter: () => {
    const l = ints([1, 2, 3]);
    const out: number[] = [];
    for (let i = 0; i < 30; i++) {
      meth(l, 'extend', filterNone(range(1, i + 2)));
      out.push(sz(l));
    }
    return out;
  },
  list_insert: () => {
    const l = newList();
    const out: unknown[] = [];
    for (let i = 0; i < 60; i++) {
      meth(l, 'insert', I(0), I(i));
      out.push(sz(l));
    }
    out.push(r(getItem(l, sl(null, 10))));
    return out;
  },
  list_slice_assign: () => {
    const l = list(range(50));
    const out: unknown[] = [];
    const rec = () => out.push(sz(l), r(l));
    setItem(l, sl(10, 40), binaryOp(ints([0]), I(5), NB.MULTIPLY));
    rec();
    setItem(l, sl(0, 0), binaryOp(ints([1]), I(100), NB.MULTIPLY));
    rec();
    delItem(l, sl(null, null, 2));
    rec();
    setItem(l, sl(5, 10), newList());
    rec();
    setItem(l, sl(null, null, 3), range(length(getItem(l, sl(null, null, 3)))));
    rec();
    delItem(l, sl(1, null));
    rec();
    setItem(l, sl(null, null), tup());
    rec();
    setItem(l, sl(3, null), ints([7, 8]));
    rec();
    setItem(l, sl(null, null, -1), l);
    rec();
    delItem(l, sl(null, null));
    rec();
    return out;
  },
  list_imul: () => {
    const l = ints([1, 2, 3]);
    const out: number[] = [];
    for (const n of [5, 2, 1, 3, 0, 4]) {
      inplaceOp(l, I(n), NB.MULTIPLY);
      out.push(sz(l), length(l));
    }
    return out;
  },
  list_null_vs_zero: () => {
    const a = ints([1]);
    meth(a, 'pop');
    meth(a, 'extend', ints([1, 2, 3]));
    const b = ints([1]);
    delItem(b, I(0));
    meth(b, 'extend', ints([1, 2, 3]));
    const c = newList();
    meth(c, 'extend', range(5));
    const d = ints([1]);
    meth(d, 'pop');
    meth(d, 'extend', range(5));
    const e = ints([1, 2]);
    meth(e, 'clear');
    inplaceOp(e, tup(I(4), I(5), I(6)), NB.ADD);
    return [sz(a), sz(b), sz(c), sz(d), sz(e)];
  },
  list_copies: () => {
    const l = list(range(30));
    return [
      sz(getItem(l, sl(null, null, 3))), sz(getItem(l, sl(null, null))), sz(meth(l, 'copy')), sz(getItem(l, sl(5, 9))),
      sz(binaryOp(l, l, NB.ADD)), sz(sorted(l, null, false)), sz(sorted(range(30), null, false)),
      sz(getItem(l, sl(null, null, -1))),
    ];
  },
  list_sort: () => {
    const l = ints([5, 3, 8, 1, 9, 2, 7, 3, 5, 0, -4, 11, 2]);
    const pairs = () => newList([tup(I(1), S('b')), tup(I(0), S('z')), tup(I(1), S('a')), tup(I(0), S('y'))]);
    return [r(sorted(l, null, false)), r(sorted(l, null, true)), r(sorted(pairs(), first(), false)), r(sorted(pairs(), first(), true))];
  },
  set_reprs: () => {
    const inputs = setInputs();
    return [...inputs.map((x) => r(set(x))), ...inputs.slice(0, 3).map((x) => r(frozenset(x)))];
  },
  set_sizes: () => {
    const out: number[] = [];
    for (let n = 0; n < 120; n += 7) out.push(sz(set(range(n))));
    const s = set(newList());
    for (let i = 0; i < 60; i++) {
      meth(s, 'add', I(i * 7));
      out.push(sz(s));
    }
    return out;
  },
  set_ops: () => {
    const a = set(range(0, 40, 3));
    const b = set(range(0, 40, 5));
    const c = set(ints([7, 100, 2n ** 40n, -5]));
    const out: unknown[] = [];
    for (const [x, y] of [[a, b], [b, a], [a, c], [c, a]]) {
      out.push(r(binaryOp(x, y, NB.OR)), r(binaryOp(x, y, NB.AND)), r(binaryOp(x, y, NB.SUBTRACT)), r(binaryOp(x, y, NB.XOR)));
    }
    out.push(
      r(meth(a, 'union', range(50, 60), ints([1000]))), r(meth(a, 'intersection', range(10))),
      r(meth(a, 'difference', range(10), ints([21]))), r(meth(a, 'symmetric_difference', range(5))),
      r(meth(a, 'issubset', range(100))), r(meth(a, 'issuperset', ints([3, 6]))), r(meth(a, 'isdisjoint', b)),
      r(meth(a, 'isdisjoint', set(ints([1000])))), r(richCompare(a, binaryOp(a, b, NB.OR), 0)), r(richCompare(a, set(a), 2)),
      r(richCompare(a, b, 1)),
    );
    const d = set(a);
    inplaceOp(d, b, NB.OR);
    out.push(r(d));
    inplaceOp(d, set(range(0, 40, 2)), NB.AND);
    out.push(r(d));
    inplaceOp(d, set(ints([0, 6])), NB.SUBTRACT);
    out.push(r(d));
    inplaceOp(d, set(ints([1, 2, 6])), NB.XOR);
    out.push(r(d));
    return out;
  },
  set_del_readd: () => {
    const s = set(range(10));
    const out: unknown[] = [];
    for (let i = 0; i < 10; i += 2) meth(s, 'remove', I(i));
    out.push(r(s));
    for (let i = 100; i < 140; i += 3) meth(s, 'add', I(i));
    out.push(r(s), sz(s));
    meth(s, 'discard', I(101));
    meth(s, 'discard', I(103));
    meth(s, 'add', I(35));
    out.push(r(s));
    meth(s, 'difference_update', range(100, 120));
    out.push(r(s), sz(s));
    return out;
  },
  set_pop: () => {
    const s = set(range(20, 0, -3));
    const out: unknown[] = [0, 1, 2].map(() => Number((meth(s, 'pop') as PyInt).value));
    meth(s, 'add', I(99));
    out.push(Number((meth(s, 'pop') as PyInt).value), r(s));
    return out;
  },
  hashes: () => {
    const f = (x: number) => newFloat(x);
    const ts = [
      tup(), tup(I(1), I(2)), tup(I(1), tup(I(2), I(3))), tup(I(-1)), tup(I(2n ** 64n)), tup(f(1.5), I(2)),
      tup(I(2n ** 61n - 1n), I(-(2n ** 61n))), tup(tup(), tup(tup())), tup(f(0.1), f(-2.5e-8), f(1e300)),
    ];
    const fs = [
      frozenset(newList()), frozenset(ints([1, 2, 3])), frozenset(range(50)), frozenset(newList([tup(I(1), I(2)), I(5)])),
      frozenset(newList([frozenset(ints([1]))])),
    ];
    return [
      ...ts.map((t) => hashExact(t).toString()), ...fs.map((x) => hashExact(x).toString()),
      hashExact(range(10)).toString(), hashExact(range(3, 50, 4)).toString(),
    ];
  },
  dict_sizes: () => {
    const d = newDict();
    const out: number[] = [];
    for (let i = 0; i < 50; i++) {
      dictSet(d, I(i), I(i));
      out.push(sz(d));
    }
    const fromkeys = (x: PyObject) => meth(T.dictType, 'fromkeys', x);
    const kwdict = call(T.dictType, [I(1), I(2)], ['a', 'b']);
    out.push(sz(meth(d, 'copy')), sz(call(T.dictType, [d])), sz(fromkeys(range(20))), sz(fromkeys(d)), sz(kwdict),
      sz(call(T.dictType, [newList([tup(I(1), I(2))])])));
    const e = call(T.dictType, [d]);
    for (let i = 0; i < 40; i++) delItem(e, I(i));
    const splat = newDict();
    meth(splat, 'update', e);
    out.push(sz(e), sz(meth(e, 'copy')), sz(splat));
    const u = newDict();
    meth(u, 'update', d);
    out.push(sz(u));
    return out;
  },
  dict_misc: () => {
    const d = meth(T.dictType, 'fromkeys', S('abc'), I(0));
    setItem(d, S('z'), I(5));
    const out: unknown[] = [r(d), r(meth(d, 'popitem')), r(d)];
    setItem(d, S('q'), I(1));
    out.push(r(list(call(T.reversedType, [d]))), r(meth(d, 'keys')), r(meth(d, 'items')));
    const strs = (...xs: string[]) => set(newList(xs.map((x) => newStr(x))));
    out.push(r(richCompare(binaryOp(meth(d, 'keys'), strs('a', 'q', 'x'), NB.AND), strs('a', 'q'), 2)));
    out.push(r(sorted(binaryOp(meth(d, 'keys'), strs('x'), NB.OR), null, false)));
    const a9 = newDict();
    dictSet(a9, S('a'), I(9));
    out.push(r(binaryOp(d, a9, NB.OR)));
    const x1 = newDict();
    dictSet(x1, I(1), I(2));
    const x2 = newDict();
    dictSet(x2, I(1), I(2));
    out.push(r(richCompare(x1, x2, 2)));
    return out;
  },
  ranges: () => {
    const rg = range(3, 50, 4);
    return [
      r(rg), length(rg), Number((getItem(rg, I(5)) as PyInt).value), r(getItem(rg, sl(2, 9, 2))), r(getItem(rg, sl(null, null, -1))),
      contains(rg, I(23)), contains(rg, I(24)), Number((meth(rg, 'index', I(23)) as PyInt).value),
      Number((meth(rg, 'count', I(7)) as PyInt).value), r(list(call(T.reversedType, [range(5)]))), r(getItem(range(10), sl(-3, null))),
      r(range(0, -10, -3)), length(range(0, -10, -3)), r(list(range(0, -10, -3))),
    ];
  },
  errors: () => errorScenarios(),
  dict_geometry: () => {
    const out: number[] = [];
    for (let n = 0; n < 8; n++) {
      const d = newDict();
      for (let i = 0; i < n; i++) dictSet(d, newStr(String(i).repeat(3)), I(i));
      const a = sz(d);
      setItem(d, I(1), I(1));
      out.push(a, sz(d));
    }
    for (const n of [5, 6, 10, 11, 21, 22, 42, 43]) {
      const d = meth(T.dictType, 'fromkeys', range(n));
      out.push(sz(d), sz(meth(T.dictType, 'fromkeys', d)), sz(meth(T.dictType, 'fromkeys', set(range(n)))), sz(meth(d, 'copy')), sz(call(T.dictType, [d])));
    }
    return out;
  },
  slices: () => [
    r(sl(1, 2)), r(call(T.sliceType, [I(5)])), r(meth(sl(null, 10, 2), 'indices', I(5))), r(meth(sl(-3, null), 'indices', I(10))),
    r(meth(sl(10, -20, -3), 'indices', I(7))), r(getItem(list(range(10)), sl(-3, null, -2))),
  ],
};

function drain(it: PyObject, body: () => void): void {
  for (;;) {
    const x = iterNext(it);
    if (x === null) return;
    body();
  }
}

function errorScenarios(): (string | null)[] {
  const zip = (strict: boolean, ...xs: PyObject[]) => list(call(T.zipType, strict ? [...xs, I(1)] : xs, strict ? ['strict'] : null));
  return [
    () => meth(newList(), 'pop'), () => meth(ints([1]), 'pop', I(5)), () => getItem(ints([1]), I(5)), () => setItem(ints([1]), I(5), I(0)),
    () => getItem(ints([1]), S('a')), () => setItem(ints([1, 2, 3]), sl(null, null, 2), ints([1])), () => meth(ints([1]), 'remove', I(2)),
    () => meth(ints([1]), 'index', I(2)), () => meth(tup(I(1)), 'index', I(2)), () => getItem(tup(I(1)), I(3)),
    () => binaryOp(ints([1]), tup(I(1)), NB.ADD), () => binaryOp(ints([1]), newFloat(1.5), NB.MULTIPLY),
    () => getItem(newDict(), S('k')), () => meth(newDict(), 'popitem'), () => meth(newDict(), 'pop', I(1)),
    () => call(T.dictType, [ints([1])]), () => call(T.dictType, [newList([tup(I(1), I(2), I(3))])]),
    () => meth(set(newList()), 'pop'), () => meth(set(newList()), 'remove', I(1)),
    () => {
      const d = newDict();
      dictSet(d, I(1), I(2));
      return getItem(d, newList());
    },
    () => range(1, 2, 0), () => getItem(range(5), I(10)), () => call(T.rangeType, [newFloat(1.5)]),
    () => meth(sl(1, 2, 0), 'indices', I(5)), () => getItem(ints([1, 2]), sl(null, null, 0)),
    () => zip(true, ints([1]), ints([1, 2])), () => zip(true, ints([1, 2]), ints([1]), ints([1, 2])),
    () => zip(true, ints([1, 2]), ints([1, 2]), ints([1])), () => sorted(newList([I(1), S('a')]), null, false),
    () => {
      const d = newDict();
      dictSet(d, I(1), I(1));
      drain(getIter(d), () => setItem(d, I(2), I(2)));
    },
    () => {
      const d = newDict();
      dictSet(d, I(1), I(1));
      drain(getIter(d), () => {
        delItem(d, I(1));
        setItem(d, I(2), I(2));
      });
    },
    () => {
      const s = set(ints([1]));
      drain(getIter(s), () => meth(s, 'add', I(2)));
    },
    () => call(T.reversedType, [I(5)]), () => call(T.mapType, [None]), () => list(I(1)), () => meth(newList(), 'sort', I(1)),
    () => meth(newList(), 'append'), () => binaryOp(tup(I(1)), ints([1]), NB.ADD), () => set(newList([ints([1])])),
    () => meth(tup(), 'index', I(1), S('a')),
  ].map((f) => pyError(f));
}

function setInputs(): PyObject[] {
  const f = (x: number) => newFloat(x);
  return [
    ints([10, 3, 7, 100, 2n ** 40n]),
    list(range(20, 0, -3)),
    ints([-1, -2, -3, 8, 16, 24, 32]),
    ints([2n ** 61n - 1n, 2n ** 61n, 2n ** 62n, -(2n ** 61n), 5, 2n ** 53n + 1n]),
    list(range(0, 200, 9)),
    ints([1000, 2000, 4096, 8192, 33, 65, 97, 129, 161]),
    newList([tup(I(1), I(2)), tup(I(2), I(1)), tup(I(0)), tup(), tup(I(3), I(4), I(5))]),
    newList([f(1.5), f(2.25), f(-0.5), f(3.0), f(1e20)]),
    newList([frozenset(ints([1, 2])), frozenset(newList()), frozenset(ints([3]))]),
    list(range(100, 0, -1)),
  ];
}

describe('containers match CPython 3.12 (goldens from gen_golden.py)', () => {
  beforeAll(() => boot());
  for (const name of Object.keys(golden)) {
    it(name, () => {
      const f = scenarios[name];
      expect(f, `scenario ${name} not implemented`).toBeDefined();
      expect(f()).toEqual(golden[name]);
    });
  }
  void reprText;
  void getIter;
  void iterNext;
});
