/**
 * Expressions: the `expressions` section of CPython 3.12's Grammar/python.gram, hand-written.
 *
 * Each `parseXxx` is preceded by the rule it implements. Binary operators from `|` down to
 * `*`/`@` use precedence climbing (one function, `parseBitwiseOr`); everything else follows the
 * grammar rule by rule. Right-recursive chains that CPython nests deeply — unary operators,
 * `**`, `not`, and lambda / conditional-expression chains — are read with loops and folded
 * afterwards, so the JavaScript stack only grows with bracket nesting.
 *
 * The grammar's `invalid_*` alternatives appear as `check*` methods, run only in the
 * diagnosing pass (see ParserCore) at the points where the grammar tries them. Atoms, displays,
 * comprehensions and call arguments, strings and f-strings, and parameter lists live in
 * subclasses (atoms.ts, fstrings.ts, parameters.ts); this class declares what it needs from
 * them. Assignment targets are here: they are read as expressions, then validated.
 */

import type {
  Arguments, CmpOpName, Comprehension, ConstValue, Expr, Keyword, Name, OperatorName, Pos, Starred,
} from './ast';
import { ParserCore } from './parser-core';
import { exprName, invalidTarget, setContext, type TargetsKind } from './targets';
import { Token, TokenKind } from './tokens';

const BINARY_PRECEDENCE: ReadonlyMap<string, number> = new Map([
  ['|', 1], ['^', 2], ['&', 3], ['<<', 4], ['>>', 4], ['+', 5], ['-', 5],
  ['*', 6], ['/', 6], ['//', 6], ['%', 6], ['@', 6],
]);
const BINARY_OPERATOR: ReadonlyMap<string, OperatorName> = new Map<string, OperatorName>([
  ['|', 'BitOr'], ['^', 'BitXor'], ['&', 'BitAnd'], ['<<', 'LShift'], ['>>', 'RShift'], ['+', 'Add'],
  ['-', 'Sub'], ['*', 'Mult'], ['/', 'Div'], ['//', 'FloorDiv'], ['%', 'Mod'], ['@', 'MatMult'],
]);
const COMPARISON_OPERATOR: ReadonlyMap<string, CmpOpName> = new Map<string, CmpOpName>([
  ['==', 'Eq'], ['!=', 'NotEq'], ['<', 'Lt'], ['<=', 'LtE'], ['>', 'Gt'], ['>=', 'GtE'],
]);
const EXPRESSION_KEYWORDS: ReadonlySet<string> = new Set(['lambda', 'not', 'await', 'None', 'True', 'False']);
const EXPRESSION_OPS: ReadonlySet<string> = new Set(['(', '[', '{', '-', '+', '~', '...']);
const SOFT_KEYWORDS = ['_', 'case', 'match', 'type'];

/**
 * The grammar's SOFT_KEYWORD token test. CPython compares only as many characters as the name
 * has (`strncmp(keyword, name, len(name))`), so any prefix of a soft keyword (`c`, `ma`, `t` …)
 * passes too; error messages depend on it.
 */
function looksLikeSoftKeyword(name: string): boolean {
  return SOFT_KEYWORDS.some((k) => k.startsWith(name));
}

/** The arguments of a call, and its closing parenthesis. */
export interface CallArguments {
  args: Expr[];
  keywords: Keyword[];
  close: Token;
}

/** Cost, in CPython parser frames, of one bracket level (measured on 3.12). */
export const BRACKET_COST = 26;

/** Unary operators applied to one `await_primary` of a `**` chain (see parseFactor). */
interface Segment {
  ops: Token[];
  start: Token;
  operand: Expr;
}

/**
 * One pending link of a lambda / conditional-expression chain (see parseExpression). A
 * conditional keeps where its body ended: if what follows fails, it falls back to that body.
 */
type ChainLink =
  | { lambda: Token; args: Arguments }
  | { start: Token; body: Expr; test: Expr; afterBody: number; level: number };

