/**
 * Shared helpers for the text-library tests. Fixtures are produced by
 * scripts/gen-text-fixtures.py running real CPython 3.12; see that script for the
 * encodings (floats as IEEE bit hex, ints as Python hex(), errors as [type, msg]).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FormatError } from '../../../src/interpreter/objects/text/errors';
import { doubleFromBitsHex, doubleToBitsHex } from '../../../src/interpreter/objects/text/float-bits';

const here = dirname(fileURLToPath(import.meta.url));

export function loadFixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(join(here, '../../fixtures/text', name), 'utf8')) as T;
}

export type Expected = unknown;

export const bitsToFloat = doubleFromBitsHex;
export const floatToBits = doubleToBitsHex;

/** Python hex(v) → bigint. */
export function hexToBig(h: string): bigint {
  return h.startsWith('-') ? -BigInt(h.slice(1)) : BigInt(h);
}

export function bigToHex(v: bigint): string {
  return v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16);
}

/** Decode {"rep": [[piece, count], ...]} or a plain string. */
export function decodeStr(s: string | { rep: [string, number][] }): string {
  if (typeof s === 'string') return s;
  return s.rep.map(([p, n]) => p.repeat(n)).join('');
}

export function isErr(r: unknown): r is [string, string] {
  return Array.isArray(r) && r.length === 2 && typeof r[0] === 'string' && /(Error|Exception)$/.test(r[0]);
}

/** Run `f`, encoding the outcome like the generator does. */
export function outcome<T>(f: () => T, enc: (v: T) => unknown = (v) => v): unknown {
  try {
    return enc(f());
  } catch (e) {
    if (e instanceof FormatError) return [e.pyType, e.message];
    if (e instanceof PyTestError) return [e.pyType, e.message];
    throw e;
  }
}

/** Errors raised by test-side callbacks (KeyError etc.). */
export class PyTestError extends Error {
  constructor(
    readonly pyType: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Mismatch {
  input: unknown;
  expected: unknown;
  actual: unknown;
}

/** Compare all cases; return mismatches (first `limit` kept) and the count. */
export function compareAll<C>(
  cases: readonly C[],
  run: (c: C) => { input: unknown; expected: unknown; actual: unknown },
  limit = 25,
): { count: number; total: number; samples: Mismatch[] } {
  const samples: Mismatch[] = [];
  let count = 0;
  for (const c of cases) {
    let r: { input: unknown; expected: unknown; actual: unknown };
    try {
      r = run(c);
    } catch (e) {
      r = { input: c, expected: '(no exception)', actual: `threw ${String(e)}` };
    }
    if (JSON.stringify(r.actual) !== JSON.stringify(r.expected)) {
      count++;
      if (samples.length < limit) samples.push(r);
    }
  }
  return { count, total: cases.length, samples };
}

export function report(res: { count: number; total: number; samples: Mismatch[] }): string {
  return `${res.count}/${res.total} mismatches\n` + res.samples.map((m) => JSON.stringify(m)).join('\n');
}
