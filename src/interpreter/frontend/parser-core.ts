/**
 * The parser's machinery: token cursor, the two passes, error positions, depth accounting.
 *
 * Model (CPython's pegen, Parser/pegen.c and pegen_errors.c). A first pass parses with no
 * diagnostics; on failure (`ParseFailure`) a second pass re-parses from the start with
 * `diagnose` set, which enables the checks that stand for the grammar's `invalid_*` rules —
 * the first of them that matches raises its specialised SyntaxError. If none does, the error is
 * the generic "invalid syntax" at the furthest token the first pass examined.
 *
 * CPython locates most errors by tokens: "the last token" is the furthest token ever examined
 * (across both passes: `furthest`), "the next token" is the one at the cursor. The `raise*`
 * helpers mirror its RAISE_* macros so each check can state its position the way the grammar
 * does. `text` follows CPython too: for an earlier line, that line without
 * its newline; for the line the tokenizer is on, its whole buffer (the line with its newline,
 * preceded by the lines of a token that started before it).
 *
 * Depth. `level` emulates the PEG parser's stack (MAXSTACK 6000): deep nesting raises CPython's
 * MemoryError. JavaScript recursion itself stays bounded because bracket nesting is capped at
 * 200 by the tokenizer and right-recursive chains (unary operators, `**`, `not`, lambda and
 * conditional-expression chains) are parsed with loops.
 */

import type { Pos } from './ast';
import { PARSER_STACK_OVERFLOW, PyCompileLimitError, PySyntaxError, type SyntaxErrorType } from './errors';
import type { SourceText } from './source-text';
import type { ParseMode, TokenizerError, TokenizerResult } from './tokenizer';
import { Token, TokenKind } from './tokens';

/** Thrown when the current alternative does not match; carries nothing (the cursor tells). */
export class ParseFailure {}
const FAILURE = new ParseFailure();

/** Anything with a start and end position: a node or a token. */
export type Located = Pos;

const MAX_STACK = 6000;

export abstract class ParserCore {
  protected pos = 0;
  /** Index of the furthest token examined so far (CPython: p->fill - 1). */
  protected furthest = 0;
  /** Second pass: the `invalid_*` checks are active. */
  protected diagnose = false;
  /** Emulated depth of CPython's parser stack. */
  protected level = 0;

  protected readonly tokens: Token[];
  protected readonly tokError: TokenizerError | null;
  private readonly chunkStart: number[];

  constructor(
    protected readonly src: SourceText,
    tokenized: TokenizerResult,
    protected readonly filename: string,
    protected readonly mode: ParseMode,
    protected readonly warn: (msg: string, lineno: number) => void,
  ) {
    this.tokens = tokenized.tokens;
    this.tokError = tokenized.error;
    this.chunkStart = tokenized.chunkStart;
  }

  // ------------------------------------------------------------------ cursor

  /** The token at the cursor (+k). Reading the token where tokenizing failed raises that error. */
  protected peek(k = 0): Token {
    const i = this.pos + k;
    const lastIndex = this.tokens.length - 1;
    if (i < lastIndex) {
      if (i > this.furthest) this.furthest = i;
      return this.tokens[i];
    }
    this.furthest = lastIndex;
    if (this.tokError !== null) throw this.tokError.error;
    return this.tokens[lastIndex];
  }

  protected next(): Token {
    const t = this.peek();
    this.pos++;
    return t;
  }

  protected fail(): never {
    throw FAILURE;
  }

  protected isOp(value: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === TokenKind.Op && t.value === value;
  }

  protected isKeyword(value: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === TokenKind.Keyword && t.value === value;
  }

  protected isKind(kind: TokenKind, k = 0): boolean {
    return this.peek(k).kind === kind;
  }

  /** A NAME token with this value (soft keywords are names). */
  protected isName(value: string, k = 0): boolean {
    const t = this.peek(k);
    return t.kind === TokenKind.Name && t.value === value;
  }

  protected acceptOp(value: string): Token | null {
    return this.isOp(value) ? this.next() : null;
  }

  protected acceptKeyword(value: string): Token | null {
    return this.isKeyword(value) ? this.next() : null;
  }

  protected expectOp(value: string): Token {
    return this.isOp(value) ? this.next() : this.fail();
  }

  protected expectKeyword(value: string): Token {
    return this.isKeyword(value) ? this.next() : this.fail();
  }

  protected expectKind(kind: TokenKind): Token {
    return this.isKind(kind) ? this.next() : this.fail();
  }

  /** `&&'x'`: a token the grammar insists on, failing with "expected 'x'" at once. */
  protected forceOp(value: string): Token {
    if (this.isOp(value)) return this.next();
    return this.raiseKnownLocation(`expected '${value}'`, this.peek());
  }

  /** The token just consumed. */
  protected get last(): Token {
    return this.tokens[this.pos - 1];
  }