/** Converts a NUMBER token's text to its constant. */
export function numberValue(text: string): ConstValue {
  const s = text.includes('_') ? text.replace(/_/g, '') : text;
  const last = s[s.length - 1];
  if (last === 'j' || last === 'J') return { t: 'complex', imag: Number(s.slice(0, -1)) };
  const radix = s.length > 1 && s[0] === '0' ? s[1].toLowerCase() : '';
  if (radix === 'x' || radix === 'o' || radix === 'b') return { t: 'int', v: BigInt(s) };
  if (/[.eE]/.test(s)) return { t: 'float', v: Number(s) };
  return { t: 'int', v: BigInt(s) };
}

export abstract class ExpressionParser extends ParserCore {
  /** Positions where an invalid_* check already ran in this pass (CPython memoizes them). */
  private readonly checked = new Map<string, Set<number>>();

  // Supplied by subclasses.
  /** atom (atoms.ts) */
  protected abstract parseAtom(): Expr;
  /** '(' [arguments] ')' after a callee (atoms.ts) */
  protected abstract parseCallTrailer(genexp: boolean): CallArguments;
  /** for_if_clauses (atoms.ts) */
  protected abstract parseComprehensionClauses(): Comprehension[];
  /** strings: (fstring|string)+ */
  protected abstract parseStrings(): Expr;
  /** lambda_params (after 'lambda'), up to but not including ':'. */
  protected abstract parseLambdaParameters(): Arguments;
  protected abstract emptyArguments(): Arguments;

  /** Runs an invalid_* check once per position and pass. */
  protected once(rule: string, check: () => void): void {
    let seen = this.checked.get(rule);
    if (seen === undefined) this.checked.set(rule, (seen = new Set()));
    if (seen.has(this.pos)) return;
    seen.add(this.pos);
    const mark = this.pos;
    const level = this.level;
    try {
      check();
    } finally {
      this.pos = mark;
      this.level = level;
    }
  }

  /** Starts the diagnosing pass. */
  protected startDiagnosis(): void {
    this.checked.clear();
    this.diagnose = true;
  }

  protected startsExpression(): boolean {
    const t = this.peek();
    switch (t.kind) {
      case TokenKind.Name: case TokenKind.Number: case TokenKind.String: case TokenKind.FStringStart:
        return true;
      case TokenKind.Keyword:
        return EXPRESSION_KEYWORDS.has(t.value);
      case TokenKind.Op:
        return EXPRESSION_OPS.has(t.value);
      default:
        return false;
    }
  }

  protected startsStarExpression(): boolean {
    return this.isOp('*') || this.startsExpression();
  }

  protected name(t: Token, ctx: 'Load' | 'Store' = 'Load'): Name {
    return this.at({ kind: 'Name', id: t.value, ctx } as Name, t, t);
  }

  protected expectName(): Token {
    return this.expectKind(TokenKind.Name);
  }

  /** True when `node` was written in parentheses that started at token `start`. */
  protected parenthesized(node: Pos, start: Token): boolean {
    return start.kind === TokenKind.Op && start.value === '('
      && (node.lineno !== start.lineno || node.col_offset !== start.col_offset);
  }

  // ------------------------------------------------------------------ expression lists

  // star_expressions:
  //     | star_expression (',' star_expression)+ [','] | star_expression ',' | star_expression
  protected parseStarExpressions(): Expr {
    const start = this.peek();
    const first = this.parseStarExpression();
    if (!this.isOp(',')) return first;
    const elts = [first];
    while (this.acceptOp(',')) {
      // an element that does not parse makes the comma the optional trailing one (PEG)
      const elt = this.startsStarExpression() ? this.attempt(() => this.parseStarExpression()) : null;
      if (elt === null) break;
      elts.push(elt);
    }
    return this.at({ kind: 'Tuple', elts, ctx: 'Load' }, start, this.last);
  }

  // star_expression: '*' bitwise_or | expression
  protected parseStarExpression(): Expr {
    const star = this.acceptOp('*');
    if (star === null) return this.parseExpression();
    const value = this.parseBitwiseOr();
    return this.at({ kind: 'Starred', value, ctx: 'Load' } as Starred, star, this.last);
  }

