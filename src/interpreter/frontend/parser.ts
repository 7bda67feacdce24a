/**
 * The front end's entry point: `parse(source, filename, mode)`, CPython 3.12's
 * `compile(source, filename, mode, ast.PyCF_ONLY_AST)` plus the compiler's recursion guard.
 *
 * It tokenizes (tokenizer.ts), parses with the two passes of ParserCore over the start rule of
 * the mode (`file`, `interactive`, `eval`), gives a tokenizer error precedence over a syntax
 * error the way CPython does, and finally checks the tree's depth (ast-depth.ts). It returns a
 * `Module` ('exec'), `Interactive` ('single') or `Expression` ('eval'), reports SyntaxWarnings
 * through `onWarning` (in source order, after parsing), and throws `PySyntaxError` or
 * `PyCompileLimitError`.
 *
 * The parser is a chain of classes, one module each: ParserCore (cursor, passes, errors) →
 * ExpressionParser → AtomParser → StringParser → ParameterParser → PatternParser →
 * SimpleStatementParser → StatementParser → Parser (here: the start rules).
 *
 * Not done here, as in CPython: errors its symbol table and compiler raise ('return' outside
 * function, 'break' outside loop, nonlocal at module level, duplicate arguments, starred
 * assignment misuse, …) — the compiler reports those.
 */

import type { Expression, Interactive, Mod, Module, Stmt } from './ast';
import { checkCompileDepth } from './ast-depth';
import { PARSER_STACK_OVERFLOW, PyCompileLimitError, PySyntaxError, type SyntaxWarningInfo } from './errors';
import { ParseFailure } from './parser-core';
import { SourceText } from './source-text';
import { StatementParser } from './statements';
import { tokenize, type ParseMode } from './tokenizer';
import { TokenKind } from './tokens';

export type { ParseMode };

/** Parses `source` as CPython 3.12's `compile(source, filename, mode, ast.PyCF_ONLY_AST)`. */
export function parse(
  source: string,
  filename: string,
  mode: ParseMode,
  onWarning?: (w: SyntaxWarningInfo) => void,
): Mod {
  if (source.includes('\0')) {
    throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', filename, null, null, null, null, null);
  }
  const src = new SourceText(source, mode === 'exec');
  // Tokenizer and parser warnings are collected, then reported in line order (CPython
  // tokenizes lazily, so its warnings interleave with the parser's).
  const pending: SyntaxWarningInfo[] = [];
  const warn = (msg: string, lineno: number) => {
    pending.push({ category: 'SyntaxWarning', msg, filename, lineno });
  };
  const tokenized = tokenize(src, mode, filename, warn);
  const parser = new Parser(src, tokenized, filename, mode, warn);
  let tree: Mod;
  try {
    tree = parser.parseInput();
  } catch (e) {
    // Bracket nesting is capped (200) and chains are loops, so only a JavaScript stack far
    // smaller than usual overflows; report it as CPython reports a too-deep parse.
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new PyCompileLimitError('MemoryError', PARSER_STACK_OVERFLOW);
    }
    throw e;
  } finally {
    if (onWarning !== undefined) {
      pending.sort((a, b) => a.lineno - b.lineno);
      for (const w of pending) onWarning(w);
    }
  }
  checkCompileDepth(tree, tokenized.tokens);
  return tree;
}

class Parser extends StatementParser {
  /** Parses the whole input; the two passes and the tokenizer-error precedence live here. */
  parseInput(): Mod {
    this.level = 31;
    try {
      return this.parseMode();
    } catch (e) {
      if (!(e instanceof ParseFailure)) throw this.preferTokenizerError(e);
    }
    const furthest = this.furthest;
    this.pos = 0;
    this.level = 31;
    this.startDiagnosis();
    let error: PySyntaxError | null = null;
    try {
      this.parseMode();
    } catch (e) {
      if (e instanceof PySyntaxError) error = e;
      else if (!(e instanceof ParseFailure)) throw e;
    }
    if (error === null) {
      error = this.genericError(furthest);
      // "unexpected indent" is final: CPython does not look further for a tokenizer error
      const kind = this.tokens[furthest].kind;
      if (kind === TokenKind.Indent || kind === TokenKind.Dedent) throw error;
    }
    throw this.preferTokenizerError(error);
  }

  /**
   * CPython tokenizes the rest of the file after a syntax error and reports the tokenizer's
   * error instead, if it raised one (see TokenizerError), or an unclosed bracket on an earlier
   * line than the parser's error.
   */
  private preferTokenizerError(e: unknown): unknown {
    const tok = this.tokError;
    if (tok === null || !(e instanceof PySyntaxError) || e === tok.error || !tok.overrides) return e;
    if (tok.unclosedBracketLine !== null && this.tokens[this.furthest].lineno <= tok.unclosedBracketLine) return e;
    return tok.error;
  }

  private parseMode(): Mod {
    switch (this.mode) {
      case 'exec': return this.parseFile();
      case 'eval': return this.parseEval();
      case 'single': return this.parseInteractive();
    }
  }

  // file: [statements] ENDMARKER
  private parseFile(): Module {
    const body = this.parseStatements();
    this.expectKind(TokenKind.EndMarker);
    return { kind: 'Module', body };
  }

  // eval: expressions NEWLINE* ENDMARKER
  // expressions: expression (',' expression)+ [','] | expression ',' | expression
  private parseEval(): Expression {
    const start = this.peek();
    const first = this.parseExpression();
    let body = first;
    if (this.isOp(',')) {
      const elts = [first];
      while (this.acceptOp(',')) {
        if (!this.startsExpression()) break;
        elts.push(this.parseExpression());
      }
      body = this.at({ kind: 'Tuple', elts, ctx: 'Load' }, start, this.last);
    }
    while (this.isKind(TokenKind.Newline)) this.pos++;
    this.expectKind(TokenKind.EndMarker);
    return { kind: 'Expression', body };
  }

  // interactive: statement_newline
  // statement_newline: single_compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER
  private parseInteractive(): Interactive {
    let body: Stmt[];
    const t = this.peek();
    if (t.kind === TokenKind.Newline) {
      this.pos++;
      body = [this.at({ kind: 'Pass' }, t, t)];
    } else if (t.kind === TokenKind.EndMarker) {
      return this.fail();
    } else {
      const compound = this.parseCompoundStatement();
      if (compound !== null) {
        body = [compound];
        this.expectKind(TokenKind.Newline);
      } else {
        body = this.parseSimpleStatements();
      }
    }
    if (this.hasMoreStatements()) this.raiseAtLastToken('multiple statements found while compiling a single statement');
    return { kind: 'Interactive', body };
  }

  /** `bad_single_statement`: anything but blanks and comments after the statement. */
  private hasMoreStatements(): boolean {
    const rest = this.src.text.slice(this.tokens[this.furthest].end);
    return /^(?:[ \t\n\f]|#[^\n]*)*$/.test(rest) === false;
  }
}
