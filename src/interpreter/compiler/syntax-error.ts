/**
 * The SyntaxError the symbol table and the code generator raise: the front end's
 * `PySyntaxError` (src/interpreter/frontend/errors.ts), located like CPython's compiler errors:
 * `offset` / `end_offset` are 1-based columns (col_offset + 1), `text` is the offending source
 * line when the caller supplied the source text of a file.
 */
import type { Pos } from '../frontend/ast';
import { PySyntaxError } from '../frontend/errors';

export { PySyntaxError };

/** Build a SyntaxError located at `pos` (a node's span), as CPython's compiler_error does. */
export function syntaxErrorAt(msg: string, filename: string, pos: Pos, source?: string): PySyntaxError {
  // CPython's compiler reads the line back from the file (PyErr_ProgramTextObject): text given
  // to exec() or typed at the REPL (<string>, <stdin>) has no file, so no text
  const pseudoFile = filename.startsWith('<') && filename.endsWith('>');
  const text = source === undefined || pseudoFile ? null : (source.split('\n')[pos.lineno - 1] ?? null);
  return new PySyntaxError(
    'SyntaxError', msg, filename,
    pos.lineno, pos.col_offset + 1, pos.end_lineno, pos.end_col_offset + 1,
    text === null ? null : text + '\n',
  );
}
