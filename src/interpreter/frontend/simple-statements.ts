/**
 * Simple statements: CPython 3.12's `simple_stmts` and what it dispatches to — expression
 * statements and every kind of assignment, `return`, `raise`, `global`/`nonlocal`, `del`,
 * `assert`, the imports and `type` aliases.
 *
 * A statement that starts like an expression is read as one first (`star_expressions`, or a
 * `yield`) and classified by the token that follows: `=` (assignment, each target validated),
 * `:` (annotation), an augmented operator, or nothing (expression statement). Whenever that is
 * not a valid assignment, the diagnosing pass replays CPython's `invalid_assignment` rule from
 * the statement's start, as the grammar tries it before the expression-statement alternative.
 */

import type { Alias, Expr, OperatorName, Stmt } from './ast';
import { ParseFailure } from './parser-core';
import { PatternParser } from './patterns';
import { exprName, invalidTarget, setContext } from './targets';
import { AUGASSIGN_OPS, Token, TokenKind } from './tokens';

export abstract class SimpleStatementParser extends PatternParser {
  // simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
  protected parseSimpleStatements(): Stmt[] {
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
}
