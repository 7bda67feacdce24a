import { it, vi } from 'vitest';
vi.mock('../../../src/interpreter/frontend/parser', async () => {
  const { cpythonParse } = await import('/work/main/tests/unit/memory/cpython-parse');
  return { parse: cpythonParse };
});
import { runPy } from '/work/main/tests/unit/memory/run';
import { readFileSync } from 'node:fs';
it('x', () => {
  const f = process.env.PYFILE!;
  const r = runPy(readFileSync(f, 'utf8'), f);
  console.log(r.stdout + '\n--stderr--\n' + r.stderr);
});
