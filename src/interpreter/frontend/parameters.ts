/**
 * Parameter lists of `def` and `lambda`, and PEP 695 type parameter lists.
 *
 * CPython's grammar spells the legal orders out (`slash_no_default`, `param_with_default`,
 * `star_etc`, `kwds` …, each twice: with annotations for `def`, without for `lambda`). One loop
 * here reads a list in order and tracks where it is (before/after `/`, after `*`, after `**`);
 * the illegal orders fail, and in the diagnosing pass raise the messages of
 * `invalid_parameters`, `invalid_star_etc`, `invalid_kwds` (and their lambda twins).
 */

import type { Arg, Arguments, Expr, TypeParam } from './ast';
import { StringParser } from './fstrings';
import type { Located } from './parser-core';
import { Token, TokenKind } from './tokens';

export abstract class ParameterParser extends StringParser {
  protected emptyArguments(): Arguments {
    return {
      kind: 'arguments', posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [],
      kwarg: null, defaults: [],
    };
  }

  // params: invalid_parameters | parameters   (between the parentheses of a def)
  protected parseParameters(): Arguments {
    return this.parseParameterList(false);
  }

  // lambda_params: invalid_lambda_parameters | lambda_parameters   (up to the ':')
  protected parseLambdaParameters(): Arguments {
    return this.parseParameterList(true);
  }

  // parameters:
  //     | slash_no_default param_no_default* param_with_default* [star_etc]
  //     | slash_with_default param_with_default* [star_etc]
  //     | param_no_default+ param_with_default* [star_etc]
  //     | param_with_default+ [star_etc]
  //     | star_etc
  // star_etc:
  //     | '*' param_no_default param_maybe_default* [kwds]
  //     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
  //     | '*' ',' param_maybe_default+ [kwds]
  //     | kwds
  // kwds: '**' param_no_default
  private parseParameterList(lambda: boolean): Arguments {
    const close = lambda ? ':' : ')';
    const result = this.emptyArguments();
    let sawSlash = false;
    let sawStar = false;
    // Where we are relative to the first run of parameters with defaults; CPython reports a
    // parameter without one only right after that run (or after the run and a '/').
    let defaults: 'before' | 'run' | 'run/' | 'after' = 'before';
    while (!this.isOp(close)) {
      const t = this.peek();
      if (t.kind === TokenKind.Op && t.value === '/') {
        if (sawStar) this.diagnoseAt('/ must be ahead of *', t);
        if (sawSlash) this.diagnoseAt('/ may appear only once', t);
        if (result.args.length === 0) {
          if (this.diagnose && this.isOp(',', 1)) this.raiseKnownLocation('at least one argument must precede /', t);
          this.fail();
        }
        this.pos++;
        sawSlash = true;
        if (defaults === 'run') defaults = 'run/';
        result.posonlyargs = result.args;
        result.args = [];
      } else if (t.kind === TokenKind.Op && t.value === '*') {
        if (sawStar) {
          // invalid_star_etc: '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',')
          if (this.diagnose) {
            const param = this.isKind(TokenKind.Name, 1) && (this.isOp(',', 2) || this.isOp(close, 2) || (!lambda && this.isOp(':', 2)));
            if (param || this.isOp(',', 1)) this.raiseKnownLocation('* argument may appear only once', t);
          }
          this.fail();
        }
        this.pos++;
        sawStar = true;
        if (this.isOp(close) || (this.isOp(',') && (this.isOp(close, 1) || this.isOp('**', 1)))) {
          if (this.diagnose) {
            if (lambda) this.raiseAtLastToken('named arguments must follow bare *');
            this.raiseKnownLocation('named arguments must follow bare *', t);
          }
          this.fail();
        }
        if (!this.isOp(',')) {
          result.vararg = this.parseParameter(lambda, true);
          if (this.isOp('=')) this.diagnoseAt('var-positional argument cannot have default value', this.peek());
        }
      } else if (t.kind === TokenKind.Op && t.value === '**') {
        this.pos++;
        result.kwarg = this.parseParameter(lambda, false);
        if (this.isOp('=')) this.diagnoseAt('var-keyword argument cannot have default value', this.peek());
        if (this.acceptOp(',') && !this.isOp(close)) {
          const after = this.peek();
          if (after.kind === TokenKind.Name) {
            this.diagnoseAt('arguments cannot follow var-keyword argument', this.attempt(() => this.parseParameter(lambda, false)) ?? after);
          }
          if (after.kind === TokenKind.Op && (after.value === '*' || after.value === '**' || after.value === '/')) {
            this.diagnoseAt('arguments cannot follow var-keyword argument', after);
          }
          this.fail();
        }
        break;
      } else if (t.kind === TokenKind.Name) {
        const arg = this.parseParameter(lambda, false);
        let value: Expr | null = null;
        const eq = this.acceptOp('=');
        if (eq !== null) {
          // invalid_default: a='=' &(')'|',') -> "expected default value expression"
          if (this.isOp(')') || this.isOp(',')) this.diagnoseAt('expected default value expression', eq);
          value = this.parseExpression();
        }
        if (sawStar) {
          result.kwonlyargs.push(arg);
          result.kw_defaults.push(value);
        } else {
          if (value !== null) {
            result.defaults.push(value);
            defaults = defaults === 'before' || defaults === 'run' ? 'run' : 'after';
          } else if (defaults !== 'before') {
            if (defaults !== 'after' && (this.isOp(',') || this.isOp(close))) {
              this.diagnoseAt('parameter without a default follows parameter with a default', arg);
            }
            this.fail();
          }
          result.args.push(arg);
        }
      } else {
        if (t.kind === TokenKind.Op && t.value === '(' && this.diagnose) this.checkParenthesizedParameters(t, lambda);
        this.fail();
      }
      if (!this.acceptOp(',')) break;
    }
    return result;
  }

