import { describe, expect, it } from 'vitest';
import { floatRepr, floatStr } from '../../../src/interpreter/objects/text/float-repr';
import { bitsToFloat, compareAll, loadFixture, report } from './fixtures';

const cases = loadFixture<[string, string, string][]>('float_repr.json');

describe('floatRepr (CPython 3.12 fixtures)', () => {
  it(`matches repr() and str() for ${cases.length} floats`, () => {
    const res = compareAll(cases, ([bits, rep, str]) => {
      const x = bitsToFloat(bits);
      return { input: bits, expected: [rep, str], actual: [floatRepr(x), floatStr(x)] };
    });
    expect(res.count, report(res)).toBe(0);
  });
});
