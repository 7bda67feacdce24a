import { describe, expect, it } from 'vitest';
import { formatFloat, formatInt, formatStr } from '../../../src/interpreter/objects/text/format-spec';
import { bitsToFloat, compareAll, decodeStr, hexToBig, loadFixture, outcome, report } from './fixtures';

describe('format() with CPython 3.12 fixtures', () => {
  it('float', () => {
    const cases = loadFixture<[string, string, unknown][]>('format_float.json');
    const res = compareAll(cases, ([bits, spec, expected]) => ({
      input: [bitsToFloat(bits), bits, spec],
      expected,
      actual: outcome(() => formatFloat(bitsToFloat(bits), spec)),
    }));
    expect(res.count, report(res)).toBe(0);
  });

  it('int', () => {
    const { int: cases, bool } = loadFixture<{ int: [string, string, unknown][]; bool: [boolean, string, unknown][] }>(
      'format_int.json',
    );
    const res = compareAll(cases, ([v, spec, expected]) => ({
      input: [v.length > 80 ? v.slice(0, 80) + '…' : v, spec],
      expected,
      actual: outcome(() => formatInt(hexToBig(v), spec)),
    }));
    expect(res.count, report(res)).toBe(0);
    const resB = compareAll(bool, ([b, spec, expected]) => ({
      input: [b, spec],
      expected,
      // bool.__format__ with a non-empty spec is int.__format__ with type name 'bool'
      actual: outcome(() => formatInt(b ? 1n : 0n, spec, 'bool')),
    }));
    expect(resB.count, report(resB)).toBe(0);
  });

  it('str', () => {
    const cases = loadFixture<[string, string, unknown][]>('format_str.json');
    const res = compareAll(cases, ([s, spec, expected]) => ({
      input: [s, spec],
      expected,
      actual: outcome(() => formatStr(decodeStr(s), spec)),
    }));
    expect(res.count, report(res)).toBe(0);
  });
});
