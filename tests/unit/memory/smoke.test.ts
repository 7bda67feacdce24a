import { describe, it, expect, vi } from 'vitest';
vi.mock('../../../src/interpreter/frontend/parser', async () => {
  const { cpythonParse } = await import('./cpython-parse');
  return { parse: cpythonParse };
});
import { runProgram } from '../../../src/interpreter/index';

describe('smoke', () => {
  it('runs', () => {
    const r = runProgram({ source: 'print(1+2)\n', filename: '/t.py' });
    expect(r.stdout).toBe('3\n');
  });
});
