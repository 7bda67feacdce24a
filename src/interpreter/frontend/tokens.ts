/**
 * Tokens, as CPython 3.12's tokenizer (Parser/tokenizer.c) hands them to its parser.
 *
 * Only parser-relevant tokens exist: comments and NL (non-logical newlines) are dropped by the
 * tokenizer. Reserved keywords get their own kind so the parser never mistakes `if` for a name;
 * soft keywords (`match`, `case`, `type`, `_`) stay `Name`. Operators are `Op` tokens whose
 * `value` is the interned operator text from `OPERATORS`, so the parser compares strings.
 *
 * Positions: `start`/`end` index the (newline-translated) source string; `lineno`/`col_offset`
 * and `end_lineno`/`end_col_offset` are named and counted like the AST's (1-based lines, 0-based
 * code-point columns), so a token can stand wherever a node position is expected. INDENT, DEDENT
 * and ENDMARKER have no text: like CPython they report column -1, and `cursorCol` (where the
 * tokenizer stood after producing them) is what error messages use instead.
 */

export enum TokenKind {
  EndMarker,
  Name,
  Keyword,
  Number,
  String,
  FStringStart,
  FStringMiddle,
  FStringEnd,
  Op,
  Newline,
  Indent,
  Dedent,
}

export class Token {
  constructor(
    readonly kind: TokenKind,
    /** Name: the identifier (NFKC-normalised); Keyword/Op: the interned text; Number/String/
     *  FString*: the source text (FStringMiddle: with a doubled brace counted once, as CPython). */
    readonly value: string,
    readonly start: number,
    readonly end: number,
    readonly lineno: number,
    readonly col_offset: number,
    readonly end_lineno: number,
    readonly end_col_offset: number,
    /** Bracket nesting depth after this token (CPython's `token->level`). */
    readonly level: number,
    /** Tokenizer column after this token; error position of text-less tokens. */
    readonly cursorCol: number,
  ) {}
}

/** Reserved keywords of Python 3.12 (Lib/keyword.py kwlist). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import',
  'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while',
  'with', 'yield',
]);

/**
 * Every operator and delimiter, longest first within each leading character, as
 * Grammar/Tokens lists them (plus `<>`, which CPython tokenizes and then rejects).
 */
export const OPERATORS: readonly string[] = [
  '**=', '...', '//=', '<<=', '>>=',
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=',
  '>>', '@=', '^=', '|=',
  '!', '%', '&', '(', ')', '*', '+', ',', '-', '.', '/', ':', ';', '<', '=', '>', '@', '[', ']',
  '^', '{', '|', '}', '~',
];

/** Augmented-assignment operator → AST operator name. */
export const AUGASSIGN_OPS: ReadonlyMap<string, string> = new Map([
  ['+=', 'Add'], ['-=', 'Sub'], ['*=', 'Mult'], ['@=', 'MatMult'], ['/=', 'Div'], ['%=', 'Mod'],
  ['&=', 'BitAnd'], ['|=', 'BitOr'], ['^=', 'BitXor'], ['<<=', 'LShift'], ['>>=', 'RShift'],
  ['**=', 'Pow'], ['//=', 'FloorDiv'],
]);
