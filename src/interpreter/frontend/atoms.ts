/**
 * Atoms: names, literals, the bracketed displays (tuples and groups, lists, dicts, sets and
 * their comprehensions) and call arguments — CPython 3.12's `atom`, `group`, `list`, `dict`,
 * `for_if_clauses` and `arguments` rules, with the `invalid_*` alternatives that belong to them.
 *
 * PEG's ordered choice between, say, a tuple, a group and a generator expression (all opening
 * with `(`) is resolved here by reading the first element and looking at what follows it.
 */

import type { Comprehension, Expr, Keyword, Pos, Starred } from './ast';
import { BRACKET_COST, type CallArguments, ExpressionParser, numberValue } from './expressions';
import type { Located } from './parser-core';
import { Token, TokenKind } from './tokens';

export abstract class AtomParser extends ExpressionParser {
  // atom:
  //     | NAME | 'True' | 'False' | 'None' | &(STRING|FSTRING_START) strings | NUMBER
  //     | &'(' (tuple | group | genexp) | &'[' (list | listcomp)
  //     | &'{' (dict | set | dictcomp | setcomp) | '...'
  protected parseAtom(): Expr {
    const t = this.peek();
    switch (t.kind) {
      case TokenKind.Name:
        this.pos++;
        return this.name(t);
      case TokenKind.Number:
        this.pos++;
        return this.at({ kind: 'Constant', value: numberValue(t.value) }, t, t);
      case TokenKind.String:
      case TokenKind.FStringStart:
        return this.parseStrings();
      case TokenKind.Keyword:
        if (t.value === 'True' || t.value === 'False') {
          this.pos++;
          return this.at({ kind: 'Constant', value: { t: 'bool', v: t.value === 'True' } }, t, t);
        }
        if (t.value === 'None') {
          this.pos++;
          return this.at({ kind: 'Constant', value: { t: 'None' } }, t, t);
        }
        return this.fail();
      case TokenKind.Op:
        switch (t.value) {
          case '(': case '[': case '{': {
            this.enter(BRACKET_COST);
            const e = t.value === '(' ? this.parseParenthesized() : t.value === '[' ? this.parseListDisplay() : this.parseBraceDisplay();
            this.leave(BRACKET_COST);
            return e;
          }
          case '...':
            this.pos++;
            return this.at({ kind: 'Constant', value: { t: 'Ellipsis' } }, t, t);
        }
        return this.fail();
      default:
        return this.fail();
    }
  }

  // tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'
  // group: '(' (yield_expr | named_expression) ')' | invalid_group
  // genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension
  private parseParenthesized(): Expr {
    const open = this.next();
    if (this.isOp(')')) return this.at({ kind: 'Tuple', elts: [], ctx: 'Load' }, open, this.next());
    if (this.isKeyword('yield')) {
      const y = this.parseYieldExpression();
      this.expectOp(')');
      return y;
    }
    if (this.diagnose) this.once('invalid_paren', () => this.checkInvalidParenthesized());
    const first = this.parseStarNamedExpression();
    if (this.isOp(',')) {
      const elts = this.parseStarNamedExpressions(first, ')');
      return this.at({ kind: 'Tuple', elts, ctx: 'Load' }, open, this.expectOp(')'));
    }
    if (first.kind !== 'Starred' && (this.isKeyword('for') || this.isKeyword('async'))) {
      const generators = this.parseComprehensionClauses();
      return this.at({ kind: 'GeneratorExp', elt: first, generators }, open, this.expectOp(')'));
    }
    if (first.kind === 'Starred') this.fail();
    this.expectOp(')');
    return first;
  }

  // invalid_group:
  //     | '(' a=starred_expression ')' -> "cannot use starred expression here"
  //     | '(' a='**' expression ')' -> "cannot use double starred expression here"
  // invalid_comprehension: ('[' | '(' | '{') a=starred_expression for_if_clauses
  private checkInvalidParenthesized(): void {
    const star = this.peek();
    if (star.kind !== TokenKind.Op || (star.value !== '*' && star.value !== '**')) return;
    this.pos++;
    const value = this.attempt(() => this.parseExpression());
    if (value === null) return;
    const starred = this.at({} as Pos, star, this.last);
    if (this.isOp(')')) {
      if (star.value === '*') this.raiseKnownLocation('cannot use starred expression here', starred);
      this.raiseKnownLocation('cannot use double starred expression here', star);
    }
    if (star.value === '*' && this.attempt(() => this.parseComprehensionClauses()) !== null) {
      this.raiseKnownLocation('iterable unpacking cannot be used in comprehension', starred);
    }
  }

