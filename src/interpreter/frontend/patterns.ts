/**
 * Patterns of `match` statements (PEP 634), the `patterns` section of CPython 3.12's grammar.
 *
 * Patterns are parsed directly into the ast's Pattern nodes; the few expressions they embed
 * (literal values, dotted names, mapping keys) come from the shared expression machinery so
 * they carry ordinary Expr nodes, as in CPython.
 */

import type { Expr, Pattern } from './ast';
import { numberValue } from './expressions';
import { ParameterParser } from './parameters';
import { Token, TokenKind } from './tokens';

export abstract class PatternParser extends ParameterParser {
  // patterns: open_sequence_pattern | pattern
  protected parsePatterns(): Pattern {
    const start = this.peek();
    const first = this.parseMaybeStarPattern();
    if (!this.isOp(',')) {
      if (first.kind === 'MatchStar') this.fail();
      return first;
    }
    const patterns = this.parseSequenceRest(first, ':');
    return this.at({ kind: 'MatchSequence', patterns }, start, this.last);
  }

  /** The `(',' maybe_star_pattern)* [',']` after a first element, up to `closer`. */
  private parseSequenceRest(first: Pattern, closer: string): Pattern[] {
    const patterns = [first];
    while (this.acceptOp(',')) {
      if (this.isOp(closer) || (closer === ':' && this.isKeyword('if'))) break;
      patterns.push(this.parseMaybeStarPattern());
    }
    return patterns;
  }

  // maybe_star_pattern: star_pattern | pattern
  // star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
  private parseMaybeStarPattern(): Pattern {
    const star = this.acceptOp('*');
    if (star === null) return this.parsePattern();
    const name = this.expectName();
    const target = this.captureTarget(name, true);
    return this.at({ kind: 'MatchStar', name: target }, star, name);
  }

  // pattern: as_pattern | or_pattern
  // as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
  protected parsePattern(): Pattern {
    const start = this.peek();
    const pattern = this.parseOrPattern();
    if (!this.acceptKeyword('as')) return pattern;
    const t = this.peek();
    if (t.kind === TokenKind.Name && t.value !== '_' && !this.isNameFollower(1)) {
      this.pos++;
      return this.at({ kind: 'MatchAs', pattern, name: t.value }, start, t);
    }
    if (this.diagnose) {
      // invalid_as_pattern: or_pattern 'as' "_" | or_pattern 'as' !NAME expression
      if (t.kind === TokenKind.Name && t.value === '_') this.raiseKnownLocation("cannot use '_' as a target", t);
      if (t.kind !== TokenKind.Name) {
        const e = this.attempt(() => this.parseExpression());
        if (e !== null) this.raiseKnownLocation('invalid pattern target', e);
      }
    }
    return this.fail();
  }

  // or_pattern: '|'.closed_pattern+
  private parseOrPattern(): Pattern {
    const start = this.peek();
    const first = this.parseClosedPattern();
    if (!this.isOp('|')) return first;
    const patterns = [first];
    while (this.acceptOp('|')) patterns.push(this.parseClosedPattern());
    return this.at({ kind: 'MatchOr', patterns }, start, this.last);
  }

  /** `!('.' | '(' | '=')` after a name. */
  private isNameFollower(k: number): boolean {
    return this.isOp('.', k) || this.isOp('(', k) || this.isOp('=', k);
  }

  /** pattern_capture_target: !"_" NAME !('.' | '(' | '='); `_` is allowed where wildcards are. */
  private captureTarget(name: Token, wildcardOk: boolean): string | null {
    if (name.value === '_') return wildcardOk ? null : this.fail();
    return name.value;
  }

  // closed_pattern:
  //     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
  //     | group_pattern | sequence_pattern | mapping_pattern | class_pattern
  private parseClosedPattern(): Pattern {
    const t = this.peek();
    switch (t.kind) {
      case TokenKind.Name: {
        if (!this.isNameFollower(1)) {
          this.pos++;
          // capture_pattern / wildcard_pattern
          return this.at({ kind: 'MatchAs', pattern: null, name: t.value === '_' ? null : t.value }, t, t);
        }
        const cls = this.parseNameOrAttr();
        if (this.isOp('(')) return this.parseClassPattern(t, cls);
        if (this.isOp('=')) this.fail();
        if (cls.kind === 'Name') this.fail();
        // value_pattern: attr !('.' | '(' | '=')
        return this.at({ kind: 'MatchValue', value: cls }, cls, cls);
      }
      case TokenKind.Keyword:
        if (t.value === 'None' || t.value === 'True' || t.value === 'False') {
          this.pos++;
          const value = t.value === 'None' ? { t: 'None' as const } : { t: 'bool' as const, v: t.value === 'True' };
          return this.at({ kind: 'MatchSingleton', value }, t, t);
        }
        return this.fail();
      case TokenKind.Number:
      case TokenKind.String:
      case TokenKind.FStringStart: {
        const value = this.parseLiteralExpr();
        return this.at({ kind: 'MatchValue', value }, value, value);
      }
      case TokenKind.Op:
        switch (t.value) {
          case '-': {
            const value = this.parseLiteralExpr();
            return this.at({ kind: 'MatchValue', value }, value, value);
          }
          case '(': return this.parseParenPattern();
          case '[': return this.parseBracketPattern();
          case '{': return this.parseMappingPattern();
        }
        return this.fail();
      default:
        return this.fail();
    }
  }

