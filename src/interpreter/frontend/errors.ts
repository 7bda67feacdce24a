/**
 * Errors and warnings raised by the front end, shaped like CPython's.
 *
 * `PySyntaxError` carries exactly the attributes of a CPython `SyntaxError` (and of its subclasses
 * `IndentationError` and `TabError`, named in `pyType`): `msg`, `filename`, `lineno`, `offset`,
 * `end_lineno`, `end_offset`, `text`. Offsets are 1-based and count characters (code points), as
 * CPython's do; like CPython they can be 0 or -1 when the parser has no end position.
 *
 * `PyCompileLimitError` stands for the two non-SyntaxError exceptions compiling can raise on
 * absurdly nested input: `MemoryError` ("Parser stack overflowed …", from the parser) and
 * `RecursionError` ("maximum recursion depth exceeded during compilation", from the compiler's
 * recursion guard, which `parse` applies to the finished tree so that the compiler may recurse).
 *
 * `SyntaxWarningInfo` is what the parser reports through `onWarning` (CPython prints these as
 * `file:lineno: SyntaxWarning: msg`).
 */

export type SyntaxErrorType = 'SyntaxError' | 'IndentationError' | 'TabError';

export class PySyntaxError extends Error {
  constructor(
    readonly pyType: SyntaxErrorType,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number | null,
    readonly offset: number | null,
    readonly end_lineno: number | null,
    readonly end_offset: number | null,
    readonly text: string | null,
  ) {
    super(lineno === null ? msg : `${msg} (${filename}, line ${lineno})`);
    this.name = pyType;
  }
}

export type CompileLimitType = 'MemoryError' | 'RecursionError';

export class PyCompileLimitError extends Error {
  readonly pyType: CompileLimitType;
  readonly msg: string;

  constructor(pyType: CompileLimitType, msg: string) {
    super(msg);
    this.name = pyType;
    this.pyType = pyType;
    this.msg = msg;
  }
}

export const PARSER_STACK_OVERFLOW = 'Parser stack overflowed - Python source too complex to parse';
export const COMPILE_RECURSION = 'maximum recursion depth exceeded during compilation';

export interface SyntaxWarningInfo {
  category: 'SyntaxWarning';
  msg: string;
  filename: string;
  lineno: number;
}

export type WarningSink = (w: SyntaxWarningInfo) => void;