  // list: '[' [star_named_expressions] ']'
  // listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension
  private parseListDisplay(): Expr {
    const open = this.next();
    if (this.isOp(']')) return this.at({ kind: 'List', elts: [], ctx: 'Load' }, open, this.next());
    if (this.diagnose) this.once('invalid_comprehension', () => this.checkInvalidComprehension(open));
    const first = this.parseStarNamedExpression();
    if (first.kind !== 'Starred' && (this.isKeyword('for') || this.isKeyword('async'))) {
      const generators = this.parseComprehensionClauses();
      return this.at({ kind: 'ListComp', elt: first, generators }, open, this.expectOp(']'));
    }
    const elts = this.parseStarNamedExpressions(first, ']');
    return this.at({ kind: 'List', elts, ctx: 'Load' }, open, this.expectOp(']'));
  }

  // invalid_comprehension:
  //     | ('[' | '(' | '{') a=starred_expression for_if_clauses
  //         -> "iterable unpacking cannot be used in comprehension"
  //     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
  //         -> "did you forget parentheses around the comprehension target?"
  //     | ('[' | '{') a=star_named_expression b=',' for_if_clauses  -> (same)
  private checkInvalidComprehension(open: Token): void {
    const star = this.acceptOp('*');
    if (star !== null) {
      if (this.attempt(() => this.parseExpression()) === null) return;
      const starred = this.at({} as Pos, star, this.last);
      if (this.attempt(() => this.parseComprehensionClauses()) !== null) {
        this.raiseKnownLocation('iterable unpacking cannot be used in comprehension', starred);
      }
      return;
    }
    const a = this.attempt(() => this.parseStarNamedExpression());
    if (a === null) return;
    const comma = this.acceptOp(',');
    if (comma === null) return;
    const closer = open.value === '[' ? ']' : '}';
    const rest = this.attempt(() => this.parseStarNamedExpressions(this.parseStarNamedExpression(), closer));
    const isFor = this.isKeyword('for') || this.isKeyword('async');
    if (!isFor || this.attempt(() => this.parseComprehensionClauses()) === null) return;
    const end = rest === null ? comma : rest[rest.length - 1];
    this.raiseKnownRange('did you forget parentheses around the comprehension target?', a, end);
  }

  // dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'
  // set: '{' star_named_expressions '}'
  // dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
  // setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension
  private parseBraceDisplay(): Expr {
    const open = this.next();
    if (this.isOp('}')) return this.at({ kind: 'Dict', keys: [], values: [] }, open, this.next());
    if (this.isOp('**')) return this.parseDictDisplay(open);
    if (this.diagnose) this.once('invalid_comprehension', () => this.checkInvalidComprehension(open));
    const startTok = this.peek();
    const first = this.parseStarNamedExpression();
    if (this.isOp(':')) {
      if (first.kind === 'Starred' || (first.kind === 'NamedExpr' && !this.parenthesized(first, startTok))) this.fail();
      return this.parseDictDisplay(open, first);
    }
    if (first.kind !== 'Starred' && (this.isKeyword('for') || this.isKeyword('async'))) {
      const generators = this.parseComprehensionClauses();
      return this.at({ kind: 'SetComp', elt: first, generators }, open, this.expectOp('}'));
    }
    const elts = this.parseStarNamedExpressions(first, '}');
    return this.at({ kind: 'Set', elts }, open, this.expectOp('}'));
  }

  // double_starred_kvpairs: ','.double_starred_kvpair+ [',']
  // double_starred_kvpair: '**' bitwise_or | kvpair
  // kvpair: expression ':' expression
  private parseDictDisplay(open: Token, firstKey?: Expr): Expr {
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    let key = firstKey;
    for (;;) {
      if (key === undefined) {
        const stars = this.acceptOp('**');
        if (stars !== null) {
          const value = this.parseBitwiseOr();
          if (keys.length === 0 && (this.isKeyword('for') || this.isKeyword('async'))) {
            if (this.diagnose && this.attempt(() => this.parseComprehensionClauses()) !== null && this.isOp('}')) {
              this.raiseKnownLocation('dict unpacking cannot be used in dict comprehension', stars);
            }
            this.fail();
          }
          keys.push(null);
          values.push(value);
        } else if (this.diagnose && keys.length > 0) {
          // after a first item, invalid_kvpair's "':' expected after dictionary key" is what
          // CPython reports for `{"a": 1, "b" 2}` (not invalid_expression's "forgot a comma?")
          const mark = this.pos;
          const plain = this.withoutDiagnosis(() => this.attempt(() => this.parseExpression()));
          if (plain !== null && !this.isOp(':')) {
            throw this.syntaxError('SyntaxError', "':' expected after dictionary key",
              plain.lineno, plain.end_col_offset, plain.end_lineno, 0);
          }
          this.pos = mark;
          key = this.parseExpression();
        } else {
          key = this.parseExpression();
        }
      }
      if (key !== undefined) {
        if (!this.isOp(':')) {
          if (this.diagnose && keys.length > 0) {
            throw this.syntaxError('SyntaxError', "':' expected after dictionary key",
              key.lineno, key.end_col_offset, key.end_lineno, 0);
          }
          this.fail();
        }
        const colon = this.next();
        if (this.diagnose) this.checkInvalidDictValue(colon);
        const value = this.parseExpression();
        if (keys.length === 0 && (this.isKeyword('for') || this.isKeyword('async'))) {
          const generators = this.parseComprehensionClauses();
          return this.at({ kind: 'DictComp', key, value, generators }, open, this.expectOp('}'));
        }
        keys.push(key);
        values.push(value);
        key = undefined;
      }
      if (!this.acceptOp(',') || this.isOp('}')) break;
    }
    return this.at({ kind: 'Dict', keys, values }, open, this.expectOp('}'));
  }

