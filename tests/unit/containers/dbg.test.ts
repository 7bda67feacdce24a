import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runProgram } from '../../../src/interpreter/index';
it('dbg', () => {
  const r = runProgram({ source: readFileSync('/work/main/tests/golden/lang/range_ops.py', 'utf8'), filename: '/r.py' });
  console.log(r.stderr);
});
