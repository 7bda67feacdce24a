import { describe, expect, it } from 'vitest';
import {
  intBitCount,
  intBitLength,
  intDivmod,
  intFloorDiv,
  intFromBytes,
  intLshift,
  intMod,
  intPow,
  intRound,
  intRshift,
  intToBytes,
  intToFloat,
  intTrueDiv,
} from '../../../src/interpreter/objects/text/bigint-ops';
import { hashInt } from '../../../src/interpreter/objects/text/float-ops';
import { bigToHex, compareAll, floatToBits, hexToBig, loadFixture, outcome, report } from './fixtures';

type Case = [string, ...unknown[]];
const cases = loadFixture<Case[]>('int_ops.json');
const I = (h: unknown): bigint => hexToBig(h as string);
const short = (x: unknown): unknown => (typeof x === 'string' && x.length > 60 ? x.slice(0, 60) + '…' : x);

function run(c: Case): { input: unknown; expected: unknown; actual: unknown } {
  const op = c[0];
  const expected = c[c.length - 1];
  const input = c.slice(0, -1).map(short);
  let actual: unknown;
  switch (op) {
    case 'floordiv':
      actual = outcome(() => intFloorDiv(I(c[1]), I(c[2])), bigToHex);
      break;
    case 'mod':
      actual = outcome(() => intMod(I(c[1]), I(c[2])), bigToHex);
      break;
    case 'divmod':
      actual = outcome(() => intDivmod(I(c[1]), I(c[2])).map(bigToHex));
      break;
    case 'truediv':
      actual = outcome(() => intTrueDiv(I(c[1]), I(c[2])), floatToBits);
      break;
    case 'tofloat':
      actual = outcome(() => intToFloat(I(c[1])), floatToBits);
      break;
    case 'bitlen':
      actual = intBitLength(I(c[1]));
      break;
    case 'bitcount':
      actual = intBitCount(I(c[1]));
      break;
    case 'hash':
      actual = bigToHex(hashInt(I(c[1])));
      break;
    case 'round':
      actual = bigToHex(intRound(I(c[1]), c[2] as number));
      break;
    case 'tobytes':
      actual = outcome(() => Array.from(intToBytes(I(c[1]), c[2] as number, c[3] as string, c[4] as boolean)));
      break;
    case 'frombytes':
      actual = outcome(() => intFromBytes(c[1] as number[], c[2] as string, c[3] as boolean), bigToHex);
      break;
    case 'lshift':
      actual = outcome(() => intLshift(I(c[1]), I(c[2])), bigToHex);
      break;
    case 'rshift':
      actual = outcome(() => intRshift(I(c[1]), I(c[2])), bigToHex);
      break;
    case 'pow':
      actual = outcome(() => {
        const r = intPow(I(c[1]), I(c[2]));
        return typeof r === 'bigint' ? bigToHex(r) : floatToBits(r);
      });
      break;
    case 'pow3':
      actual = outcome(() => intPow(I(c[1]), I(c[2]), I(c[3])) as bigint, bigToHex);
      break;
    default:
      throw new Error('unknown op ' + op);
  }
  return { input, expected, actual };
}

describe('int operations (CPython 3.12 fixtures)', () => {
  const ops = [...new Set(cases.map((c) => c[0]))];
  for (const op of ops) {
    it(op, () => {
      const res = compareAll(
        cases.filter((c) => c[0] === op),
        run,
      );
      expect(res.count, report(res)).toBe(0);
    });
  }
});