  /**
   * Runs `parse` speculatively: on failure the cursor is restored and null returned. Errors
   * (specialised SyntaxErrors, tokenizer errors) still propagate, as in CPython.
   */
  protected attempt<T>(parse: () => T): T | null {
    const mark = this.pos;
    const level = this.level;
    try {
      return parse();
    } catch (e) {
      this.rewind(e, mark, level);
      return null;
    }
  }

  /** The catch clause of a speculative parse: rethrows real errors, else restores the cursor. */
  protected rewind(e: unknown, mark: number, level: number): void {
    if (e !== FAILURE) throw e;
    this.pos = mark;
    this.level = level;
  }

  /** Like `attempt`, but always rewinds: a lookahead. */
  protected lookahead(parse: () => unknown): boolean {
    const mark = this.pos;
    const ok = this.attempt(parse) !== null;
    this.pos = mark;
    return ok;
  }

  /** Runs `parse` with the `invalid_*` checks off (the grammar's `_without_invalid` rules). */
  protected withoutDiagnosis<T>(parse: () => T): T {
    const saved = this.diagnose;
    this.diagnose = false;
    try {
      return parse();
    } finally {
      this.diagnose = saved;
    }
  }

  // ------------------------------------------------------------------ depth

  /** Accounts `cost` frames of CPython's parser stack; too deep is CPython's MemoryError. */
  protected enter(cost: number): void {
    this.level += cost;
    if (this.level >= MAX_STACK) throw new PyCompileLimitError('MemoryError', PARSER_STACK_OVERFLOW);
  }

  protected leave(cost: number): void {
    this.level -= cost;
  }

  // ------------------------------------------------------------------ nodes

  /** Gives `node` the span from `start` to `end`. */
  protected at<const T extends object>(node: T, start: Located, end: Located): T & Pos {
    const n = node as T & Pos;
    n.lineno = start.lineno;
    n.col_offset = start.col_offset;
    n.end_lineno = end.end_lineno;
    n.end_col_offset = end.end_col_offset;
    return n;
  }

  // ------------------------------------------------------------------ errors

  /** The error line as CPython reports it (see the header comment). */
  protected errorText(lineno: number): string {
    const current = this.tokens[this.furthest].end_lineno;
    if (lineno < current) return this.src.line(lineno);
    // the tokenizer's buffer: the current line, from the line its token began on
    const first = this.chunkStart[current] ?? current;
    const { text, lineStarts } = this.src;
    return text.slice(lineStarts[first - 1], lineStarts[current] ?? text.length);
  }

  protected syntaxError(
    type: SyntaxErrorType, msg: string, lineno: number, offset: number, endLineno: number, endOffset: number,
  ): PySyntaxError {
    return new PySyntaxError(type, msg, this.filename, lineno, offset, endLineno, endOffset, this.errorText(lineno));
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg). */
  protected raiseKnownLocation(msg: string, a: Located, type: SyntaxErrorType = 'SyntaxError'): never {
    throw this.syntaxError(type, msg, a.lineno, a.col_offset + 1, a.end_lineno, a.end_col_offset + 1);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg). */
  protected raiseKnownRange(msg: string, a: Located, b: Located): never {
    throw this.syntaxError('SyntaxError', msg, a.lineno, a.col_offset + 1, b.end_lineno, b.end_col_offset + 1);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from `a` to where the tokenizer stands. */
  protected raiseStartingFrom(msg: string, a: Located): never {
    const t = this.tokens[this.furthest];
    throw this.syntaxError('SyntaxError', msg, a.lineno, a.col_offset + 1, t.end_lineno, t.cursorCol);
  }

  /** RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token examined. */
  protected raiseAtLastToken(msg: string, type: SyntaxErrorType = 'SyntaxError'): never {
    throw this.errorAtToken(msg, this.tokens[this.furthest], type);
  }

  /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: at the token under the cursor. */
  protected raiseOnNextToken(msg: string): never {
    throw this.errorAtToken(msg, this.peek(), 'SyntaxError');
  }

  private errorAtToken(msg: string, t: Token, type: SyntaxErrorType): PySyntaxError {
    const textless = t.col_offset < 0;
    return this.syntaxError(
      type, msg, t.lineno, textless ? t.cursorCol : t.col_offset + 1,
      t.end_lineno, textless ? -1 : t.end_col_offset + 1,
    );
  }

  /** The generic error of a failed parse, at the furthest token of the first pass. */
  protected genericError(furthest: number): PySyntaxError {
    const t = this.tokens[furthest];
    if (t.kind === TokenKind.Indent || t.kind === TokenKind.Dedent) {
      const msg = t.kind === TokenKind.Indent ? 'unexpected indent' : 'unexpected unindent';
      return this.errorAtToken(msg, t, 'IndentationError');
    }
    return this.syntaxError(
      'SyntaxError', 'invalid syntax', t.lineno, t.col_offset + 1, t.end_lineno, t.end_col_offset + 1,
    );
  }
}
