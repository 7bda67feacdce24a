/**
 * The interpreter's global state (CPython's PyInterpreterState + PyThreadState, one of each):
 * the builtins and sys modules, loaded modules, the frame being executed, the exception being
 * handled, recursion depth, the instruction budget, and the program's I/O. One program runs at
 * a time; `resetState` prepares a fresh one.
 */
import type { PyObject } from '../objects/object';
import type { PyDict } from '../objects/dict';
import type { Frame } from './frame';
import type { FileSystem } from '../index';

export interface Output {
  write(text: string): void;
}


export const rt = {
  builtins: null as unknown as PyDict,
  /** sys.modules */
  modules: null as unknown as PyDict,
  sysDict: null as unknown as PyDict,
  /** Innermost executing frame. */
  frame: null as Frame | null,
  /** The exception currently being handled (sys.exception()), or null. */
  handled: null as PyObject | null,
  /** Python frames currently active (for RecursionError). */
  depth: 0,
  recursionLimit: 1000,
  /** Instructions executed so far, and the budget (Infinity = none). */
  ticks: 0,
  budget: Infinity,
  /** Simulated nanoseconds spent beyond the ticks: sleeps, clock reads, collections (sim-time.ts). */
  extraNs: 0,
  /** Interpreter shutdown has begun clearing sys.modules (sys.is_finalizing()). */
  finalizing: false,
  /** Set to request a collection at the next eval-breaker check. */
  gcPending: false,
  stdout: { write() {} } as Output,
  stderr: { write() {} } as Output,
  stdin: '',
  /** Whether the simulated stdout is a terminal (line-buffered) or a pipe/file (modules/stdio.ts). */
  stdoutIsTty: false,
  /** interp->builtins_copy: the builtins namespace as start-up left it (restored at shutdown). */
  builtinsCopy: null as PyDict | null,
  /** RunOptions.readStdin: more stdin text once `stdin` is used up (null: end of file). */
  readStdin: null as (() => string | null) | null,
  /** RunOptions.onBreakpoint: what breakpoint() does (null: nothing, as with PYTHONBREAKPOINT=0). */
  breakpointHook: null as (() => void) | null,
  fs: null as unknown as FileSystem,
  cwd: '/',
  /** Directory of the main script (where `import helper` looks). */
  mainDir: '/',
  argv: [] as string[],
  /** 'exec' for a file; 'single' when running REPL input. */
  mode: 'exec' as 'exec' | 'single',
};

/** Thrown (as a JS value, not a Python exception) when the instruction budget is exhausted. */
export class BudgetExceeded {
  constructor(public ticks: number) {}
}
