import { describe, expect, it } from 'vitest';
import {
  intToString,
  parseFloatLiteral,
  parseIntLiteral,
} from '../../../src/interpreter/objects/text/int-text';
import { bigToHex, compareAll, decodeStr, floatToBits, hexToBig, loadFixture, outcome, report } from './fixtures';

describe('int/float text conversions (CPython 3.12 fixtures)', () => {
  it('int(s, base)', () => {
    const cases = loadFixture<[string | { rep: [string, number][] }, number, unknown][]>('parse_int.json');
    const res = compareAll(cases, ([s, base, expected]) => ({
      input: [typeof s === 'string' ? s : JSON.stringify(s), base],
      expected,
      actual: outcome(() => parseIntLiteral(decodeStr(s), base), bigToHex),
    }));
    expect(res.count, report(res)).toBe(0);
  });

  it('str(int), bin/oct/hex', () => {
    const cases = loadFixture<[string, 2 | 8 | 10 | 16, unknown][]>('int_str.json');
    const res = compareAll(cases, ([v, base, expected]) => ({
      input: [v.slice(0, 60), base],
      expected,
      actual: outcome(() => intToString(hexToBig(v), base, base !== 10)),
    }));
    expect(res.count, report(res)).toBe(0);
  });

  it('float(s)', () => {
    const cases = loadFixture<[string, unknown][]>('parse_float.json');
    // NaN payload/sign bits (float('-nan')) are not observable in JS: compare NaN-ness.
    const isNanBits = (h: unknown): boolean => typeof h === 'string' && /^[7f]ff[89a-f]/.test(h);
    const res = compareAll(cases, ([s, expected]) => ({
      input: s,
      expected: isNanBits(expected) ? 'nan' : expected,
      actual: outcome(() => parseFloatLiteral(s), (x) => (x !== x ? 'nan' : floatToBits(x))),
    }));
    expect(res.count, report(res)).toBe(0);
  });
});
