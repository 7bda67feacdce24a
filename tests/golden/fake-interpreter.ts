/**
 * A scripted stand-in for the interpreter, used by harness.test.ts to exercise the runner:
 * a source containing `HANG` never returns, `THROW` throws a JavaScript error, anything else is
 * echoed back (stdout = source, stderr = cwd, exit code = source length).
 */
import type { RunOptions, RunResult } from '../../src/interpreter/index';

export function runProgram(opts: RunOptions): RunResult {
  if (opts.source.includes('HANG')) for (;;);
  if (opts.source.includes('THROW')) throw new Error('scripted failure');
  return { stdout: opts.source, stderr: opts.cwd ?? '', exitCode: opts.source.length };
}
