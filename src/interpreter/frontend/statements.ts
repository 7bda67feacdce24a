/**
 * Statement lists, blocks and the compound statements of CPython 3.12's grammar: `def` (with
 * decorators, `async`, type parameters), `class`, `if`/`elif`/`else`, `while`, `for`, `with`,
 * `try`/`except`/`except*`/`finally` and `match`.
 *
 * Each statement's `invalid_*` rules ("expected ':'", "expected an indented block after 'if'
 * statement on line N", …) are checked where the grammar tries them, in the diagnosing pass.
 * An `elif` chain, which nests in the tree, is read with a loop. A compound statement ends at
 * its last token that is not NEWLINE/INDENT/DEDENT, as in CPython.
 */

import type { ExceptHandler, Expr, Keyword, MatchCase, Stmt, TypeParam, WithItem } from './ast';
import { ParseFailure } from './parser-core';
import { SimpleStatementParser } from './simple-statements';
import { Token, TokenKind } from './tokens';

export abstract class StatementParser extends SimpleStatementParser {
  // statements: statement+
  protected parseStatements(): Stmt[] {
    const body: Stmt[] = [];
    for (let t = this.peek(); t.kind !== TokenKind.EndMarker && t.kind !== TokenKind.Dedent && t.kind !== TokenKind.Indent; t = this.peek()) {
      for (const s of this.parseStatement()) body.push(s);
    }
    return body;
  }

  // statement: compound_stmt | simple_stmts
  protected parseStatement(): Stmt[] {
    const compound = this.parseCompoundStatement();
    return compound !== null ? [compound] : this.parseSimpleStatements();
  }

  // compound_stmt:
  //     | &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
  //     | &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
  //     | &'while' while_stmt | match_stmt
  /** The compound statement starting here, or null if none does. */
  protected parseCompoundStatement(): Stmt | null {
    const t = this.peek();
    if (t.kind === TokenKind.Keyword) {
      switch (t.value) {
        case 'def': return this.parseFunctionDef([], null);
        case 'if': return this.parseIf();
        case 'class': return this.parseClassDef([]);
        case 'with': return this.parseWith(null);
        case 'for': return this.parseFor(null);
        case 'try': return this.parseTry();
        case 'while': return this.parseWhile();
        case 'async':
          if (this.isKeyword('def', 1)) return this.parseFunctionDef([], this.next());
          if (this.isKeyword('with', 1)) return this.parseWith(this.next());
          if (this.isKeyword('for', 1)) return this.parseFor(this.next());
          return null;
      }
    } else if (t.kind === TokenKind.Op && t.value === '@') {
      return this.parseDecorated();
    } else if (t.kind === TokenKind.Name && t.value === 'match') {
      // match_stmt, else `match` is an ordinary name
      return this.attempt(() => this.parseMatch());
    }
    return null;
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
