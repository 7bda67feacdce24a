/**
 * The tokenizer against CPython 3.12's own token stream (fixtures/frontend/tokens.json, from
 * the tokenize module, which runs the C tokenizer; NL and COMMENT tokens, which the parser never
 * sees, are left out). Text-less tokens (NEWLINE, INDENT, DEDENT, ENDMARKER) are compared by
 * kind only, and FSTRING_MIDDLE by text, because tokenize re-positions those for display.
 */
import { describe, expect, it } from 'vitest';
import { SourceText } from '../../../src/interpreter/frontend/source-text';
import { tokenize } from '../../../src/interpreter/frontend/tokenizer';
import { Token, TokenKind } from '../../../src/interpreter/frontend/tokens';
import { loadCases } from './fixture-json';

interface TokenJson {
  type: string;
  string: string;
  start: [number, number];
  end: [number, number];
}

interface TokenCase {
  name: string;
  source: string;
  tokens: TokenJson[];
}

const TYPE_NAMES: Record<TokenKind, string> = {
  [TokenKind.EndMarker]: 'ENDMARKER',
  [TokenKind.Name]: 'NAME',
  [TokenKind.Keyword]: 'NAME',
  [TokenKind.Number]: 'NUMBER',
  [TokenKind.String]: 'STRING',
  [TokenKind.FStringStart]: 'FSTRING_START',
  [TokenKind.FStringMiddle]: 'FSTRING_MIDDLE',
  [TokenKind.FStringEnd]: 'FSTRING_END',
  [TokenKind.Op]: 'OP',
  [TokenKind.Newline]: 'NEWLINE',
  [TokenKind.Indent]: 'INDENT',
  [TokenKind.Dedent]: 'DEDENT',
};

const POSITIONED = new Set(['NAME', 'NUMBER', 'STRING', 'OP', 'FSTRING_START', 'FSTRING_END']);

function comparable(t: { type: string; string: string; start: [number, number]; end: [number, number] }) {
  if (t.type === 'FSTRING_MIDDLE') return { type: t.type, string: t.string };
  if (!POSITIONED.has(t.type)) return { type: t.type };
  return t;
}

function ours(t: Token) {
  return comparable({
    type: TYPE_NAMES[t.kind], string: t.value,
    start: [t.lineno, t.col_offset], end: [t.end_lineno, t.end_col_offset],
  });
}

describe('token streams match CPython 3.12', () => {
  const { cases } = loadCases<TokenCase>('tokens');
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = tokenize(new SourceText(c.source, true), 'exec', '<fixture>', () => {});
    expect(result.error).toBeNull();
    expect(result.tokens.map(ours)).toEqual(c.tokens.map((t) => comparable(t)));
  });
});

describe('tokenizer errors', () => {
  it('stops at the first error and keeps it for the parser', () => {
    const result = tokenize(new SourceText('x = 1\ny = 0b2\nz = "', true), 'exec', 'e.py', () => {});
    expect(result.error?.error.msg).toBe("invalid digit '2' in binary literal");
    expect(result.tokens[result.tokens.length - 1].kind).toBe(TokenKind.EndMarker);
    expect(result.tokens.map((t) => t.value).slice(0, 4)).toEqual(['x', '=', '1', '']);
  });
});
