/**
 * String literals, f-strings and their implicit concatenation (CPython 3.12's `strings` rule
 * and Parser/action_helpers.c: `_PyPegen_joined_str`, `_PyPegen_formatted_value`,
 * `_PyPegen_concatenate_strings`).
 *
 * An f-string arrives already tokenized (FSTRING_START, FSTRING_MIDDLE text, `{` expression
 * tokens `}`, FSTRING_END); this layer assembles the JoinedStr / FormattedValue nodes exactly as
 * CPython does, including its positions and quirks: literal parts are escape-decoded only once
 * the f-string is complete, `{x=}` contributes its source text as a constant, a format spec is a
 * JoinedStr of its own, and adjacent constants of a concatenation are merged into one whose span
 * runs from the first to the last piece.
 */

import type { Constant, Expr, FormattedValue, JoinedStr, Pos } from './ast';
import { AtomParser } from './atoms';
import { BRACKET_COST } from './expressions';
import { decodeBytes, decodeStr, splitStringToken, StringDecodeError } from './string-literals';
import { Token, TokenKind } from './tokens';

type StringPiece = Constant | JoinedStr;

export abstract class StringParser extends AtomParser {
  /** Source offsets of tokens already warned about (speculative parsing revisits tokens). */
  private readonly warnedAt = new Set<number>();

  private literalWarning(token: Token, lineno: number): (msg: string) => void {
    return (msg) => {
      if (this.diagnose || this.warnedAt.has(token.start)) return;
      this.warnedAt.add(token.start);
      this.warn(msg, lineno);
    };
  }

  // strings: (fstring|string)+
  protected parseStrings(): Expr {
    const first = this.peek();
    const pieces: StringPiece[] = [];
    let bytes = false;
    let text = false;
    for (let t = this.peek(); ; t = this.peek()) {
      if (t.kind === TokenKind.String) {
        this.pos++;
        const c = this.stringConstant(t);
        if (c.value.t === 'bytes') bytes = true;
        else text = true;
        pieces.push(c);
      } else if (t.kind === TokenKind.FStringStart) {
        pieces.push(this.parseFString());
        text = true;
      } else {
        break;
      }
    }
    if (bytes && text) this.raiseAtLastToken('cannot mix bytes and nonbytes literals');
    return this.concatenate(pieces, first, this.last);
  }

  // string: STRING
  private stringConstant(t: Token): Constant {
    const parts = splitStringToken(t.value);
    try {
      if (parts.bytes) {
        if (/[^\x00-\x7f]/.test(parts.body)) {
          this.raiseKnownLocation('bytes can only contain ASCII literal characters', t);
        }
        const v = decodeBytes(parts.body, parts.raw, this.literalWarning(t, t.lineno));
        return this.at({ kind: 'Constant', value: { t: 'bytes', v } }, t, t);
      }
      const v = parts.raw ? parts.body : decodeStr(parts.body, this.literalWarning(t, t.lineno));
      return this.at({ kind: 'Constant', value: { t: 'str', v } }, t, t);
    } catch (e) {
      if (e instanceof StringDecodeError) this.raiseKnownLocation(e.message, t);
      throw e;
    }
  }

