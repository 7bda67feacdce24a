/** Run a Python program through the interpreter for the memory tests. */
import { runProgram } from '../../../src/interpreter/index';

export function runPy(source: string, filename = '/work/prog.py'): { stdout: string; stderr: string; exitCode: number } {
  return runProgram({ source, filename, maxInstructions: 1e10 });
}
