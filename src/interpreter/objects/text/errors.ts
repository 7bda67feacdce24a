/**
 * FormatError — the single error type thrown by the text/number library.
 *
 * Model: every function in `objects/text/` is independent of the object model.
 * When CPython 3.12 would raise, we throw a `FormatError` whose `pyType` names the
 * Python exception class and whose `message` is CPython's exact message (what
 * `str(exc)` prints). The interpreter converts it into a real Python exception.
 *
 * `MemoryError` is only used where CPython itself gives up for lack of memory
 * (e.g. `1 << 2**62`); its message is empty, as in CPython.
 */
export type FormatErrorType =
  | 'ValueError'
  | 'TypeError'
  | 'OverflowError'
  | 'ZeroDivisionError'
  | 'MemoryError';

export class FormatError extends Error {
  readonly pyType: FormatErrorType;
  /**
   * CPython exception args when they differ from `(message,)`; e.g. the float
   * pow overflow raises `OverflowError(34, 'Numerical result out of range')`.
   */
  readonly pyArgs?: readonly (string | number)[];

  constructor(pyType: FormatErrorType, message: string, pyArgs?: readonly (string | number)[]) {
    super(message);
    this.name = 'FormatError';
    this.pyType = pyType;
    if (pyArgs) this.pyArgs = pyArgs;
  }
}

export const valueError = (msg: string): FormatError => new FormatError('ValueError', msg);
export const typeError = (msg: string): FormatError => new FormatError('TypeError', msg);
export const overflowError = (msg: string): FormatError => new FormatError('OverflowError', msg);
export const zeroDivisionError = (msg: string): FormatError => new FormatError('ZeroDivisionError', msg);
