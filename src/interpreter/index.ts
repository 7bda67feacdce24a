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
