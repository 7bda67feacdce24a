/**
 * Absurd nesting and huge inputs (fixtures/frontend/limits.json, from CPython 3.12): the parser
 * must never overflow the JavaScript stack, and must raise what compile() raises —
 * "too many nested parentheses", MemoryError ("Parser stack overflowed …") or RecursionError
 * ("… during compilation") — or nothing.
 */
import { describe, expect, it } from 'vitest';
import { PyCompileLimitError, PySyntaxError } from '../../../src/interpreter/frontend/errors';
import { parse } from '../../../src/interpreter/frontend/parser';
import { type ErrorJson, loadCases } from './fixture-json';

interface LimitCase {
  name: string;
  prefix: string;
  unit: string;
  count: number;
  suffix: string;
  error: ErrorJson | null;
}

function outcome(source: string): ErrorJson | null {
  try {
    parse(source, '<fixture>', 'exec');
    return null;
  } catch (e) {
    if (e instanceof PyCompileLimitError) return { type: e.pyType, msg: e.msg };
    if (e instanceof PySyntaxError) {
      return {
        type: e.pyType, msg: e.msg, lineno: e.lineno, offset: e.offset, end_lineno: e.end_lineno,
        end_offset: e.end_offset, text: e.text,
      };
    }
    throw e;
  }
}

describe('limits match CPython 3.12 without exhausting the stack', () => {
  const { cases } = loadCases<LimitCase>('limits');
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(outcome(c.prefix + c.unit.repeat(c.count) + c.suffix)).toEqual(c.error);
  });
});
