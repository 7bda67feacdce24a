/**
 * Code that stands for C in CPython. Parts of the simulated library are written in Python
 * although CPython implements them in C (itertools, heapq, bisect, operator, collections.deque,
 * datetime …). A C function has no Python frame, so an exception passing through it gets no
 * traceback entry: frames of such code are left out of tracebacks (tracebackHere), as if the
 * call raised directly from the caller's line.
 */
import type { PyCode } from '../objects/code';

/** filename → which functions (by qualified name) are C in CPython; null: the whole file. */
const nativeFiles = new Map<string, readonly string[] | null>();

/** Mark a simulated module's source file (or only the classes/functions named) as C code. */
export function markNativeSource(filename: string, qualnames: readonly string[] | null = null): void {
  nativeFiles.set(filename, qualnames);
}

export function isNativeCode(code: PyCode): boolean {
  if (nativeFiles.size === 0) return false;
  const rule = nativeFiles.get(code.filename);
  if (rule === undefined) return false;
  if (rule === null) return true;
  const q = code.qualname;
  return rule.some((n) => q === n || q.startsWith(n + '.'));
}