  // invalid_kvpair / invalid_double_starred_kvpairs, the value side:
  //     | expression ':' a='*' bitwise_or -> "cannot use a starred expression in a dictionary value"
  //     | expression a=':' &('}'|',') -> "expression expected after dictionary key and ':'"
  private checkInvalidDictValue(colon: Token): void {
    const t = this.peek();
    if (t.kind === TokenKind.Op && (t.value === '}' || t.value === ',')) {
      this.raiseKnownLocation("expression expected after dictionary key and ':'", colon);
    }
    if (t.kind === TokenKind.Op && t.value === '*') {
      const mark = this.pos;
      this.pos++;
      if (this.attempt(() => this.parseBitwiseOr()) !== null) {
        this.raiseStartingFrom('cannot use a starred expression in a dictionary value', t);
      }
      this.pos = mark;
    }
  }

  // ------------------------------------------------------------------ comprehensions

  // for_if_clauses: for_if_clause+
  // for_if_clause:
  //     | ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
  //     | 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
  //     | invalid_for_target
  protected parseComprehensionClauses(): Comprehension[] {
    const generators: Comprehension[] = [];
    do {
      const isAsync = this.acceptKeyword('async') !== null;
      this.expectKeyword('for');
      const target = this.parseForTarget();
      const iter = this.parseDisjunction();
      const ifs: Expr[] = [];
      while (this.acceptKeyword('if')) ifs.push(this.parseDisjunction());
      generators.push({ kind: 'comprehension', target, iter, ifs, is_async: isAsync ? 1 : 0 });
    } while (this.isKeyword('for') || (this.isKeyword('async') && this.isKeyword('for', 1)));
    return generators;
  }

  // ------------------------------------------------------------------ calls

