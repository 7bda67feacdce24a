/**
 * The parser entry point and statements: CPython 3.12's Grammar/python.gram from `file` down to
 * the compound and simple statements.
 *
 * `parse(source, filename, mode)` tokenizes, parses (two passes, see ParserCore), applies
 * CPython's rule that a tokenizer error found anywhere outranks a syntax error, and finally the
 * compiler's recursion guard (see ast-depth.ts). It returns a `Module`, `Interactive` ('single')
 * or `Expression` ('eval') and throws `PySyntaxError` or `PyCompileLimitError`.
 *
 * Statements that start like expressions (assignments, augmented and annotated assignments,
 * expression statements) are read as an expression first and classified by the token that
 * follows; when that fails, the diagnosing pass replays CPython's `invalid_assignment` rule.
 *
 * Not done here, as in CPython: errors its symbol table and compiler raise ('return' outside
 * function, 'break' outside loop, nonlocal at module level, duplicate arguments, starred
 * assignment misuse, …) — the compiler reports those.
 */

import type {
  Alias, ExceptHandler, Expr, Interactive, Keyword, Mod, Module, Expression, Stmt, MatchCase, WithItem, TypeParam,
} from './ast';
import { checkCompileDepth } from './ast-depth';
import type { SyntaxWarningInfo } from './errors';
import { PARSER_STACK_OVERFLOW, PyCompileLimitError, PySyntaxError } from './errors';
import { ParseFailure } from './parser-core';
import { PatternParser } from './patterns';
import { SourceText } from './source-text';
import { exprName, invalidTarget, setContext } from './targets';
import { tokenize, type ParseMode } from './tokenizer';
import { AUGASSIGN_OPS, Token, TokenKind } from './tokens';
import type { OperatorName } from './ast';

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
  const pending: { offset: number; w: SyntaxWarningInfo }[] = [];
  const warnAt = (offset: number) => (msg: string, lineno: number) => {
    pending.push({ offset, w: { category: 'SyntaxWarning', msg, filename, lineno } });
  };
  const tokenized = tokenize(src, mode, filename, (msg, lineno) => warnAt(src.lineStarts[lineno - 1] ?? 0)(msg, lineno));
  const parser = new Parser(src, tokenized, filename, mode, (msg, lineno) =>
    warnAt(src.lineStarts[lineno - 1] ?? 0)(msg, lineno));
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
      pending.sort((a, b) => a.offset - b.offset);
      for (const { w } of pending) onWarning(w);
    }
  }
  checkCompileDepth(tree, tokenized.tokens);
  return tree;
}