  /** Fails; in the diagnosing pass, first raises `msg` at `where`. */
  private diagnoseAt(msg: string, where: Located): never {
    if (this.diagnose) this.raiseKnownLocation(msg, where);
    return this.fail();
  }

  // param: NAME annotation?       annotation: ':' expression
  // param_star_annotation: NAME star_annotation       star_annotation: ':' star_expression
  private parseParameter(lambda: boolean, star: boolean): Arg {
    const name = this.expectName();
    let annotation: Expr | null = null;
    if (!lambda && this.acceptOp(':')) annotation = star ? this.parseStarExpression() : this.parseExpression();
    return this.at({ kind: 'arg', arg: name.value, annotation }, name, this.last);
  }

  // invalid_parameters: param_no_default* a='(' param_no_default+ ','? b=')'
  // invalid_lambda_parameters: lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')'
  private checkParenthesizedParameters(open: Token, lambda: boolean): void {
    const mark = this.pos;
    this.pos++;
    let names = 0;
    while (this.isKind(TokenKind.Name)) {
      this.attempt(() => this.parseParameter(lambda, false));
      names++;
      if (!this.acceptOp(',')) break;
    }
    if (names > 0 && this.isOp(')')) {
      const what = lambda ? 'Lambda expression parameters' : 'Function parameters';
      this.raiseKnownRange(`${what} cannot be parenthesized`, open, this.peek());
    }
    this.pos = mark;
  }

  // type_params: '[' type_param_seq ']'
  // type_param_seq: ','.type_param+ [',']
  protected parseTypeParams(): TypeParam[] {
    this.expectOp('[');
    const params: TypeParam[] = [];
    do {
      if (this.isOp(']')) break;
      params.push(this.parseTypeParam());
    } while (this.acceptOp(','));
    this.expectOp(']');
    if (params.length === 0) this.fail();
    return params;
  }

  // type_param:
  //     | NAME [type_param_bound]
  //     | '*' NAME colon=':' expression -> "cannot use constraints/bound with TypeVarTuple"
  //     | '*' NAME
  //     | '**' NAME colon=':' expression -> "cannot use constraints/bound with ParamSpec"
  //     | '**' NAME
  // type_param_bound: ':' expression
  private parseTypeParam(): TypeParam {
    const t = this.peek();
    if (t.kind === TokenKind.Name) {
      this.pos++;
      const bound = this.acceptOp(':') ? this.parseExpression() : null;
      return this.at({ kind: 'TypeVar', name: t.value, bound }, t, this.last);
    }
    const star = this.acceptOp('*') ?? this.expectOp('**');
    const name = this.expectName();
    const colon = this.acceptOp(':');
    if (colon !== null) {
      const bound = this.parseExpression();
      const what = star.value === '*' ? 'TypeVarTuple' : 'ParamSpec';
      this.raiseStartingFrom(`cannot use ${bound.kind === 'Tuple' ? 'constraints' : 'bound'} with ${what}`, colon);
    }
    const kind = star.value === '*' ? 'TypeVarTuple' : 'ParamSpec';
    return this.at({ kind, name: name.value }, star, name);
  }
}