  // primary '(' [arguments] ')' | primary genexp
  // arguments: args [','] &')' | invalid_arguments
  // args:
  //     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
  //     | kwargs
  // kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | …
  /**
   * '(' [arguments] ')' after a callee. With `genexp`, `f(x for x in y)` is the call's one
   * argument (CPython's `primary genexp`), the parentheses being the generator's.
   */
  protected parseCallTrailer(genexp: boolean): CallArguments {
    const open = this.next();
    this.enter(BRACKET_COST);
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    let sawKeyword = false;
    let sawDoubleStar = false;
    while (!this.isOp(')')) {
      const t = this.peek();
      if (t.kind === TokenKind.Op && t.value === '*') {
        this.pos++;
        // invalid_arguments: kwargs ',' '*' (a '*' that kwargs could not take)
        const misplaced = 'iterable argument unpacking follows keyword argument unpacking';
        if (sawDoubleStar) {
          if (this.diagnose) this.raiseKnownLocation(misplaced, t);
          this.fail();
        }
        if (sawKeyword && this.diagnose && this.lookahead(() => this.parseExpression()) === false) {
          this.raiseKnownLocation(misplaced, t);
        }
        const value = this.parseExpression();
        if (this.diagnose && this.isOp('=')) this.checkAssignToUnpacking(t, 'cannot assign to iterable argument unpacking');
        args.push(this.at({ kind: 'Starred', value, ctx: 'Load' } as Starred, t, this.last));
      } else if (t.kind === TokenKind.Op && t.value === '**') {
        this.pos++;
        const value = this.parseExpression();
        if (this.diagnose && this.isOp('=')) this.checkAssignToUnpacking(t, 'cannot assign to keyword argument unpacking');
        keywords.push(this.at({ kind: 'keyword', arg: null, value }, t, this.last));
        sawDoubleStar = true;
      } else if (t.kind === TokenKind.Name && this.isOp('=', 1)) {
        this.pos += 2;
        if (this.diagnose) this.checkKeywordValue(t);
        const value = this.parseExpression();
        keywords.push(this.at({ kind: 'keyword', arg: t.value, value }, t, this.last));
        sawKeyword = true;
      } else {
        if (this.diagnose && t.kind === TokenKind.Keyword && this.isOp('=', 1)
            && (t.value === 'True' || t.value === 'False' || t.value === 'None')) {
          this.raiseKnownRange(`cannot assign to ${t.value}`, t, this.peek(1));
        }
        // after keywords, CPython's `kwargs` has no place for a positional argument at all
        if ((sawKeyword || sawDoubleStar) && !this.diagnose) this.fail();
        const e = this.parseCallPositional();
        if (this.isKeyword('for') || this.isKeyword('async')) {
          const first = args.length === 0 && keywords.length === 0;
          if (!genexp && first) this.fail();
          const generators = this.parseComprehensionClauses();
          if (genexp && first && this.isOp(')')) {
            const close = this.next();
            this.leave(BRACKET_COST);
            return { args: [this.at({ kind: 'GeneratorExp', elt: e, generators }, open, close)], keywords, close };
          }
          // invalid_arguments: a generator beside other arguments (a first one only when a
          // comma follows it)
          if (this.diagnose && (!first || this.isOp(','))) {
            this.raiseKnownRange('Generator expression must be parenthesized', e, this.lastComprehensionItem(generators));
          }
          this.fail();
        }
        if (sawKeyword || sawDoubleStar) {
          if (this.diagnose) {
            // invalid_arguments: a=args ',' args -> reads the rest of the arguments first
            this.skimArguments();
            this.raiseAtLastToken(sawDoubleStar
              ? 'positional argument follows keyword argument unpacking'
              : 'positional argument follows keyword argument');
          }
          this.fail();
        }
        args.push(e);
      }
      if (!this.acceptOp(',')) break;
    }
    const close = this.expectOp(')');
    this.leave(BRACKET_COST);
    return { args, keywords, close };
  }

  /** Reads (and drops) as many further `, argument` as parse. */
  private skimArguments(): void {
    for (;;) {
      const mark = this.pos;
      const level = this.level;
      try {
        this.expectOp(',');
        const t = this.peek();
        if (t.kind === TokenKind.Op && (t.value === '*' || t.value === '**')) this.pos++;
        else if (t.kind === TokenKind.Name && this.isOp('=', 1)) this.pos += 2;
        this.parseExpression();
      } catch (e) {
        this.rewind(e, mark, level);
        return;
      }
    }
  }

  /** (assignment_expression | expression !':=') !'=' — with invalid_kwarg's last alternative. */
  private parseCallPositional(): Expr {
    const t = this.peek();
    const walrus = t.kind === TokenKind.Name && this.isOp(':=', 1);
    let e: Expr;
    if (walrus) {
      e = this.parseNamedExpression();
    } else {
      e = this.parseExpression();
      if (this.isOp(':=')) this.fail();
    }
    if (this.isOp('=')) {
      // invalid_kwarg: !(NAME '=') a=expression b='=' (a walrus is not an `expression`)
      if (this.diagnose && !walrus) {
        this.raiseKnownRange('expression cannot contain assignment, perhaps you meant "=="?', e, this.peek());
      }
      this.fail();
    }
    return e;
  }

  // invalid_kwarg: a=NAME b='=' expression for_if_clauses
  //     -> "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
  // invalid_arguments: (args ',')? a=NAME b='=' &(',' | ')') -> "expected argument value expression"
  private checkKeywordValue(name: Token): void {
    const eq = this.tokens[this.pos - 1];
    if (this.isOp(',') || this.isOp(')')) this.raiseKnownRange('expected argument value expression', name, eq);
    const mark = this.pos;
    if (this.attempt(() => this.parseExpression()) !== null && (this.isKeyword('for') || this.isKeyword('async'))
        && this.attempt(() => this.parseComprehensionClauses()) !== null) {
      this.raiseKnownRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name, eq);
    }
    this.pos = mark;
  }

  /** `'*' expression '=' b=expression` and its `**` twin. */
  private checkAssignToUnpacking(star: Token, msg: string): void {
    const mark = this.pos;
    this.pos++;
    const b = this.attempt(() => this.parseExpression());
    if (b !== null) this.raiseKnownRange(msg, star, b);
    this.pos = mark;
  }

  /** `_PyPegen_get_last_comprehension_item`: the last `if` of the last clause, or its iterable. */
  private lastComprehensionItem(generators: Comprehension[]): Located {
    const last = generators[generators.length - 1];
    return last.ifs.length > 0 ? last.ifs[last.ifs.length - 1] : last.iter;
  }
}