  // star_named_expressions: ','.star_named_expression+ [',']
  protected parseStarNamedExpressions(first: Expr, closer: string): Expr[] {
    const elts = [first];
    while (this.acceptOp(',')) {
      if (this.isOp(closer)) break;
      const elt = this.attempt(() => this.parseStarNamedExpression());
      if (elt === null) break;
      elts.push(elt);
    }
    return elts;
  }

  // star_named_expression: '*' bitwise_or | named_expression
  protected parseStarNamedExpression(): Expr {
    const star = this.acceptOp('*');
    if (star === null) return this.parseNamedExpression();
    const value = this.parseBitwiseOr();
    return this.at({ kind: 'Starred', value, ctx: 'Load' } as Starred, star, this.last);
  }

  // named_expression: assignment_expression | invalid_named_expression | expression !':='
  // assignment_expression: NAME ':=' ~ expression
  protected parseNamedExpression(): Expr {
    const t = this.peek();
    if (t.kind === TokenKind.Name && this.isOp(':=', 1)) {
      this.pos += 2;
      const value = this.parseExpression();
      return this.at({ kind: 'NamedExpr', target: this.name(t, 'Store'), value }, t, this.last);
    }
    if (this.diagnose) this.once('invalid_named_expression', () => this.checkInvalidNamedExpression());
    const e = this.parseExpression();
    if (this.isOp(':=')) this.fail();
    return e;
  }

