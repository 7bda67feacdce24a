import { describe, expect, it } from 'vitest';
import { percentFormat, type PercentArgs, type PercentOps } from '../../../src/interpreter/objects/text/percent-format';
import { floatRepr } from '../../../src/interpreter/objects/text/float-repr';
import { intToString } from '../../../src/interpreter/objects/text/int-text';
import { asciiEscape, strRepr } from '../../../src/interpreter/objects/text/unicode';
import { bitsToFloat, compareAll, hexToBig, loadFixture, outcome, PyTestError, report } from './fixtures';

/** Tagged Python values as written by the generator. */
type Tagged =
  | ['n']
  | ['b', boolean]
  | ['i', string]
  | ['f', string]
  | ['s', string]
  | ['l', Tagged[]]
  | ['t', Tagged[]]
  | ['d', [string, Tagged][]];

const TYPE_NAMES: Record<string, string> = {
  n: 'NoneType',
  b: 'bool',
  i: 'int',
  f: 'float',
  s: 'str',
  l: 'list',
  t: 'tuple',
  d: 'dict',
};

function repr(v: Tagged): string {
  switch (v[0]) {
    case 'n':
      return 'None';
    case 'b':
      return v[1] ? 'True' : 'False';
    case 'i':
      return intToString(hexToBig(v[1]));
    case 'f':
      return floatRepr(bitsToFloat(v[1]));
    case 's':
      return strRepr(v[1]);
    case 'l':
      return '[' + v[1].map(repr).join(', ') + ']';
    case 't':
      return '(' + v[1].map(repr).join(', ') + (v[1].length === 1 ? ',' : '') + ')';
    case 'd':
      return '{' + v[1].map(([k, x]) => strRepr(k) + ': ' + repr(x)).join(', ') + '}';
  }
}

const ops: PercentOps<Tagged> = {
  typeName: (v) => TYPE_NAMES[v[0]]!,
  str: (v) => (v[0] === 's' ? v[1] : repr(v)),
  repr,
  ascii: (v) => asciiEscape(repr(v)),
  asStr: (v) => (v[0] === 's' ? v[1] : null),
  asInt: (v) => (v[0] === 'i' ? hexToBig(v[1]) : v[0] === 'b' ? (v[1] ? 1n : 0n) : null),
  index: (v) => (v[0] === 'i' ? hexToBig(v[1]) : v[0] === 'b' ? (v[1] ? 1n : 0n) : null),
  toInteger: (v) =>
    v[0] === 'i' ? hexToBig(v[1]) : v[0] === 'b' ? (v[1] ? 1n : 0n) : v[0] === 'f' ? bitsToFloat(v[1]) : null,
  toFloat: (v) =>
    v[0] === 'f' ? bitsToFloat(v[1]) : v[0] === 'i' ? hexToBig(v[1]) : v[0] === 'b' ? (v[1] ? 1n : 0n) : null,
};

function decodeArgs(a: { tuple: Tagged[] } | { single: Tagged }): PercentArgs<Tagged> {
  if ('tuple' in a) return { kind: 'tuple', items: a.tuple };
  const v = a.single;
  if (v[0] === 'd') {
    const entries = v[1];
    return {
      kind: 'single',
      value: v,
      getItem: (key) => {
        const hit = entries.find(([k]) => k === key);
        if (!hit) throw new PyTestError('KeyError', strRepr(key));
        return hit[1];
      },
    };
  }
  if (v[0] === 'l') {
    return {
      kind: 'single',
      value: v,
      getItem: () => {
        throw new PyTestError('TypeError', 'list indices must be integers or slices, not str');
      },
    };
  }
  return { kind: 'single', value: v };
}

describe('percentFormat (CPython 3.12 fixtures)', () => {
  it('matches str % args', () => {
    const cases = loadFixture<[string, { tuple: Tagged[] } | { single: Tagged }, unknown][]>('percent.json');
    const res = compareAll(cases, ([fmt, args, expected]) => ({
      input: [fmt, args],
      expected,
      actual: outcome(() => percentFormat(fmt, decodeArgs(args), ops)),
    }));
    expect(res.count, report(res)).toBe(0);
  });
});
