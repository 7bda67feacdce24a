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
 * diagnosing pass (see ParserCore) at the points where the grammar tries them. Strings and
 * f-strings, parameter lists and patterns live in subclasses (fstrings.ts, parameters.ts,
 * patterns.ts); this class declares what it needs from them.
 */

import type {
  Arguments, CmpOpName, Comprehension, ConstValue, Expr, Keyword, Name, OperatorName, Pos, Starred,
} from './ast';
import { type Located, ParserCore } from './parser-core';
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
const SOFT_KEYWORDS = ['_', 'case', 'match', 'type'];

/**
 * The grammar's SOFT_KEYWORD token test. CPython compares only as many characters as the name
 * has (`strncmp(keyword, name, len(name))`), so any prefix of a soft keyword (`c`, `ma`, `t` …)
 * passes too; error messages depend on it.
 */
function looksLikeSoftKeyword(name: string): boolean {
  return SOFT_KEYWORDS.some((k) => k.startsWith(name));
}
const EXPRESSION_KEYWORDS: ReadonlySet<string> = new Set(['lambda', 'not', 'await', 'None', 'True', 'False']);
const EXPRESSION_OPS: ReadonlySet<string> = new Set(['(', '[', '{', '-', '+', '~', '...']);

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

  protected startsExpression(k = 0): boolean {
    const t = this.peek(k);
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
      if (!this.startsStarExpression()) break;
      const elt = this.attemptAfterComma(() => this.parseStarExpression());
      if (elt === null) break;
      elts.push(elt);
    }
    return this.at({ kind: 'Tuple', elts, ctx: 'Load' }, start, this.last);
  }

  /**
   * An element after a comma of a `','.elem+ [',']` list: if it does not parse, PEG takes the
   * comma as the optional trailing one (and whatever follows fails later).
   */
  protected attemptAfterComma(parse: () => Expr): Expr | null {
    const mark = this.pos;
    const level = this.level;
    try {
      return parse();
    } catch (e) {
      this.rewind(e, mark, level);
      return null;
    }
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
      const elt = this.attemptAfterComma(() => this.parseStarNamedExpression());
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
      const afterBody = this.pos;
      const level = this.level;
      this.pos++;
      this.enter(1);
      chain.push({ start, body, test: body, afterBody, level });
      const test = this.parseDisjunction();
      this.expectKeyword('else');
      (chain[chain.length - 1] as { test: Expr }).test = test;
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

  // ------------------------------------------------------------------ atoms

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
        const elt = this.attemptAfterComma(() => this.parseStarTarget(kind));
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
  protected parseCallTrailer(genexp: boolean): { args: Expr[]; keywords: Keyword[]; close: Token } {
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
  protected lastComprehensionItem(generators: Comprehension[]): Located {
    const last = generators[generators.length - 1];
    return last.ifs.length > 0 ? last.ifs[last.ifs.length - 1] : last.iter;
  }
}
