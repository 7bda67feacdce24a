import { describe, expect, it } from 'vitest';
import {
  floatAsIntegerRatio,
  floatDivmod,
  floatFloorDiv,
  floatFromHex,
  floatHex,
  floatIsInteger,
  floatMod,
  floatPow,
  floatRound,
  floatRoundToInt,
  floatToInt,
  floatTrueDiv,
  hashFloat,
} from '../../../src/interpreter/objects/text/float-ops';
import { bigToHex, bitsToFloat, compareAll, floatToBits, loadFixture, outcome, report } from './fixtures';

type Case = [string, ...unknown[]];
const cases = loadFixture<Case[]>('float_ops.json');
const F = (h: unknown): number => bitsToFloat(h as string);
// NaN payloads are not observable in JS; CPython's NaN results are canonicalised.
const isNanBits = (h: unknown): boolean => typeof h === 'string' && /^[7f]ff[89a-f]/.test(h) && h.length === 16;
const bits = (x: number): string => (x !== x ? 'nan' : floatToBits(x));
const normExpected = (e: unknown): unknown =>
  isNanBits(e) ? 'nan' : Array.isArray(e) && !(typeof e[0] === 'string' && /Error$/.test(e[0])) ? e.map(normExpected) : e;

/**
 * pow cases may carry a 5th element: the correctly rounded result, present when
 * glibc's pow (hence CPython) is off by one ulp. We compute the correctly rounded
 * value, so for those cases that is what we accept; they are counted separately.
 */
let glibcMisrounded = 0;

function run(c: Case): { input: unknown; expected: unknown; actual: unknown } {
  const op = c[0];
  const hasCr = op === 'pow' && c.length === 5;
  const expected = normExpected(hasCr ? c[4] : c[c.length - 1]);
  if (hasCr) glibcMisrounded++;
  const input = c.slice(0, hasCr ? -2 : -1);
  let actual: unknown;
  switch (op) {
    case 'repr_round0':
      actual = outcome(() => floatRoundToInt(F(c[1])), bigToHex);
      break;
    case 'is_integer':
      actual = floatIsInteger(F(c[1]));
      break;
    case 'ratio':
      actual = outcome(() => floatAsIntegerRatio(F(c[1])).map(bigToHex));
      break;
    case 'hex':
      actual = floatHex(F(c[1]));
      break;
    case 'fromhex':
      actual = outcome(() => floatFromHex(c[1] as string), bits);
      break;
    case 'hash':
      actual = Number.isNaN(F(c[1])) ? null : bigToHex(hashFloat(F(c[1])));
      break;
    case 'int':
      actual = outcome(() => floatToInt(F(c[1])), bigToHex);
      break;
    case 'round':
      actual = outcome(() => floatRound(F(c[1]), c[2] as number), bits);
      break;
    case 'mod':
      actual = outcome(() => floatMod(F(c[1]), F(c[2])), bits);
      break;
    case 'floordiv':
      actual = outcome(() => floatFloorDiv(F(c[1]), F(c[2])), bits);
      break;
    case 'divmod':
      actual = outcome(() => floatDivmod(F(c[1]), F(c[2])).map(bits));
      break;
    case 'truediv':
      actual = outcome(() => floatTrueDiv(F(c[1]), F(c[2])), bits);
      break;
    case 'pow':
      actual = outcome(() => {
        const r = floatPow(F(c[1]), F(c[2]));
        return r === null ? 'complex' : bits(r);
      });
      break;
    default:
      throw new Error('unknown op ' + op);
  }
  return { input: [...input, ...input.slice(1).map((x) => (typeof x === 'string' && x.length === 16 ? F(x) : x))], expected, actual };
}

describe('float operations (CPython 3.12 fixtures)', () => {
  const ops = [...new Set(cases.map((c) => c[0]))];
  for (const op of ops) {
    it(op, () => {
      const sel = cases.filter((c) => c[0] === op);
      const res = compareAll(sel, run);
      expect(res.count, report(res)).toBe(0);
      if (op === 'pow') {
        // Where we differ from CPython at all, it is glibc that misrounds; keep it rare.
        expect(glibcMisrounded).toBeLessThan(sel.length / 200);
      }
    });
  }
});
