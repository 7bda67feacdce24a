/**
 * Public surface of the interpreter: run a Python program on the simulated CPython 3.12 heap.
 */
export interface FileSystem {
  /** Absolute, normalised POSIX paths. */
  readFile(path: string): Uint8Array | null;
  writeFile(path: string, data: Uint8Array): void;
  exists(path: string): boolean;
  isDir(path: string): boolean;
  listDir(path: string): string[] | null;
  remove(path: string): boolean;
}

export interface RunOptions {
  /** Program text. */
  source: string;
  /** Name shown in tracebacks and `__file__` (absolute path or name). */
  filename: string;
  /** Working directory of the program (absolute). */
  cwd?: string;
  /** `sys.argv[1:]`. */
  argv?: string[];
  /** Virtual file system for `open` and imports; defaults to an empty in-memory one. */
  fs?: FileSystem;
  /** Standard input text. */
  stdin?: string;
  /** Streaming output; if given, text is also still collected in the result. */
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
  /** Stop with an error after this many bytecode instructions. */
  maxInstructions?: number;
  /** Debug (like clox's DEBUG_STRESS_GC): collect at every eval-breaker check after an allocation. */
  gcStress?: boolean;
  /**
   * Inspection mode: keep a registry of live objects by address (for heap/inspect.ts) and
   * return `heapView`, the heap as the program left it (taken before interpreter shutdown).
   * Off by default: normal runs keep no registry.
   */
  inspect?: boolean;
  /**
   * Called when the program has finished (normally or with an uncaught exception), before
   * interpreter shutdown: the heap and `__main__` as the program left them. Giving it turns on
   * the live-object registry of inspection mode (for heap/snapshot.ts), without `heapView`.
   */
  onProgramEnd?: (end: ProgramEnd) => void;
  /**
   * Called by breakpoint() while the program runs (which is otherwise a no-op here, like
   * PYTHONBREAKPOINT=0): the heap at that point; `frame` is the innermost Python frame (the
   * caller of breakpoint()). Turns on the registry like onProgramEnd.
   */
  onBreakpoint?: (at: ProgramEnd & { frame: import('./vm/frame').Frame | null }) => void;
  /**
   * Called by input() when the `stdin` text is used up: more text (a line with its
   * '\n'), or null for end of file. Lets a page ask the learner while the program waits.
   */
  readStdin?: () => string | null;
  /**
   * What the program's stdout is: 'pipe' (the default: a pipe or a file, block-buffered, as when
   * CPython's output is captured) or 'tty' (a terminal: line-buffered). It decides when print()
   * output reaches onStdout and what the pending-output buffer holds (modules/stdio.ts).
   */
  stdio?: 'pipe' | 'tty';
}

export interface ProgramEnd {
  heap: import('./heap/allocator').Heap;
  /** `__main__.__dict__`. */
  main: import('./objects/dict').PyDict;
  /** Live heap objects by id (inspection mode's registry). */
  registry: Map<number, import('./objects/object').PyObject>;
}

export interface RunResult {
  /** With RunOptions.inspect: arenas → pools → blocks and live objects at the program's end. */
  heapView?: import('./heap/inspect').HeapView;
  stdout: string;
  stderr: string;
  exitCode: number;
}

export { runProgram } from './vm/runtime';
export { MemoryFileSystem } from './vm/memory-fs';
export { setHostHeapProbe } from './heap/host-memory';

import { enablePsutil } from './modules/psutil';
import { enableObjgraph } from './modules/objgraph';

/**
 * Make the third-party packages the course's articles use importable: a simulated `psutil` and
 * `objgraph`, as if the learner had pip-installed them. Off by default (the CLI and the golden
 * tests are a bare CPython 3.12, where `import psutil` raises ModuleNotFoundError); the site's
 * playgrounds turn them on.
 */
export function enableCoursePackages(): void {
  enablePsutil();
  enableObjgraph();
}