  // invalid_named_expression:
  //     | a=expression ':=' expression
  //     | a=NAME '=' b=bitwise_or !('='|':=')
  //     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  private checkInvalidNamedExpression(): void {
    const mark = this.pos;
    const a = this.attempt(() => this.parseExpression());
    if (a !== null && this.acceptOp(':=') && this.attempt(() => this.parseExpression()) !== null) {
      this.raiseKnownLocation(`cannot use assignment expressions with ${exprName(a)}`, a);
    }
    this.pos = mark;
    const t = this.peek();
    if (t.kind === TokenKind.Name && this.isOp('=', 1)) {
      this.pos += 2;
      const b = this.attempt(() => this.parseBitwiseOr());
      if (b !== null && !this.isOp('=') && !this.isOp(':=')) {
        this.raiseKnownRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t, b);
      }
      this.pos = mark;
    }
    if (this.startsListTupleOrGenexp() || this.isKeyword('True') || this.isKeyword('None') || this.isKeyword('False')) {
      return;
    }
    const target = this.attempt(() => this.parseBitwiseOr());
    if (target !== null && this.acceptOp('=') && this.attempt(() => this.parseBitwiseOr()) !== null
        && !this.isOp('=') && !this.isOp(':=')) {
      this.raiseKnownLocation(`cannot assign to ${exprName(target)} here. Maybe you meant '==' instead of '='?`, target);
    }
  }

  /** Lookahead `&(list | tuple | genexp)`. */
  private startsListTupleOrGenexp(): boolean {
    if (!this.isOp('[') && !this.isOp('(')) return false;
    return this.lookahead(() => {
      const e = this.parseAtom();
      if (e.kind !== 'List' && e.kind !== 'Tuple' && e.kind !== 'GeneratorExp') this.fail();
      return e;
    });
  }

  // expression:
  //     | invalid_expression | invalid_legacy_expression
  //     | disjunction 'if' disjunction 'else' expression | disjunction | lambdef
  // lambdef: 'lambda' [lambda_params] ':' expression
  protected parseExpression(): Expr {
    const chain: ChainLink[] = [];
    let result: Expr;
    try {
      result = this.parseExpressionChain(chain);
    } catch (e) {
      // PEG semantics: a conditional whose `if … else …` part fails is just its body
      let i = chain.length - 1;
      while (i >= 0 && 'lambda' in chain[i]) i--;
      if (i < 0) throw e;
      const link = chain[i] as Extract<ChainLink, { afterBody: number }>;
      this.rewind(e, link.afterBody, link.level);
      result = link.body;
      chain.length = i;
    }
    const end = this.last;
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i];
      if ('lambda' in link) {
        result = this.at({ kind: 'Lambda', args: link.args, body: result }, link.lambda, end);
        this.leave(2);
      } else {
        result = this.at({ kind: 'IfExp', test: link.test, body: link.body, orelse: result }, link.start, end);
        this.leave(1);
      }
    }
    return result;
  }

  /** Reads lambda headers and `body if test else` prefixes into `chain`; returns the tail. */
  private parseExpressionChain(chain: ChainLink[]): Expr {
    for (;;) {
      if (this.diagnose) {
        this.once('invalid_expression', () => this.checkInvalidExpression());
        this.once('invalid_legacy_expression', () => this.checkInvalidLegacyExpression());
      }
      const lambda = this.acceptKeyword('lambda');
      if (lambda !== null) {
        this.enter(2);
        const args = this.isOp(':') ? this.emptyArguments() : this.parseLambdaParameters();
        this.expectOp(':');
        chain.push({ lambda, args });
        continue;
      }
      const start = this.peek();
      const body = this.parseDisjunction();
      if (!this.isKeyword('if')) return body;
      const link = { start, body, test: body, afterBody: this.pos, level: this.level };
      chain.push(link); // (a failure from here on falls back to `body`)
      this.pos++;
      this.enter(1);
      link.test = this.parseDisjunction();
      this.expectKeyword('else');
    }
  }

  // invalid_expression:
  //     | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  //         -> "invalid syntax. Perhaps you forgot a comma?" (inside brackets, not print/exec)
  //     | a=disjunction 'if' b=disjunction !('else'|':') -> "expected 'else' after 'if' expression"
  //     | a='lambda' [lambda_params] b=':' &(FSTRING_MIDDLE | fstring_replacement_field)
  private checkInvalidExpression(): void {
    const mark = this.pos;
    const t = this.peek();
    const skipComma = t.kind === TokenKind.Name
      && (looksLikeSoftKeyword(t.value) || this.peek(1).kind === TokenKind.String);
    if (!skipComma) {
      const a = this.attempt(() => this.parseDisjunction());
      if (a !== null) {
        const b = this.withoutDiagnosis(() => this.attempt(() => this.parseExpression()));
        if (b !== null && !this.isLegacyCall(a) && this.last.level > 0) {
          this.raiseKnownRange('invalid syntax. Perhaps you forgot a comma?', a, b);
        }
      }
      this.pos = mark;
    }
    const a = this.attempt(() => this.parseDisjunction());
    if (a !== null && this.acceptKeyword('if')) {
      const b = this.attempt(() => this.parseDisjunction());
      if (b !== null && !this.isKeyword('else') && !this.isOp(':')) {
        this.raiseKnownRange("expected 'else' after 'if' expression", a, b);
      }
    }
    this.pos = mark;
    const lambda = this.acceptKeyword('lambda');
    if (lambda !== null) {
      if (!this.isOp(':')) this.attempt(() => this.parseLambdaParameters());
      const colon = this.acceptOp(':');
      if (colon !== null && (this.isKind(TokenKind.FStringMiddle) || this.isOp('{'))) {
        this.raiseKnownRange('f-string: lambda expressions are not allowed without parentheses', lambda, colon);
      }
    }
  }

  private isLegacyCall(e: Expr): boolean {
    return e.kind === 'Name' && (e.id === 'print' || e.id === 'exec');
  }

  // invalid_legacy_expression: a=NAME !'(' b=star_expressions
  //     -> "Missing parentheses in call to 'print'. Did you mean print(...)?"
  private checkInvalidLegacyExpression(): void {
    const a = this.peek();
    if (a.kind !== TokenKind.Name || this.isOp('(', 1)) return;
    // (the name is only checked once b has parsed: that reading can reach a tokenizer error)
    this.pos++;
    const b = this.attempt(() => this.parseStarExpressions());
    if (b !== null && (a.value === 'print' || a.value === 'exec')) {
      this.raiseKnownRange(`Missing parentheses in call to '${a.value}'. Did you mean ${a.value}(...)?`, a, b);
    }
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  protected parseYieldExpression(): Expr {
    const y = this.expectKeyword('yield');
    if (this.acceptKeyword('from')) {
      const value = this.parseExpression();
      return this.at({ kind: 'YieldFrom', value }, y, this.last);
    }
    if (!this.startsStarExpression()) return this.at({ kind: 'Yield', value: null }, y, y);
    const value = this.parseStarExpressions();
    return this.at({ kind: 'Yield', value }, y, this.last);
  }

  // ------------------------------------------------------------------ boolean operators

  // disjunction: conjunction ('or' conjunction)+ | conjunction
  protected parseDisjunction(): Expr {
    const start = this.peek();
    const first = this.parseConjunction();
    if (!this.isKeyword('or')) return first;
    const values = [first];
    while (this.isKeyword('or')) {
      const mark = this.pos;
      const level = this.level;
      try {
        this.pos++;
        values.push(this.parseConjunction());
      } catch (e) {
        this.rewind(e, mark, level);
        break;
      }
    }
    if (values.length === 1) return first;
    return this.at({ kind: 'BoolOp', op: 'Or', values }, start, this.last);
  }

  // conjunction: inversion ('and' inversion)+ | inversion
  private parseConjunction(): Expr {
    const start = this.peek();
    const first = this.parseInversion();
    if (!this.isKeyword('and')) return first;
    const values = [first];
    while (this.isKeyword('and')) {
      const mark = this.pos;
      const level = this.level;
      try {
        this.pos++;
        values.push(this.parseInversion());
      } catch (e) {
        this.rewind(e, mark, level);
        break;
      }
    }
    if (values.length === 1) return first;
    return this.at({ kind: 'BoolOp', op: 'And', values }, start, this.last);
  }

  // inversion: 'not' inversion | comparison
  private parseInversion(): Expr {
    const nots: Token[] = [];
    for (let t = this.acceptKeyword('not'); t !== null; t = this.acceptKeyword('not')) {
      this.enter(1);
      nots.push(t);
    }
    let e = this.parseComparison();
    for (let i = nots.length - 1; i >= 0; i--) {
      e = this.at({ kind: 'UnaryOp', op: 'Not', operand: e }, nots[i], this.last);
    }
    this.leave(nots.length);
    return e;
  }

  // comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
  private parseComparison(): Expr {
    const start = this.peek();
    const left = this.parseBitwiseOr();
    const ops: CmpOpName[] = [];
    const comparators: Expr[] = [];
    for (;;) {
      const mark = this.pos;
      const level = this.level;
      const op = this.comparisonOperator();
      if (op === null) break;
      try {
        comparators.push(this.parseBitwiseOr());
      } catch (e) {
        this.rewind(e, mark, level);
        break;
      }
      ops.push(op);
    }
    if (ops.length === 0) return left;
    return this.at({ kind: 'Compare', left, ops, comparators }, start, this.last);
  }

  /** Consumes a comparison operator (`not in`, `is not` included) if one is next. */
  private comparisonOperator(): CmpOpName | null {
    const t = this.peek();
    if (t.kind === TokenKind.Op) {
      const op = COMPARISON_OPERATOR.get(t.value);
      if (op !== undefined) this.pos++;
      return op ?? null;
    }
    if (t.kind !== TokenKind.Keyword) return null;
    switch (t.value) {
      case 'in':
        this.pos++;
        return 'In';
      case 'is':
        this.pos++;
        return this.acceptKeyword('not') ? 'IsNot' : 'Is';
      case 'not':
        if (!this.isKeyword('in', 1)) return null;
        this.pos += 2;
        return 'NotIn';
      default:
        return null;
    }
  }

  // ------------------------------------------------------------------ arithmetic

  // bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor   (and so on down to term)
  // Precedence climbing over bitwise_or … term (all left-associative); `minPrecedence` > 1
  // parses a tighter level.
  protected parseBitwiseOr(minPrecedence = 1): Expr {
    const start = this.peek();
    let left = this.parseFactor();
    for (;;) {
      const t = this.peek();
      if (t.kind !== TokenKind.Op) return left;
      const precedence = BINARY_PRECEDENCE.get(t.value);
      if (precedence === undefined || precedence < minPrecedence) return left;
      const mark = this.pos;
      const level = this.level;
      let right: Expr;
      try {
        this.pos++;
        right = this.parseBitwiseOr(precedence + 1);
      } catch (e) {
        this.rewind(e, mark, level);
        return left;
      }
      left = this.at({ kind: 'BinOp', left, op: BINARY_OPERATOR.get(t.value)!, right }, start, this.last);
    }
  }

  // factor: '+' factor | '-' factor | '~' factor | power
  // power: await_primary '**' factor | await_primary
  private parseFactor(): Expr {
    // Read `ops₀ operand₀ ** ops₁ operand₁ ** …` with a loop, then fold from the right.
    const segments: Segment[] = [this.parseFactorSegment()];
    let cost = segments[0].ops.length;
    while (this.isOp('**')) {
      const mark = this.pos;
      const level = this.level;
      try {
        this.pos++;
        this.enter(2);
        const segment = this.parseFactorSegment();
        segments.push(segment);
        cost += 2 + segment.ops.length;
      } catch (e) {
        this.rewind(e, mark, level);
        break;
      }
    }
    const end = this.last;
    let result: Expr = segments[segments.length - 1].operand;
    for (let i = segments.length - 1; i >= 0; i--) {
      const { ops, start, operand } = segments[i];
      if (i < segments.length - 1) result = this.at({ kind: 'BinOp', left: operand, op: 'Pow', right: result }, start, end);
      for (let k = ops.length - 1; k >= 0; k--) {
        const op = ops[k].value === '-' ? 'USub' : ops[k].value === '+' ? 'UAdd' : 'Invert';
        result = this.at({ kind: 'UnaryOp', op, operand: result }, ops[k], end);
      }
    }
    this.leave(cost);
    return result;
  }

  /** Unary operators and the await_primary they apply to (accounted as stack depth). */
  private parseFactorSegment(): Segment {
    const ops: Token[] = [];
    for (let t = this.peek(); t.kind === TokenKind.Op && (t.value === '-' || t.value === '+' || t.value === '~'); t = this.peek()) {
      this.pos++;
      this.enter(1);
      ops.push(t);
    }
    // await_primary: 'await' primary | primary
    const start = this.peek();
    if (!(start.kind === TokenKind.Keyword && start.value === 'await')) return { ops, start, operand: this.parsePrimary() };
    this.pos++;
    const value = this.parsePrimary();
    return { ops, start, operand: this.at({ kind: 'Await', value }, start, this.last) };
  }

  // primary:
  //     | primary '.' NAME | primary genexp | primary '(' [arguments] ')'
  //     | primary '[' slices ']' | atom
  protected parsePrimary(): Expr {
    const start = this.peek();
    let e = this.parseAtom();
    for (;;) {
      const t = this.peek();
      if (t.kind !== TokenKind.Op) return e;
      if (t.value === '.') {
        const attr = this.peek(1);
        if (attr.kind !== TokenKind.Name) return e;
        this.pos += 2;
        e = this.at({ kind: 'Attribute', value: e, attr: attr.value, ctx: 'Load' }, start, attr);
        continue;
      }
      if (t.value !== '(' && t.value !== '[') return e;
      const mark = this.pos;
      const level = this.level;
      try {
        if (t.value === '(') {
          const call = this.parseCallTrailer(true);
          e = this.at({ kind: 'Call', func: e, args: call.args, keywords: call.keywords }, start, call.close);
        } else {
          this.pos++;
          this.enter(BRACKET_COST);
          const slice = this.parseSlices();
          const close = this.expectOp(']');
          this.leave(BRACKET_COST);
          e = this.at({ kind: 'Subscript', value: e, slice, ctx: 'Load' }, start, close);
        }
      } catch (err) {
        this.rewind(err, mark, level);
        return e;
      }
    }
  }

  // slices: slice !',' | ','.(slice | starred_expression)+ [',']
  private parseSlices(): Expr {
    const start = this.peek();
    const first = this.parseSliceItem();
    if (!this.isOp(',') && first.kind !== 'Starred') return first;
    const elts = [first];
    while (this.acceptOp(',')) {
      if (this.isOp(']')) break;
      elts.push(this.parseSliceItem());
    }
    return this.at({ kind: 'Tuple', elts, ctx: 'Load' }, start, this.last);
  }

  // slice: [expression] ':' [expression] [':' [expression]] | named_expression
  // starred_expression: '*' expression
  private parseSliceItem(): Expr {
    const start = this.peek();
    if (start.kind === TokenKind.Op && start.value === '*') {
      this.pos++;
      const value = this.parseExpression();
      return this.at({ kind: 'Starred', value, ctx: 'Load' } as Starred, start, this.last);
    }
    let lower: Expr | null = null;
    if (!this.isOp(':')) {
      if (this.diagnose || (start.kind === TokenKind.Name && this.isOp(':=', 1))) {
        const e = this.attempt(() => {
          const lo = this.parseExpression();
          if (!this.isOp(':')) this.fail();
          return lo;
        });
        if (e === null) return this.parseNamedExpression();
        lower = e;
      } else {
        // (the same, without parsing twice: no walrus, so named_expression is expression)
        lower = this.parseExpression();
        if (!this.isOp(':')) {
          if (this.isOp(':=')) this.fail();
          return lower;
        }
      }
    }
    this.expectOp(':');
    const upper = this.startsExpression() ? this.parseExpression() : null;
    let step: Expr | null = null;
    if (this.acceptOp(':') && this.startsExpression()) step = this.parseExpression();
    return this.at({ kind: 'Slice', lower, upper, step }, start, this.last);
  }

  /** `star_targets 'in'` of a for clause or statement, with invalid_for_target on failure. */
  protected parseForTarget(): Expr {
    const mark = this.pos;
    const target = this.attempt(() => {
      const e = this.parseStarTargets('for');
      this.expectKeyword('in');
      return e;
    });
    if (target !== null) return target;
    if (this.diagnose) {
      // invalid_for_target: ASYNC? 'for' a=star_expressions
      this.pos = mark;
      const a = this.attempt(() => this.parseStarExpressions());
      if (a !== null) this.raiseInvalidTarget('for', a);
    }
    return this.fail();
  }

  /** RAISE_SYNTAX_ERROR_INVALID_TARGET: does nothing if `e` holds no invalid target. */
  protected raiseInvalidTarget(kind: TargetsKind, e: Expr): void {
    const bad = invalidTarget(e, kind);
    if (bad === null) return;
    const verb = kind === 'del' ? 'delete' : 'assign to';
    this.raiseKnownLocation(`cannot ${verb} ${exprName(bad)}`, bad);
  }

  // star_targets: star_target !',' | star_target (',' star_target)* [',']
  // star_target: '*' (!'*' star_target) | target_with_star_atom
  // del_targets: ','.del_target+ [',']   (its elements: `parseTarget('del')`)
  // Targets are read as expressions, then validated and given their context.
  protected parseStarTargets(kind: TargetsKind): Expr {
    const start = this.peek();
    const first = this.parseStarTarget(kind);
    let target = first;
    if (this.isOp(',')) {
      const elts = [first];
      while (this.acceptOp(',')) {
        if (!this.startsStarExpression()) break;
        const elt = this.attempt(() => this.parseStarTarget(kind));
        if (elt === null) break;
        elts.push(elt);
      }
      target = this.at({ kind: 'Tuple', elts, ctx: 'Load' }, start, this.last);
    }
    return this.validTarget(target, kind);
  }

  /** One star_target (or del_target), validated. */
  protected parseTarget(kind: TargetsKind): Expr {
    return this.validTarget(this.parseStarTarget(kind), kind);
  }

  private validTarget(target: Expr, kind: TargetsKind): Expr {
    if (invalidTarget(target, kind) !== null) this.fail();
    setContext(target, kind === 'del' ? 'Del' : 'Store');
    return target;
  }

  // target_with_star_atom: t_primary '.' NAME | t_primary '[' slices ']' | star_atom
  private parseStarTarget(kind: TargetsKind): Expr {
    const star = this.isOp('*') && kind !== 'del' ? this.next() : null;
    if (star === null) return this.parsePrimary();
    if (this.isOp('*')) this.fail();
    const value = this.parseStarTarget(kind);
    return this.at({ kind: 'Starred', value, ctx: 'Load' } as Starred, star, this.last);
  }
}