class Parser extends PatternParser {
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
    } else if (this.startsCompoundStatement()) {
      body = this.parseStatement();
      this.expectKind(TokenKind.Newline);
    } else {
      body = this.parseSimpleStatements();
    }
    if (this.hasMoreStatements()) this.raiseAtLastToken('multiple statements found while compiling a single statement');
    return { kind: 'Interactive', body };
  }

  /** `bad_single_statement`: anything but blanks and comments after the statement. */
  private hasMoreStatements(): boolean {
    const rest = this.src.text.slice(this.tokens[this.furthest].end);
    return /^(?:[ \t\n\f]|#[^\n]*)*$/.test(rest) === false;
  }

  // ------------------------------------------------------------------ statement lists

  // statements: statement+
  private parseStatements(): Stmt[] {
    const body: Stmt[] = [];
    for (let t = this.peek(); t.kind !== TokenKind.EndMarker && t.kind !== TokenKind.Dedent && t.kind !== TokenKind.Indent; t = this.peek()) {
      for (const s of this.parseStatement()) body.push(s);
    }
    return body;
  }

  private startsCompoundStatement(): boolean {
    const t = this.peek();
    if (t.kind === TokenKind.Op) return t.value === '@';
    if (t.kind === TokenKind.Name) return t.value === 'match';
    if (t.kind !== TokenKind.Keyword) return false;
    switch (t.value) {
      case 'def': case 'if': case 'class': case 'with': case 'for': case 'try': case 'while':
        return true;
      case 'async':
        return this.isKeyword('def', 1) || this.isKeyword('with', 1) || this.isKeyword('for', 1);
      default:
        return false;
    }
  }

  // statement: compound_stmt | simple_stmts
  // compound_stmt:
  //     | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
  //     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
  //     | &'while' while_stmt | match_stmt
  private parseStatement(): Stmt[] {
    const t = this.peek();
    if (t.kind === TokenKind.Keyword) {
      switch (t.value) {
        case 'def': return [this.parseFunctionDef([], null)];
        case 'if': return [this.parseIf()];
        case 'class': return [this.parseClassDef([])];
        case 'with': return [this.parseWith(null)];
        case 'for': return [this.parseFor(null)];
        case 'try': return [this.parseTry()];
        case 'while': return [this.parseWhile()];
        case 'async': {
          if (this.isKeyword('def', 1)) return [this.parseFunctionDef([], this.next())];
          if (this.isKeyword('with', 1)) return [this.parseWith(this.next())];
          if (this.isKeyword('for', 1)) return [this.parseFor(this.next())];
          break;
        }
      }
    } else if (t.kind === TokenKind.Op && t.value === '@') {
      return [this.parseDecorated()];
    } else if (t.kind === TokenKind.Name && t.value === 'match') {
      // match_stmt, else `match` is an ordinary name
      const match = this.attempt(() => this.parseMatch());
      if (match !== null) return [match];
    }
    return this.parseSimpleStatements();
  }

  // block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
  // (with the `invalid_*_stmt` alternatives "expected an indented block after …")
  private parseBlock(what: string, header: Token): Stmt[] {
    if (!this.isKind(TokenKind.Newline)) return this.parseSimpleStatements();
    this.pos++;
    if (!this.isKind(TokenKind.Indent)) {
      if (this.diagnose) this.raiseAtLastToken(`expected an indented block after ${what} on line ${header.lineno}`, 'IndentationError');
      this.fail();
    }
    this.pos++;
    this.enter(6);
    const body = this.parseStatements();
    if (body.length === 0) this.fail();
    this.expectKind(TokenKind.Dedent);
    this.leave(6);
    return body;
  }

  /** The ':' ending a compound statement header; its absence before NEWLINE is "expected ':'". */
  private expectColon(): void {
    if (this.acceptOp(':')) return;
    if (this.diagnose && this.isKind(TokenKind.Newline)) this.raiseAtLastToken("expected ':'");
    this.fail();
  }

  /** The last token of a statement: CPython ignores trailing NEWLINE/INDENT/DEDENT tokens. */
  private get end(): Token {
    let i = this.pos - 1;
    while (i > 0) {
      const k = this.tokens[i].kind;
      if (k !== TokenKind.Newline && k !== TokenKind.Indent && k !== TokenKind.Dedent && k !== TokenKind.EndMarker) break;
      i--;
    }
    return this.tokens[i];
  }

  // ------------------------------------------------------------------ simple statements

  // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
  private parseSimpleStatements(): Stmt[] {
    const stmts = [this.parseSimpleStatement()];
    while (this.acceptOp(';')) {
      if (this.isKind(TokenKind.Newline)) break;
      stmts.push(this.parseSimpleStatement());
    }
    this.expectKind(TokenKind.Newline);
    return stmts;
  }

  // simple_stmt:
  //     | assignment | &"type" type_alias | e=star_expressions | &'return' return_stmt
  //     | &('import' | 'from') import_stmt | &'raise' raise_stmt | 'pass' | &'del' del_stmt
  //     | &'yield' yield_stmt | &'assert' assert_stmt | 'break' | 'continue'
  //     | &'global' global_stmt | &'nonlocal' nonlocal_stmt
  private parseSimpleStatement(): Stmt {
    const t = this.peek();
    if (t.kind === TokenKind.Keyword) {
      switch (t.value) {
        case 'pass': this.pos++; return this.at({ kind: 'Pass' }, t, t);
        case 'break': this.pos++; return this.at({ kind: 'Break' }, t, t);
        case 'continue': this.pos++; return this.at({ kind: 'Continue' }, t, t);
        case 'return': return this.parseReturn();
        case 'raise': return this.parseRaise();
        case 'global': case 'nonlocal': return this.parseGlobal();
        case 'del': return this.parseDel();
        case 'assert': return this.parseAssert();
        case 'import': return this.parseImport();
        case 'from': return this.parseImportFrom();
      }
    } else if (t.kind === TokenKind.Name && t.value === 'type' && this.isKind(TokenKind.Name, 1)) {
      // &"type" type_alias; when it does not parse, `type` is an ordinary name
      const alias = this.attempt(() => this.parseTypeAlias());
      if (alias !== null) return alias;
    }
    return this.parseExpressionStatement();
  }

  // return_stmt: 'return' [star_expressions]
  private parseReturn(): Stmt {
    const t = this.next();
    const value = this.startsStarExpression() ? this.parseStarExpressions() : null;
    return this.at({ kind: 'Return', value }, t, this.last);
  }

  // raise_stmt: 'raise' expression ['from' expression] | 'raise'
  private parseRaise(): Stmt {
    const t = this.next();
    if (!this.startsExpression()) return this.at({ kind: 'Raise', exc: null, cause: null }, t, t);
    const exc = this.parseExpression();
    const cause = this.acceptKeyword('from') ? this.parseExpression() : null;
    return this.at({ kind: 'Raise', exc, cause }, t, this.last);
  }

  // global_stmt: 'global' ','.NAME+       nonlocal_stmt: 'nonlocal' ','.NAME+
  private parseGlobal(): Stmt {
    const t = this.next();
    const names = [this.expectName().value];
    while (this.acceptOp(',')) names.push(this.expectName().value);
    const kind = t.value === 'global' ? 'Global' : 'Nonlocal';
    return this.at({ kind, names }, t, this.last);
  }

  // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
  // invalid_del_stmt: 'del' a=star_expressions -> "cannot delete …"
  private parseDel(): Stmt {
    const t = this.next();
    const mark = this.pos;
    const targets = this.attempt(() => {
      const list: Expr[] = [];
      do {
        if (list.length > 0 && (this.isOp(';') || this.isKind(TokenKind.Newline))) break;
        list.push(this.parseTarget('del'));
      } while (this.acceptOp(','));
      if (!this.isOp(';') && !this.isKind(TokenKind.Newline)) this.fail();
      return list;
    });
    if (targets !== null) return this.at({ kind: 'Delete', targets }, t, this.last);
    if (this.diagnose) {
      this.pos = mark;
      const a = this.attempt(() => this.parseStarExpressions());
      if (a !== null) this.raiseInvalidTarget('del', a);
    }
    return this.fail();
  }

  // assert_stmt: 'assert' expression [',' expression]
  private parseAssert(): Stmt {
    const t = this.next();
    const test = this.parseExpression();
    const msg = this.acceptOp(',') ? this.parseExpression() : null;
    return this.at({ kind: 'Assert', test, msg }, t, this.last);
  }

  // import_name: 'import' dotted_as_names
  // dotted_as_names: ','.dotted_as_name+
  // invalid_import: a='import' dotted_name 'from' dotted_name
  //     -> "Did you mean to use 'from ... import ...' instead?"
  private parseImport(): Stmt {
    const t = this.next();
    if (this.diagnose) {
      this.once('invalid_import', () => {
        if (this.attempt(() => this.parseDottedName()) !== null && this.acceptKeyword('from')
            && this.attempt(() => this.parseDottedName()) !== null) {
          this.raiseStartingFrom("Did you mean to use 'from ... import ...' instead?", t);
        }
      });
    }
    const names: Alias[] = [];
    do {
      const name = this.parseDottedName();
      const asname = this.acceptKeyword('as') ? this.expectName() : null;
      names.push(this.at({ kind: 'alias', name: name.text, asname: asname?.value ?? null }, name.first, asname ?? name.last));
    } while (this.acceptOp(','));
    return this.at({ kind: 'Import', names }, t, this.last);
  }

  // dotted_name: dotted_name '.' NAME | NAME
  private parseDottedName(): { text: string; first: Token; last: Token } {
    const first = this.expectName();
    let text = first.value;
    let last = first;
    while (this.acceptOp('.')) {
      last = this.expectName();
      text += '.' + last.value;
    }
    return { text, first, last };
  }

  // import_from:
  //     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
  //     | 'from' ('.' | '...')+ 'import' import_from_targets
  // import_from_targets:
  //     | '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
  //     | invalid_import_from_targets
  // import_from_as_name: NAME ['as' NAME]
  private parseImportFrom(): Stmt {
    const t = this.next();
    let level = 0;
    for (;;) {
      if (this.acceptOp('.')) level += 1;
      else if (this.acceptOp('...')) level += 3;
      else break;
    }
    const module = level > 0 && this.isKeyword('import') ? null : this.parseDottedName().text;
    this.expectKeyword('import');
    const names: Alias[] = [];
    const star = this.acceptOp('*');
    if (star !== null) {
      names.push(this.at({ kind: 'alias', name: '*', asname: null }, star, star));
    } else {
      const paren = this.acceptOp('(');
      do {
        if (names.length > 0 && (paren !== null ? this.isOp(')') : !this.isKind(TokenKind.Name))) break;
        const name = this.expectName();
        const asname = this.acceptKeyword('as') ? this.expectName() : null;
        names.push(this.at({ kind: 'alias', name: name.value, asname: asname?.value ?? null }, name, asname ?? name));
      } while (this.acceptOp(','));
      if (paren !== null) {
        this.expectOp(')');
      } else if (this.last.value === ',') {
        // invalid_import_from_targets: import_from_as_names ',' NEWLINE
        if (this.diagnose && this.isKind(TokenKind.Newline)) {
          this.raiseAtLastToken('trailing comma not allowed without surrounding parentheses');
        }
        this.fail();
      }
    }
    return this.at({ kind: 'ImportFrom', module, names, level }, t, this.last);
  }

  // type_alias: "type" NAME [type_params] '=' expression
  private parseTypeAlias(): Stmt {
    const t = this.next();
    const name = this.name(this.next(), 'Store');
    const typeParams = this.isOp('[') ? this.parseTypeParams() : [];
    this.expectOp('=');
    const value = this.parseExpression();
    return this.at({ kind: 'TypeAlias', name, type_params: typeParams, value }, t, this.last);
  }

  // assignment:
  //     | NAME ':' expression ['=' annotated_rhs]
  //     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  //     | (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  //     | single_target augassign ~ (yield_expr | star_expressions)
  //     | invalid_assignment
  // … | star_expressions        (an expression statement)
  private parseExpressionStatement(): Stmt {
    const start = this.peek();
    const mark = this.pos;
    const level = this.level;
    let committed = false;
    try {
      const first = this.parseRightHandSide();
      const t = this.peek();
      if (t.kind !== TokenKind.Op) return this.expressionStatement(start, first, mark, level);
      if (t.value === '=') return this.parseAssignment(start, first);
      if (t.value === ':') {
        if (!this.isSingleTarget(first)) this.fail();
        this.pos++;
        const annotation = this.parseExpression();
        // ['=' annotated_rhs]: an optional part that does not parse is simply absent
        const value = this.isOp('=') ? this.attempt(() => (this.pos++, this.parseRightHandSide())) : null;
        setContext(first, 'Store');
        const simple = first.kind === 'Name' && !this.parenthesized(first, start) ? 1 : 0;
        return this.at({ kind: 'AnnAssign', target: first, annotation, value, simple }, start, this.last);
      }
      const op = AUGASSIGN_OPS.get(t.value);
      if (op === undefined) return this.expressionStatement(start, first, mark, level);
      if (!this.isSingleTarget(first)) this.fail();
      this.pos++;
      committed = true;
      const value = this.parseRightHandSide();
      setContext(first, 'Store');
      return this.at({ kind: 'AugAssign', target: first, op: op as OperatorName, value }, start, this.last);
    } catch (e) {
      if (e instanceof ParseFailure && this.diagnose && !committed) {
        this.pos = mark;
        this.level = level;
        this.checkInvalidAssignment();
      }
      throw e;
    }
  }

  /**
   * `star_expressions` as a statement. CPython only gets there after `assignment` failed, so
   * in the diagnosing pass `invalid_assignment` gets its turn first.
   */
  private expressionStatement(start: Token, value: Expr, mark: number, level: number): Stmt {
    if (this.diagnose) {
      const end = this.pos;
      this.pos = mark;
      this.level = level;
      this.checkInvalidAssignment();
      this.pos = end;
    }
    return this.at({ kind: 'Expr', value }, start, this.last);
  }

  // annotated_rhs: yield_expr | star_expressions
  private parseRightHandSide(): Expr {
    return this.isKeyword('yield') ? this.parseYieldExpression() : this.parseStarExpressions();
  }

  /** single_target: Name, Attribute or Subscript, possibly in parentheses (not a tuple). */
  private isSingleTarget(e: Expr): boolean {
    return e.kind === 'Name' || e.kind === 'Attribute' || e.kind === 'Subscript';
  }

  // (star_targets '=')+ (yield_expr | star_expressions) !'='
  private parseAssignment(start: Token, first: Expr): Stmt {
    const targets = [first];
    let value = first;
    while (this.acceptOp('=')) {
      const target = value;
      if (target.kind === 'Yield' || target.kind === 'YieldFrom' || invalidTarget(target, 'star') !== null) this.fail();
      value = this.parseRightHandSide();
      if (targets[targets.length - 1] !== target) targets.push(target);
    }
    for (const target of targets) setContext(target, 'Store');
    return this.at({ kind: 'Assign', targets, value }, start, this.last);
  }

  // invalid_assignment:
  //     | a=invalid_ann_assign_target ':' expression -> "only single target (not %s) can be annotated"
  //     | a=star_named_expression ',' star_named_expressions* ':' expression
  //         -> "only single target (not tuple) can be annotated"
  //     | a=expression ':' expression -> "illegal target for annotation"
  //     | (star_targets '=')* a=star_expressions '=' -> "cannot assign to %s"
  //     | (star_targets '=')* a=yield_expr '=' -> "assignment to yield expression not possible"
  //     | a=star_expressions augassign (yield_expr | star_expressions)
  //         -> "'%s' is an illegal expression for augmented assignment"
  private checkInvalidAssignment(): void {
    const mark = this.pos;
    const rewind = () => {
      this.pos = mark;
    };
    const annotation = () => this.acceptOp(':') !== null && this.attempt(() => this.parseExpression()) !== null;
    // invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    const listOrTuple = this.attempt(() => {
      let opens = 0;
      while (this.isOp('(') && this.isOp('(', 1)) {
        this.pos++;
        opens++;
      }
      const e = this.parseAtom();
      if (e.kind !== 'List' && e.kind !== 'Tuple') this.fail();
      for (; opens > 0; opens--) this.expectOp(')');
      return e;
    });
    if (listOrTuple !== null && annotation()) {
      this.raiseKnownLocation(`only single target (not ${exprName(listOrTuple)}) can be annotated`, listOrTuple);
    }
    rewind();
    const a = this.attempt(() => this.parseStarNamedExpression());
    if (a !== null && this.acceptOp(',')) {
      // star_named_expressions*: lists one after another, with no separator between them
      while (this.attempt(() => this.parseStarNamedExpressions(this.parseStarNamedExpression(), ':')) !== null);
      if (annotation()) this.raiseKnownLocation('only single target (not tuple) can be annotated', a);
    }
    rewind();
    const b = this.attempt(() => this.parseExpression());
    if (b !== null && annotation()) this.raiseKnownLocation('illegal target for annotation', b);
    rewind();
    // (star_targets '=')*
    while (this.attempt(() => {
      const target = this.parseStarTargets('star');
      this.expectOp('=');
      return target;
    }) !== null);
    const afterTargets = this.pos;
    const c = this.attempt(() => this.parseStarExpressions());
    if (c !== null && this.isOp('=')) this.raiseInvalidTarget('star', c);
    this.pos = afterTargets;
    if (this.isKeyword('yield')) {
      const y = this.attempt(() => this.parseYieldExpression());
      if (y !== null && this.isOp('=')) this.raiseKnownLocation('assignment to yield expression not possible', y);
    }
    rewind();
    const d = this.attempt(() => this.parseStarExpressions());
    const op = this.peek();
    if (d !== null && op.kind === TokenKind.Op && AUGASSIGN_OPS.has(op.value)) {
      this.pos++;
      if (this.attempt(() => this.parseRightHandSide()) !== null) {
        this.raiseKnownLocation(`'${exprName(d)}' is an illegal expression for augmented assignment`, d);
      }
    }
  }

  // ------------------------------------------------------------------ compound statements

  // decorators: ('@' named_expression NEWLINE)+
  private parseDecorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.acceptOp('@')) {
      decorators.push(this.parseNamedExpression());
      this.expectKind(TokenKind.Newline);
    }
    if (this.isKeyword('class')) return this.parseClassDef(decorators);
    const asyncTok = this.isKeyword('async') && this.isKeyword('def', 1) ? this.next() : null;
    if (!this.isKeyword('def')) this.fail();
    return this.parseFunctionDef(decorators, asyncTok);
  }

  // function_def_raw:
  //     | invalid_def_raw
  //     | 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' block
  //     | ASYNC 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' block
  private parseFunctionDef(decorators: Expr[], asyncTok: Token | null): Stmt {
    const def = this.next();
    const name = this.expectName();
    const typeParams = this.optionalTypeParams();
    this.forceOp('(');
    const args = this.isOp(')') ? this.emptyArguments() : this.parseParameters();
    this.expectOp(')');
    const returns = this.isOp('->') ? this.attempt(() => (this.pos++, this.parseExpression())) : null;
    this.forceOp(':');
    const body = this.parseBlock('function definition', def);
    return this.at({
      kind: asyncTok === null ? 'FunctionDef' : 'AsyncFunctionDef', name: name.value, args, body,
      decorator_list: decorators, returns, type_params: typeParams,
    }, asyncTok ?? def, this.end);
  }

  private optionalTypeParams(): TypeParam[] {
    if (!this.isOp('[')) return [];
    return this.attempt(() => this.parseTypeParams()) ?? [];
  }

  // class_def_raw:
  //     | invalid_class_def_raw
  //     | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
  private parseClassDef(decorators: Expr[]): Stmt {
    const cls = this.next();
    const name = this.expectName();
    const typeParams = this.optionalTypeParams();
    let bases: Expr[] = [];
    let keywords: Keyword[] = [];
    if (this.isOp('(')) {
      const call = this.parseCallTrailer(false);
      bases = call.args;
      keywords = call.keywords;
    }
    this.expectColon();
    const body = this.parseBlock('class definition', cls);
    return this.at({
      kind: 'ClassDef', name: name.value, bases, keywords, body, decorator_list: decorators,
      type_params: typeParams,
    }, cls, this.end);
  }

  // if_stmt:
  //     | invalid_if_stmt
  //     | 'if' named_expression ':' block elif_stmt
  //     | 'if' named_expression ':' block [else_block]
  // elif_stmt: (the same with 'elif')
  private parseIf(): Stmt {
    // An elif chain nests: read the headers with a loop, then link them from the last one.
    const links: { kw: Token; test: Expr; body: Stmt[] }[] = [];
    let orelse: Stmt[] = [];
    do {
      const kw = this.next();
      const test = this.parseNamedExpression();
      this.expectColon();
      links.push({ kw, test, body: this.parseBlock(`'${kw.value}' statement`, kw) });
    } while (this.isKeyword('elif'));
    if (this.isKeyword('else')) orelse = this.parseElse();
    const end = this.end;
    for (let i = links.length - 1; i >= 0; i--) {
      const { kw, test, body } = links[i];
      orelse = [this.at({ kind: 'If', test, body, orelse }, kw, end)];
    }
    return orelse[0];
  }

  // else_block: invalid_else_stmt | 'else' &&':' block
  private parseElse(): Stmt[] {
    const kw = this.next();
    this.forceOp(':');
    return this.parseBlock("'else' statement", kw);
  }

  // while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block]
  private parseWhile(): Stmt {
    const kw = this.next();
    const test = this.parseNamedExpression();
    this.expectColon();
    const body = this.parseBlock("'while' statement", kw);
    const orelse = this.isKeyword('else') ? this.parseElse() : [];
    return this.at({ kind: 'While', test, body, orelse }, kw, this.end);
  }

  // for_stmt:
  //     | invalid_for_stmt
  //     | [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
  //     | invalid_for_target
  private parseFor(asyncTok: Token | null): Stmt {
    const kw = this.next();
    const target = this.parseForTarget();
    const iter = this.parseStarExpressions();
    this.expectColon();
    const body = this.parseBlock("'for' statement", kw);
    const orelse = this.isKeyword('else') ? this.parseElse() : [];
    return this.at({ kind: asyncTok === null ? 'For' : 'AsyncFor', target, iter, body, orelse }, asyncTok ?? kw, this.end);
  }

  // with_stmt:
  //     | invalid_with_stmt_indent
  //     | [ASYNC] 'with' '(' ','.with_item+ ','? ')' ':' block
  //     | [ASYNC] 'with' ','.with_item+ ':' [TYPE_COMMENT] block
  //     | invalid_with_stmt
  private parseWith(asyncTok: Token | null): Stmt {
    const kw = this.next();
    const mark = this.pos;
    const level = this.level;
    let items: WithItem[] | null = null;
    try {
      if (this.isOp('(')) {
        items = this.attempt(() => {
          this.next();
          const list: WithItem[] = [];
          do {
            if (list.length > 0 && this.isOp(')')) break;
            list.push(this.parseWithItem());
          } while (this.acceptOp(','));
          this.expectOp(')');
          if (!this.isOp(':')) this.fail();
          return list;
        });
      }
      if (items === null) {
        items = [];
        do items.push(this.parseWithItem()); while (this.acceptOp(','));
      }
      this.expectColon();
    } catch (e) {
      if (e instanceof ParseFailure && this.diagnose) {
        this.pos = mark;
        this.level = level;
        this.checkInvalidWithHeader();
      }
      throw e;
    }
    const body = this.parseBlock("'with' statement", kw);
    return this.at({ kind: asyncTok === null ? 'With' : 'AsyncWith', items, body }, asyncTok ?? kw, this.end);
  }

  // invalid_with_stmt:
  //     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE -> "expected ':'"
  //     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE -> (same)
  private checkInvalidWithHeader(): void {
    const items = (closer: string | null) => {
      do {
        if (closer !== null && this.isOp(closer)) break;
        this.parseExpression();
        if (this.acceptKeyword('as')) this.parseTarget('star');
      } while (this.acceptOp(','));
      if (closer !== null) this.expectOp(closer);
      return this.expectKind(TokenKind.Newline);
    };
    const mark = this.pos;
    if (this.attempt(() => items(null)) !== null) this.raiseAtLastToken("expected ':'");
    this.pos = mark;
    if (this.acceptOp('(') && this.attempt(() => items(')')) !== null) this.raiseAtLastToken("expected ':'");
  }

  // with_item:
  //     | expression 'as' star_target &(',' | ')' | ':')
  //     | invalid_with_item
  //     | expression
  private parseWithItem(): WithItem {
    const contextExpr = this.parseExpression();
    if (!this.isKeyword('as')) return { kind: 'withitem', context_expr: contextExpr, optional_vars: null };
    this.pos++;
    const target = this.attempt(() => {
      const e = this.parseTarget('star');
      if (!this.isOp(',') && !this.isOp(')') && !this.isOp(':')) this.fail();
      return e;
    });
    if (target !== null) return { kind: 'withitem', context_expr: contextExpr, optional_vars: target };
    if (this.diagnose) {
      // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
      const a = this.attempt(() => this.parseExpression());
      if (a !== null && (this.isOp(',') || this.isOp(')') || this.isOp(':'))) this.raiseInvalidTarget('star', a);
    }
    return this.fail();
  }

  // try_stmt:
  //     | invalid_try_stmt
  //     | 'try' &&':' block finally_block
  //     | 'try' &&':' block except_block+ [else_block] [finally_block]
  //     | 'try' &&':' block except_star_block+ [else_block] [finally_block]
  private parseTry(): Stmt {
    const kw = this.next();
    this.forceOp(':');
    const body = this.parseBlock("'try' statement", kw);
    const handlers: ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKeyword('except')) {
      const except = this.next();
      const isStar = this.acceptOp('*');
      if (star !== null && star !== (isStar !== null)) {
        // invalid_try_stmt: the two kinds of handler cannot be mixed
        if (this.diagnose) {
          const msg = "cannot have both 'except' and 'except*' on the same 'try'";
          if (isStar !== null) this.raiseKnownRange(msg, except, isStar);
          this.raiseKnownLocation(msg, except);
        }
        this.fail();
      }
      star = isStar !== null;
      handlers.push(this.parseExceptHandler(except, isStar));
    }
    const orelse = handlers.length > 0 && this.isKeyword('else') ? this.parseElse() : [];
    let finalbody: Stmt[] = [];
    if (this.isKeyword('finally')) {
      const fin = this.next();
      this.forceOp(':');
      finalbody = this.parseBlock("'finally' statement", fin);
    } else if (handlers.length === 0) {
      if (this.diagnose) this.raiseAtLastToken("expected 'except' or 'finally' block");
      this.fail();
    }
    return this.at({ kind: star ? 'TryStar' : 'Try', body, handlers, orelse, finalbody }, kw, this.end);
  }

  // except_block:
  //     | invalid_except_stmt_indent
  //     | 'except' expression ['as' NAME] ':' block
  //     | 'except' ':' block
  //     | invalid_except_stmt
  // except_star_block: (the same after 'except' '*', an expression required)
  private parseExceptHandler(except: Token, star: Token | null): ExceptHandler {
    let type: Expr | null = null;
    let name: string | null = null;
    if (star !== null || !this.isOp(':')) {
      if (star !== null && this.diagnose && (this.isOp(':') || this.isKind(TokenKind.Newline))) {
        this.raiseAtLastToken('expected one or more exception types');
      }
      type = this.parseExpression();
      if (this.diagnose && this.isOp(',')) this.checkUnparenthesizedExceptTypes(type);
      if (this.acceptKeyword('as')) name = this.expectName().value;
    }
    this.expectColon();
    const body = this.parseBlock(star === null ? "'except' statement" : "'except*' statement", except);
    return this.at({ kind: 'ExceptHandler', type, name, body }, except, this.end);
  }

  // invalid_except_stmt: 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
  //     -> "multiple exception types must be parenthesized"
  private checkUnparenthesizedExceptTypes(first: Expr): void {
    const mark = this.pos;
    this.pos++;
    const rest = this.attempt(() => {
      do this.parseExpression(); while (this.acceptOp(',') && this.startsExpression());
      if (this.acceptKeyword('as')) this.expectName();
      return this.expectOp(':');
    });
    if (rest !== null) this.raiseStartingFrom('multiple exception types must be parenthesized', first);
    this.pos = mark;
  }

  // match_stmt:
  //     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
  //     | invalid_match_stmt
  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  private parseMatch(): Stmt {
    const kw = this.next();
    const subject = this.attempt(() => {
      const start = this.peek();
      const first = this.parseStarNamedExpression();
      if (!this.isOp(',')) {
        if (first.kind === 'Starred') this.fail();
        return first;
      }
      const elts = this.parseStarNamedExpressions(first, ':');
      return this.at({ kind: 'Tuple', elts, ctx: 'Load' }, start, this.last) as Expr;
    });
    if (subject === null || !this.isOp(':')) {
      // invalid_match_stmt: "match" subject_expr NEWLINE -> "expected ':'"
      if (subject !== null && this.diagnose && this.isKind(TokenKind.Newline)) this.raiseAtLastToken("expected ':'");
      this.fail();
    }
    this.pos++;
    this.expectKind(TokenKind.Newline);
    if (!this.isKind(TokenKind.Indent)) {
      if (this.diagnose) {
        this.raiseAtLastToken(`expected an indented block after 'match' statement on line ${kw.lineno}`, 'IndentationError');
      }
      this.fail();
    }
    this.pos++;
    this.enter(6);
    const cases: MatchCase[] = [];
    do cases.push(this.parseCaseBlock()); while (this.isName('case'));
    this.expectKind(TokenKind.Dedent);
    this.leave(6);
    return this.at({ kind: 'Match', subject, cases }, kw, this.end);
  }

  // case_block: invalid_case_block | "case" patterns guard? ':' block
  // guard: 'if' named_expression
  private parseCaseBlock(): MatchCase {
    if (!this.isName('case')) this.fail();
    const kw = this.next();
    const pattern = this.parsePatterns();
    const guard = this.acceptKeyword('if') ? this.parseNamedExpression() : null;
    this.expectColon();
    const body = this.parseBlock("'case' statement", kw);
    return { kind: 'match_case', pattern, guard, body };
  }
}

