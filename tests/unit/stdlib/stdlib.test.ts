/**
 * The simulated standard library against real CPython 3.12: every program in cases/ runs
 * through runProgram and must print exactly what CPython printed (expected.json, produced by
 * gen_expected.py — never edited by hand).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { runProgram, MemoryFileSystem } from '../../../src/interpreter/index';

const here = new URL('.', import.meta.url);
const expected: Record<string, { stdout: string; stderr: string; exitCode: number }> = JSON.parse(
  readFileSync(new URL('expected.json', here), 'utf8'),
);
const cases = readdirSync(new URL('cases/', here)).filter((n) => n.endsWith('.py')).sort();

describe('stdlib modules match CPython 3.12', () => {
  for (const name of cases) {
    it(name, () => {
      const source = readFileSync(new URL(`cases/${name}`, here), 'utf8');
      const r = runProgram({ source, filename: `/work/${name}`, cwd: '/work', fs: new MemoryFileSystem() });
      const want = expected[name];
      expect(want, `expected.json has no entry for ${name}: re-run gen_expected.py`).toBeDefined();
      expect(r.stderr).toBe(want.stderr);
      expect(r.stdout).toBe(want.stdout);
      expect(r.exitCode).toBe(want.exitCode);
    });
  }
});
