/**
 * Run a Python program through the interpreter for the memory tests. While the interpreter's
 * own parser (src/interpreter/frontend/parser.ts) is missing, test files mock it with
 * cpython-parse.ts (see the vi.mock at the top of each test file).
 */
import { runProgram } from '../../../src/interpreter/index';

export function runPy(source: string, filename = '/work/prog.py'): { stdout: string; stderr: string; exitCode: number } {
  return runProgram({ source, filename, maxInstructions: 1e10 });
}
