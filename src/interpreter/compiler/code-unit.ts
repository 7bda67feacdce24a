/**
 * What the compiler produces: a `CodeUnit`, the heap-independent form of a CPython code object.
 *
 * The VM turns a CodeUnit into a heap `code` object (materialising constants as heap objects,
 * sharing equal constants across all code units of one compilation, as CPython's compiler-wide
 * constant cache does). Keeping the compiler free of heap objects means compiling allocates
 * nothing on the simulated heap, and the compiler can be tested on its own.
 *
 * Local variable layout (`localsplusnames`) is CPython 3.11+'s: first the parameters
 * (positional-only, positional-or-keyword, keyword-only, *args, **kwargs), then other locals,
 * then cell variables that are not parameters, then free variables. `localspluskinds` tells for
 * each slot whether it is a plain local, a cell (possibly also a parameter: LOCAL|CELL) or free.
 */
import type { ConstValue } from '../frontend/ast';

/** A constant of a code unit. Nested code units are constants, as in CPython. */
export type Const =
  | ConstValue
  | { t: 'tuple'; items: Const[] }
  | { t: 'frozenset'; items: Const[] }
  | { t: 'code'; unit: CodeUnit };

export interface CodeUnit {
  /** co_name, e.g. 'f', '<module>', '<lambda>', '<genexpr>', 'C' (class body) */
  name: string;
  /** co_qualname, e.g. 'C.method', 'f.<locals>.g' */
  qualname: string;
  filename: string;
  firstlineno: number;

  argcount: number;        // positional parameters, including positional-only
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;           // CodeFlag bits

  /** Instructions: `op | arg << 8` (see opcodes.ts). */
  code: Uint32Array;
  /** Per instruction 4 numbers: lineno, end_lineno, col_offset, end_col_offset (cols in characters,
   *  0-based; -1 where an instruction has no position). Used for tracebacks and tracemalloc. */
  positions: Int32Array;

  consts: Const[];
  /** Global / attribute / import names used by *_NAME, *_GLOBAL, *_ATTR, IMPORT_* */
  names: string[];
  localsplusnames: string[];
  /** One FastKind bit set per localsplusnames entry. */
  localspluskinds: Uint8Array;
  /** Number of LOCAL (non-cell, non-free) + cell-parameter slots = co_nlocals */
  nlocals: number;
  /** Maximum value-stack depth. */
  stacksize: number;
  /** Maximum block-stack depth (SETUP_FINALLY / SETUP_CLEANUP / BEFORE_WITH nesting). */
  blocksize: number;
}