  // literal_expr / literal_pattern (the value kinds):
  //     | signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' | 'False'
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  // signed_number: NUMBER | '-' NUMBER
  private parseLiteralExpr(): Expr {
    const t = this.peek();
    if (t.kind === TokenKind.String || t.kind === TokenKind.FStringStart) return this.parseStrings();
    if (t.kind === TokenKind.Keyword && (t.value === 'None' || t.value === 'True' || t.value === 'False')) {
      this.pos++;
      const value = t.value === 'None' ? { t: 'None' as const } : { t: 'bool' as const, v: t.value === 'True' };
      return this.at({ kind: 'Constant', value }, t, t);
    }
    const minus = this.acceptOp('-');
    const number = this.expectKind(TokenKind.Number);
    const constant = this.at({ kind: 'Constant', value: numberValue(number.value) }, number, number);
    const signed: Expr = minus === null ? constant : this.at({ kind: 'UnaryOp', op: 'USub', operand: constant }, minus, constant);
    const sign = this.peek();
    if (sign.kind !== TokenKind.Op || (sign.value !== '+' && sign.value !== '-')) return signed;
    // complex_number: real part, then an imaginary one
    if (constant.value.t === 'complex') this.raiseKnownLocation('real number required in complex literal', constant);
    this.pos++;
    const imagTok = this.expectKind(TokenKind.Number);
    const imag = this.at({ kind: 'Constant', value: numberValue(imagTok.value) }, imagTok, imagTok);
    if (imag.value.t !== 'complex') this.raiseKnownLocation('imaginary number required in complex literal', imag);
    return this.at({ kind: 'BinOp', left: signed, op: sign.value === '+' ? 'Add' : 'Sub', right: imag }, signed, imag);
  }

  // name_or_attr: attr | NAME       attr: name_or_attr '.' NAME
  private parseNameOrAttr(): Expr {
    const first = this.expectName();
    let e: Expr = this.name(first);
    while (this.acceptOp('.')) {
      const attr = this.expectName();
      e = this.at({ kind: 'Attribute', value: e, attr: attr.value, ctx: 'Load' }, e, attr);
    }
    return e;
  }

  // group_pattern: '(' pattern ')'
  // sequence_pattern: '(' open_sequence_pattern? ')'
  private parseParenPattern(): Pattern {
    const open = this.next();
    if (this.isOp(')')) return this.at({ kind: 'MatchSequence', patterns: [] }, open, this.next());
    const first = this.parseMaybeStarPattern();
    if (!this.isOp(',')) {
      this.expectOp(')');
      if (first.kind === 'MatchStar') this.fail();
      return first;
    }
    const patterns = this.parseSequenceRest(first, ')');
    return this.at({ kind: 'MatchSequence', patterns }, open, this.expectOp(')'));
  }

  // sequence_pattern: '[' maybe_sequence_pattern? ']'
  private parseBracketPattern(): Pattern {
    const open = this.next();
    if (this.isOp(']')) return this.at({ kind: 'MatchSequence', patterns: [] }, open, this.next());
    const patterns = this.parseSequenceRest(this.parseMaybeStarPattern(), ']');
    return this.at({ kind: 'MatchSequence', patterns }, open, this.expectOp(']'));
  }

  // mapping_pattern:
  //     | '{' '}' | '{' double_star_pattern ','? '}'
  //     | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'
  // key_value_pattern: (literal_expr | attr) ':' pattern
  // double_star_pattern: '**' pattern_capture_target
  private parseMappingPattern(): Pattern {
    const open = this.next();
    const keys: Expr[] = [];
    const patterns: Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp('}')) {
      if (this.acceptOp('**')) {
        const name = this.expectName();
        if (this.isNameFollower(0)) this.fail();
        rest = this.captureTarget(name, false);
        this.acceptOp(',');
        break;
      }
      const t = this.peek();
      keys.push(t.kind === TokenKind.Name ? this.parseDottedKey() : this.parseLiteralExpr());
      this.expectOp(':');
      patterns.push(this.parsePattern());
      if (!this.acceptOp(',')) break;
    }
    return this.at({ kind: 'MatchMapping', keys, patterns, rest }, open, this.expectOp('}'));
  }

  /** A mapping key that is a name must be a dotted `attr`. */
  private parseDottedKey(): Expr {
    const e = this.parseNameOrAttr();
    if (e.kind === 'Name') this.fail();
    return e;
  }

  // class_pattern:
  //     | name_or_attr '(' ')'
  //     | name_or_attr '(' positional_patterns ','? ')'
  //     | name_or_attr '(' keyword_patterns ','? ')'
  //     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
  //     | invalid_class_pattern
  // keyword_pattern: NAME '=' pattern
  private parseClassPattern(start: Token, cls: Expr): Pattern {
    this.expectOp('(');
    const patterns: Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: Pattern[] = [];
    const misplaced: Pattern[] = [];
    while (!this.isOp(')')) {
      const t = this.peek();
      if (t.kind === TokenKind.Name && this.isOp('=', 1)) {
        this.pos += 2;
        kwdAttrs.push(t.value);
        kwdPatterns.push(this.parsePattern());
      } else {
        const p = this.parsePattern();
        if (kwdAttrs.length > 0) misplaced.push(p);
        else patterns.push(p);
      }
      if (!this.acceptOp(',')) break;
    }
    if (misplaced.length > 0) {
      // invalid_class_pattern: name_or_attr '(' [positional_patterns ','] keyword_patterns ',' positional_patterns
      if (this.diagnose) {
        this.raiseKnownRange('positional patterns follow keyword patterns', misplaced[0], misplaced[misplaced.length - 1]);
      }
      this.fail();
    }
    const close = this.expectOp(')');
    return this.at({ kind: 'MatchClass', cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns }, start, close);
  }
}
