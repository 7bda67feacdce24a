/**
 * A stand-in for the interpreter that runs real CPython 3.12.1 — for checking the golden harness
 * itself: `GOLDEN_INTERPRETER=cpython npx vitest run tests/golden` must report every program as
 * matching (and so every known gap as "now matches"). If it does not, a golden is stale or
 * nondeterministic, or the comparison is wrong. Never used for the real golden run.
 */
import { spawnSync } from 'node:child_process';

import type { RunOptions, RunResult } from '../../src/interpreter/index';

export function runProgram(opts: RunOptions): RunResult {
  const res = spawnSync('python3', [opts.filename.split('/').pop()!, ...(opts.argv ?? [])], {
    cwd: opts.cwd,
    input: opts.stdin ?? '',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', LANG: 'C.UTF-8', PYENV_VERSION: '3.12.1' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (res.error !== undefined) throw res.error;
  return { stdout: res.stdout, stderr: res.stderr, exitCode: res.status ?? -1 };
}
