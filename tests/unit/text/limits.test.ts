import { afterEach, describe, expect, it } from 'vitest';
import {
  getIntMaxStrDigits,
  INT_MAX_STR_DIGITS_DEFAULT,
  intToString,
  parseIntLiteral,
  setIntMaxStrDigits,
} from '../../../src/interpreter/objects/text/int-text';
import { outcome } from './fixtures';
import { loadFixture } from './fixtures';

type Case = ['set', number, unknown] | ['str', number, number, unknown] | ['int', number, unknown];

describe('sys.set_int_max_str_digits (CPython 3.12 fixtures)', () => {
  afterEach(() => setIntMaxStrDigits(INT_MAX_STR_DIGITS_DEFAULT));

  it('applies the configured limit in both directions', () => {
    expect(getIntMaxStrDigits()).toBe(INT_MAX_STR_DIGITS_DEFAULT);
    const cases = loadFixture<Case[]>('limits.json');
    const bad: unknown[] = [];
    for (const c of cases) {
      let actual: unknown;
      let expected: unknown;
      if (c[0] === 'set') {
        // CPython keeps the previous value when the new one is rejected.
        expected = c[2];
        actual = outcome(() => setIntMaxStrDigits(c[1]), () => null);
      } else if (c[0] === 'str') {
        const [, k, sign, exp] = c;
        expected = exp;
        const v = BigInt(sign) * 10n ** BigInt(k - 1);
        actual = outcome(() => intToString(v, 10), (s) => (Array.isArray(exp) ? s : s.slice(0, 40)));
      } else {
        expected = c[2];
        actual = outcome(() => parseIntLiteral('7'.repeat(c[1]), 10), () => 'ok');
      }
      if (JSON.stringify(actual) !== JSON.stringify(expected)) bad.push({ c: c.slice(0, 3), expected, actual });
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