  // fstring: FSTRING_START fstring_middle* FSTRING_END
  // fstring_middle: fstring_replacement_field | FSTRING_MIDDLE
  private parseFString(): JoinedStr {
    const start = this.next();
    const raw = /r/i.test(start.value);
    const parts: Expr[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === TokenKind.FStringMiddle) {
        this.pos++;
        parts.push(this.at({ kind: 'Constant', value: { t: 'str', v: t.value } }, t, t));
      } else if (t.kind === TokenKind.Op && t.value === '{') {
        const field = this.parseReplacementField();
        // a `{x=}` field is a JoinedStr [text, value]; at the top level it is spliced in
        if (field.kind === 'JoinedStr') parts.push(...field.values);
        else parts.push(field);
      } else {
        break;
      }
    }
    const end = this.expectKind(TokenKind.FStringEnd);
    const values: Expr[] = [];
    for (const part of parts) {
      if (part.kind === 'Constant' && part.value.t === 'str') {
        const v = raw ? part.value.v : this.decodeLiteral(part.value.v, end, end.lineno);
        if (v.length === 0) continue;
        part.value = { t: 'str', v };
      }
      values.push(part);
    }
    return this.at({ kind: 'JoinedStr', values }, start, end);
  }

  private decodeLiteral(text: string, token: Token, lineno: number): string {
    try {
      return decodeStr(text, this.literalWarning(token, lineno), true);
    } catch (e) {
      if (e instanceof StringDecodeError) this.raiseKnownLocation(e.message, token);
      throw e;
    }
  }

  // fstring_replacement_field:
  //     | '{' a=(yield_expr | star_expressions) debug_expr='='? conversion=[fstring_conversion]
  //       format=[fstring_full_format_spec] rbrace='}'
  //     | invalid_replacement_field
  private parseReplacementField(): FormattedValue | JoinedStr {
    const mark = this.pos;
    const field = this.attempt(() => this.replacementField());
    if (field !== null) return field;
    if (this.diagnose) {
      this.pos = mark;
      this.checkInvalidReplacementField();
    }
    return this.fail();
  }

  private replacementField(): FormattedValue | JoinedStr {
    const lbrace = this.expectOp('{');
    this.enter(BRACKET_COST);
    const value = this.isKeyword('yield') ? this.parseYieldExpression() : this.parseStarExpressions();
    const debug = this.acceptOp('=');
    // fstring_conversion: "!" NAME
    let conversion = -1;
    let bang: Token | null = null;
    let convName: Token | null = null;
    if (this.isOp('!')) {
      bang = this.next();
      convName = this.expectName();
      if (bang.end_lineno !== convName.lineno || bang.end_col_offset !== convName.col_offset) {
        this.raiseKnownRange('f-string: conversion type must come right after the exclamanation mark', bang, convName);
      }
    }
    // fstring_full_format_spec: ':' fstring_format_spec*
    // fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field
    let colon: Token | null = null;
    let format: JoinedStr | null = null;
    if (this.isOp(':')) {
      colon = this.next();
      const spec: Expr[] = [];
      for (;;) {
        const t = this.peek();
        if (t.kind === TokenKind.FStringMiddle) {
          this.pos++;
          const v = this.decodeLiteral(t.value, t, t.lineno);
          spec.push(this.at({ kind: 'Constant', value: { t: 'str', v } }, t, t));
        } else if (t.kind === TokenKind.Op && t.value === '{') {
          spec.push(this.parseReplacementField());
        } else {
          break;
        }
      }
      const only = spec.length === 1 ? spec[0] : null;
      const empty = only !== null && only.kind === 'Constant' && only.value.t === 'str' && only.value.v === '';
      format = this.at({ kind: 'JoinedStr', values: empty ? [] : spec }, colon, this.last);
    }
    const rbrace = this.expectOp('}');
    this.leave(BRACKET_COST);
    // (the conversion is checked by the rule's action, once the whole field has matched)
    if (convName !== null) {
      const c = convName.value;
      if (c.length !== 1 || (c !== 's' && c !== 'r' && c !== 'a')) {
        this.raiseKnownLocation(`f-string: invalid conversion character '${c}': expected 's', 'r', or 'a'`, convName);
      }
      conversion = c.charCodeAt(0);
    }
    // with `=` and neither conversion nor format spec, the value is shown with repr()
    if (debug !== null && bang === null && format === null) conversion = 'r'.charCodeAt(0);
    const fv = this.at({ kind: 'FormattedValue', value, conversion, format_spec: format } as FormattedValue, lbrace, rbrace);
    if (debug === null) return fv;
    // the source text of `{expr=` (up to the conversion, format spec or closing brace)
    const stop = bang ?? colon ?? rbrace;
    const text = this.src.text.slice(lbrace.end, stop.start);
    const end: Pos = convName !== null
      ? { lineno: 0, col_offset: 0, end_lineno: convName.lineno, end_col_offset: convName.col_offset }
      : format !== null
        ? { lineno: 0, col_offset: 0, end_lineno: format.lineno, end_col_offset: format.col_offset + 1 }
        : fv;
    const debugText: Constant = {
      kind: 'Constant', value: { t: 'str', v: text },
      lineno: lbrace.lineno, col_offset: lbrace.col_offset + 1,
      end_lineno: end.end_lineno, end_col_offset: end.end_col_offset - 1,
    };
    return this.at({ kind: 'JoinedStr', values: [debugText, fv] }, lbrace, end);
  }

  // invalid_replacement_field: the alternatives below, in order.
  private checkInvalidReplacementField(): void {
    this.expectOp('{');
    const t = this.peek();
    if (t.kind === TokenKind.Op && (t.value === '=' || t.value === '!' || t.value === ':' || t.value === '}')) {
      this.raiseKnownLocation(`f-string: valid expression required before '${t.value}'`, t);
    }
    const value = this.attempt(() => (this.isKeyword('yield') ? this.parseYieldExpression() : this.parseStarExpressions()));
    if (value === null) this.raiseOnNextToken("f-string: expecting a valid expression after '{'");
    const debug = this.acceptOp('=') !== null;
    if (!this.isOp('!') && !this.isOp(':') && !this.isOp('}')) {
      this.raiseOnNextToken(debug ? "f-string: expecting '!', or ':', or '}'" : "f-string: expecting '=', or '!', or ':', or '}'");
    }
    if (this.acceptOp('!')) {
      // invalid_conversion_character
      if (this.isOp(':') || this.isOp('}')) this.raiseOnNextToken('f-string: missing conversion character');
      if (!this.isKind(TokenKind.Name)) this.raiseOnNextToken('f-string: invalid conversion character');
      this.pos++;
    }
    if (!this.isOp(':') && !this.isOp('}')) this.raiseOnNextToken("f-string: expecting ':' or '}'");
    if (this.acceptOp(':')) {
      for (;;) {
        if (this.isKind(TokenKind.FStringMiddle)) this.pos++;
        else if (!this.isOp('{') || this.attempt(() => this.replacementField()) === null) break;
      }
      if (!this.isOp('}')) this.raiseOnNextToken("f-string: expecting '}', or format specs");
    }
    if (!this.isOp('}')) this.raiseOnNextToken("f-string: expecting '}'");
  }

  /** `_PyPegen_concatenate_strings`: one Constant or JoinedStr for adjacent literals. */
  private concatenate(pieces: StringPiece[], first: Token, last: Token): Expr {
    const hasFString = pieces.some((p) => p.kind === 'JoinedStr');
    if (pieces[0].kind === 'Constant' && pieces[0].value.t === 'bytes') {
      if (pieces.length === 1) return pieces[0];
      const chunks = pieces.map((p) => (p as Constant).value as { t: 'bytes'; v: Uint8Array });
      const v = new Uint8Array(chunks.reduce((n, c) => n + c.v.length, 0));
      let offset = 0;
      for (const c of chunks) {
        v.set(c.v, offset);
        offset += c.v.length;
      }
      return this.at({ kind: 'Constant', value: { t: 'bytes', v } }, first, last);
    }
    if (!hasFString && pieces.length === 1) return pieces[0];
    const flat: Expr[] = [];
    for (const p of pieces) {
      if (p.kind === 'JoinedStr') flat.push(...p.values);
      else flat.push(p);
    }
    const values: Expr[] = [];
    for (let i = 0; i < flat.length; i++) {
      let elem = flat[i];
      if (elem.kind === 'Constant') {
        if (i + 1 < flat.length && flat[i + 1].kind === 'Constant') {
          let text = '';
          let j = i;
          for (; j < flat.length; j++) {
            const c = flat[j];
            if (c.kind !== 'Constant' || c.value.t !== 'str') break;
            text += c.value.v;
          }
          elem = this.at({ kind: 'Constant', value: { t: 'str', v: text } }, flat[i], flat[j - 1]);
          i = j - 1;
        }
        if (hasFString && elem.kind === 'Constant' && elem.value.t === 'str' && elem.value.v === '') continue;
      }
      values.push(elem);
    }
    if (!hasFString) return values[0];
    return this.at({ kind: 'JoinedStr', values }, first, last);
  }
}
