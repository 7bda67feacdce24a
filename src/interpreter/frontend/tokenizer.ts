/**
 * The tokenizer: source text → tokens, a hand port of CPython 3.12's Parser/tokenizer.c.
 *
 * Model. One scan over the translated source (see SourceText) produces every token up front.
 * The scan follows tok_get: at the beginning of a logical line it measures indentation
 * (tabs to multiples of 8, with a tab-size-1 shadow count to detect inconsistent tabs, as
 * CPython does) and queues INDENT/DEDENT tokens; blank and comment-only lines, and newlines
 * inside brackets, produce nothing. A backslash joins physical lines.
 *
 * f-strings (PEP 701) are tokenized, not re-parsed: FSTRING_START pushes a mode on a stack;
 * in "f-string mode" literal text becomes FSTRING_MIDDLE tokens, and `{` switches back to the
 * regular tokenizer until the matching `}` (or a top-level `:` that starts a format spec, which
 * is again f-string mode). So nested quotes, nested f-strings and format specs all fall out.
 *
 * Errors. CPython's tokenizer runs lazily, but once its parser has found a syntax error it
 * tokenizes the rest of the file, and an error the tokenizer raises there replaces the syntax
 * error — unless it is an unclosed bracket at end of file opened on the parser error's line or
 * a later one, an error met inside an f-string, or one the tokenizer only signals by code (bad
 * dedent, tabs, …). Tokenizing eagerly is therefore equivalent, provided the first tokenizer
 * error is kept aside (`TokenizerResult.error`, which says whether it outranks) and the token
 * list ends there with an `EndMarker` whose reading raises it.
 */

import { PySyntaxError, type SyntaxErrorType } from './errors';
import type { SourceText } from './source-text';
import { KEYWORDS, OPERATORS, Token, TokenKind } from './tokens';

export type ParseMode = 'exec' | 'single' | 'eval';

export interface TokenizerError {
  error: PySyntaxError;
  /**
   * Whether it outranks a syntax error the parser found earlier. True for the errors CPython's
   * tokenizer raises itself; false for those it only signals by code (bad dedent, tabs, too
   * deep, line continuation) and for errors inside an f-string.
   */
  overrides: boolean;
  /** Set for "'(' was never closed" at end of file: the line of that bracket (it only outranks
   *  a parser error found on a later line). */
  unclosedBracketLine: number | null;
}

export interface TokenizerResult {
  tokens: Token[];
  /** The first tokenizer error; the parser raises it when it reaches the last token. */
  error: TokenizerError | null;
  /**
   * `chunkStart[n]`: the first line of the tokenizer buffer when it reads line n — n itself,
   * or an earlier line when line n continues a token (string, backslash continuation).
   * CPython shows that whole buffer as the `text` of an error on the current line.
   */
  chunkStart: number[];
}

const MAX_INDENT = 100;
const MAX_LEVEL = 200;
const MAX_FSTRING_LEVEL = 150;
const MAX_EXPR_NESTING = 3;
const TAB_SIZE = 8;

const SPACE = 0x20, TAB = 0x09, FORMFEED = 0x0c, NEWLINE = 0x0a, HASH = 0x23, BACKSLASH = 0x5c;
const QUOTE = 0x22, APOSTROPHE = 0x27, DOT = 0x2e, UNDERSCORE = 0x5f;

const OPERATORS_BY_FIRST_CHAR = new Map<string, string[]>();
for (const op of OPERATORS) {
  const list = OPERATORS_BY_FIRST_CHAR.get(op[0]) ?? [];
  list.push(op);
  OPERATORS_BY_FIRST_CHAR.set(op[0], list);
}

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;
/** Python's str.isprintable is false for these categories (space excepted). */
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}
function isIdentifierStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === UNDERSCORE || c >= 128;
}
function isIdentifierChar(c: number): boolean {
  return isIdentifierStart(c) || isDigit(c);
}
function isPrintable(ch: string): boolean {
  return ch === ' ' || !NON_PRINTABLE.test(ch);
}
function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, '0');
}

/** Per-f-string state, CPython's `tokenizer_mode` of kind TOK_FSTRING_MODE. */
interface FStringMode {
  quote: number;
  quoteSize: 1 | 3;
  raw: boolean;
  start: number;
  startLine: number;
  startLineStart: number;
  /** In an expression part (CPython: kind == TOK_REGULAR_MODE). */
  regular: boolean;
  /** Brackets opened inside this f-string's replacement fields. */
  curlyDepth: number;
  /** Depth at which the innermost open replacement field started; -1 outside fields. */
  exprStartDepth: number;
  inFormatSpec: boolean;
}

interface OpenBracket {
  char: string;
  lineno: number;
  lineStart: number;
  offset: number;
}

/** Thrown inside the tokenizer; caught by `tokenize`, which turns it into `result.error`. */
class Stop {
  constructor(readonly info: TokenizerError) {}
}

export function tokenize(
  source: SourceText,
  mode: ParseMode,
  filename: string,
  warn: (msg: string, lineno: number) => void,
): TokenizerResult {
  return new Tokenizer(source, mode, filename, warn).run();
}

class Tokenizer {
  private readonly text: string;
  private readonly tokens: Token[] = [];
  private pos = 0;
  private lineno = 1;
  private lineStart = 0;
  private atBol = true;
  private readonly indents: number[] = [0];
  private readonly altIndents: number[] = [0];
  private pendingIndents = 0;
  private readonly brackets: OpenBracket[] = [];
  private readonly fstrings: FStringMode[] = [];
  private readonly chunkStart: number[] = [0, 1];

  constructor(
    private readonly src: SourceText,
    private readonly mode: ParseMode,
    private readonly filename: string,
    private readonly warn: (msg: string, lineno: number) => void,
  ) {
    this.text = src.text;
  }

  run(): TokenizerResult {
    try {
      for (;;) {
        const top = this.fstrings.length > 0 ? this.fstrings[this.fstrings.length - 1] : null;
        if (top !== null && !top.regular) this.fstringModeToken(top);
        else if (this.normalModeToken(top)) break;
      }
      return { tokens: this.tokens, error: null, chunkStart: this.chunkStart };
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      this.emitTextless(TokenKind.EndMarker);
      return { tokens: this.tokens, error: e.info, chunkStart: this.chunkStart };
    }
  }

  // ------------------------------------------------------------------ positions and emission

  private col(offset: number): number {
    return this.src.col(this.lineStart, offset);
  }

  /**
   * Steps past the newline at `i`; like CPython, the line number only moves if a line follows.
   * `inToken`: the newline is inside a token (the next line continues the buffer).
   */
  private newlineAt(i: number, inToken = false): void {
    if (i + 1 < this.text.length) {
      this.lineno++;
      this.lineStart = i + 1;
      this.chunkStart[this.lineno] = inToken ? this.chunkStart[this.lineno - 1] : this.lineno;
    }
  }

  /** The tokenizer buffer CPython quotes for an error on the current line. */
  private bufferText(): string {
    const first = this.chunkStart[this.lineno] ?? this.lineno;
    return this.src.text.slice(this.src.lineStarts[first - 1], this.src.lineStarts[this.lineno] ?? this.src.text.length);
  }

  private emit(kind: TokenKind, value: string, start: number, startLine: number, startLineStart: number): void {
    const end = this.pos;
    const endCol = this.col(end);
    this.tokens.push(new Token(
      kind, value, start, end, startLine, this.src.col(startLineStart, start), this.lineno, endCol,
      this.brackets.length, endCol,
    ));
  }

  private emitHere(kind: TokenKind, value: string, start: number): void {
    this.emit(kind, value, start, this.lineno, this.lineStart);
  }

  /** INDENT, DEDENT, ENDMARKER: no text, column -1, error column where the scan stands. */
  private emitTextless(kind: TokenKind): void {
    this.tokens.push(new Token(
      kind, '', this.pos, this.pos, this.lineno, -1, this.lineno, -1, this.brackets.length, this.col(this.pos),
    ));
  }

  // ------------------------------------------------------------------ errors

  /** CPython's tokenizer `syntaxerror()`: offsets are columns of the scan position. */
  private error(msg: string, cursor: number, endCursor = cursor): never {
    throw new Stop({
      error: new PySyntaxError(
        'SyntaxError', msg, this.filename, this.lineno, this.col(cursor), this.lineno, this.col(endCursor),
        this.src.line(this.lineno),
      ),
      overrides: this.fstrings.length === 0,
      unclosedBracketLine: null,
    });
  }

  /** Errors the tokenizer signals by code and the parser words (`_Pypegen_tokenizer_error`). */
  private codedError(type: SyntaxErrorType, msg: string, offset: number, endOffset: number): never {
    throw new Stop({
      error: new PySyntaxError(type, msg, this.filename, this.lineno, offset, this.lineno, endOffset, this.bufferText()),
      overrides: false,
      unclosedBracketLine: null,
    });
  }

  private lineEndCol(): number {
    const nl = this.text.indexOf('\n', this.lineStart);
    return this.col(nl < 0 ? this.text.length : nl + 1);
  }

  private unclosedBracketError(): never {
    const open = this.brackets[this.brackets.length - 1];
    throw new Stop({
      error: new PySyntaxError(
        'SyntaxError', `'${open.char}' was never closed`, this.filename, open.lineno,
        this.src.col(open.lineStart, open.offset) + 1, open.lineno, 0,
        open.lineno === this.lineno ? this.bufferText() : this.src.line(open.lineno),
      ),
      overrides: this.fstrings.length === 0,
      unclosedBracketLine: open.lineno,
    });
  }

  /**
   * A backslash at `i` must end its line (`tok_continuation_line`); returns the next offset.
   * `inToken`: the backslash follows tokens of the line (not only indentation).
   */
  private continuationLine(i: number, inToken: boolean): number {
    if (this.text.charCodeAt(i + 1) !== NEWLINE) {
      this.codedError('SyntaxError', 'unexpected character after line continuation character', this.col(i) + 2, 0);
    }
    if (i + 2 >= this.text.length) {
      this.codedError('SyntaxError', 'unexpected EOF while parsing', this.lineEndCol(), -1);
    }
    this.newlineAt(i + 1, inToken);
    return i + 2;
  }

  // ------------------------------------------------------------------ regular mode

  /** Produces the next token(s) in regular mode; returns true after ENDMARKER. */
  private normalModeToken(fmode: FStringMode | null): boolean {
    const text = this.text;
    for (;;) {
      let blankline = false;
      if (this.atBol) {
        this.atBol = false;
        blankline = this.measureIndentation();
      }
      if (this.pendingIndents !== 0) {
        if (this.pendingIndents < 0) {
          this.pendingIndents++;
          this.emitTextless(TokenKind.Dedent);
        } else {
          this.pendingIndents--;
          this.emitTextless(TokenKind.Indent);
        }
        return false;
      }
      // again: skip spaces, comments and backslash continuations
      let c: number;
      let commentStart = -1;
      for (;;) {
        c = text.charCodeAt(this.pos);
        while (c === SPACE || c === TAB || c === FORMFEED) c = text.charCodeAt(++this.pos);
        if (c === HASH) {
          // CPython's NEWLINE token after a comment starts at the '#'
          commentStart = this.pos;
          const nl = text.indexOf('\n', this.pos);
          this.pos = nl < 0 ? text.length : nl;
          c = text.charCodeAt(this.pos);
        }
        if (c !== BACKSLASH) break;
        this.pos = this.continuationLine(this.pos, true);
      }
      if (Number.isNaN(c)) return this.endOfInput();
      if (c === NEWLINE) {
        const start = this.pos++;
        this.atBol = true;
        if (blankline || this.brackets.length > 0) {
          this.newlineAt(start);
          continue;
        }
        const endCol = this.col(start) + 1;
        this.tokens.push(new Token(
          TokenKind.Newline, '', start, start + 1, this.lineno, this.col(commentStart < 0 ? start : commentStart),
          this.lineno, endCol, this.brackets.length, endCol,
        ));
        this.newlineAt(start);
        return false;
      }
      this.regularToken(c, fmode);
      return false;
    }
  }

  /**
   * Measures the indentation of a new line and queues INDENT/DEDENT; returns whether the line is
   * blank (whitespace and/or comment only), which CPython skips entirely.
   */
  private measureIndentation(): boolean {
    const text = this.text;
    let col = 0;
    let altcol = 0;
    let contLineCol = 0;
    for (;;) {
      const c = text.charCodeAt(this.pos);
      if (c === SPACE) {
        col++;
        altcol++;
      } else if (c === TAB) {
        col = (Math.floor(col / TAB_SIZE) + 1) * TAB_SIZE;
        altcol++;
      } else if (c === FORMFEED) {
        col = altcol = 0;
      } else if (c === BACKSLASH) {
        contLineCol = contLineCol || col;
        this.pos = this.continuationLine(this.pos, false);
        continue;
      } else {
        break;
      }
      this.pos++;
    }
    const c = text.charCodeAt(this.pos);
    if (c === HASH || c === NEWLINE) return true;
    if (this.brackets.length > 0) return false;
    if (contLineCol) col = altcol = contLineCol;
    const depth = this.indents.length - 1;
    if (col === this.indents[depth]) {
      if (altcol !== this.altIndents[depth]) this.tabError();
    } else if (col > this.indents[depth]) {
      if (depth + 1 >= MAX_INDENT) {
        this.codedError('IndentationError', 'too many levels of indentation', 1, 0);
      }
      if (altcol <= this.altIndents[depth]) this.tabError();
      this.pendingIndents++;
      this.indents.push(col);
      this.altIndents.push(altcol);
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.pendingIndents--;
        this.indents.pop();
        this.altIndents.pop();
      }
      const top = this.indents.length - 1;
      if (col !== this.indents[top]) {
        this.codedError('IndentationError', 'unindent does not match any outer indentation level', this.lineEndCol(), -1);
      }
      if (altcol !== this.altIndents[top]) this.tabError();
    }
    return false;
  }

  private tabError(): never {
    this.codedError('TabError', 'inconsistent use of tabs and spaces in indentation', 1, 0);
  }

  private endOfInput(): boolean {
    if (this.brackets.length > 0) this.unclosedBracketError();
    if (this.mode === 'single' && this.tokens.length > 0) {
      // pegen turns the first ENDMARKER of interactive input into NEWLINE and closes blocks
      this.emitTextless(TokenKind.Newline);
      while (this.indents.length > 1) {
        this.indents.pop();
        this.emitTextless(TokenKind.Dedent);
      }
    }
    this.emitTextless(TokenKind.EndMarker);
    return true;
  }

  /** One token starting with character `c` at `this.pos` (not a newline or EOF). */
  private regularToken(c: number, fmode: FStringMode | null): void {
    const text = this.text;
    const start = this.pos;
    if (isIdentifierStart(c)) {
      // string prefixes: any of b, r, u, f in the combinations Python allows
      let sawB = false, sawR = false, sawU = false, sawF = false;
      let i = start;
      for (;;) {
        const ch = text[i];
        if (!(sawB || sawU || sawF) && (ch === 'b' || ch === 'B')) sawB = true;
        else if (!(sawB || sawU || sawR || sawF) && (ch === 'u' || ch === 'U')) sawU = true;
        else if (!(sawR || sawU) && (ch === 'r' || ch === 'R')) sawR = true;
        else if (!(sawF || sawB || sawU) && (ch === 'f' || ch === 'F')) sawF = true;
        else break;
        i++;
        const q = text.charCodeAt(i);
        if (q === QUOTE || q === APOSTROPHE) {
          this.pos = i;
          if (sawF) this.fstringStart(start, q);
          else this.stringLiteral(start, q);
          return;
        }
      }
      this.name(start);
      return;
    }
    if (c === DOT) {
      const c2 = text.charCodeAt(start + 1);
      if (isDigit(c2)) {
        this.pos = start + 1;
        this.number(start, true);
        return;
      }
      if (c2 === DOT && text.charCodeAt(start + 2) === DOT) {
        this.pos = start + 3;
        this.emitHere(TokenKind.Op, '...', start);
      } else {
        this.pos = start + 1;
        this.emitHere(TokenKind.Op, '.', start);
      }
      return;
    }
    if (isDigit(c)) {
      this.number(start, false);
      return;
    }
    if (c === QUOTE || c === APOSTROPHE) {
      this.stringLiteral(start, c);
      return;
    }
    this.operator(start, c, fmode);
  }

  private name(start: number): void {
    const text = this.text;
    let i = start;
    let nonAscii = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if (!isIdentifierChar(c)) break;
      if (c >= 128) nonAscii = true;
      i++;
    }
    this.pos = i;
    const word = text.slice(start, i);
    if (!nonAscii) {
      this.emitHere(KEYWORDS.has(word) ? TokenKind.Keyword : TokenKind.Name, word, start);
      return;
    }
    // keywords are recognised before normalisation: a look-alike `ｉｆ` is the name `if`
    this.verifyIdentifier(start, word);
    this.emitHere(TokenKind.Name, word.normalize('NFKC'), start);
  }

  /** PEP 3131 check of a name holding non-ASCII characters (`verify_identifier`). */
  private verifyIdentifier(start: number, word: string): void {
    let i = 0;
    for (const ch of word) {
      const ok = i === 0 ? XID_START.test(ch) : XID_CONTINUE.test(ch);
      if (!ok) {
        const cursor = start + i + ch.length;
        const cp = ch.codePointAt(0)!;
        const msg = isPrintable(ch)
          ? `invalid character '${ch}' (U+${hex4(cp)})`
          : `invalid non-printable character U+${hex4(cp)}`;
        this.error(msg, cursor);
      }
      i += ch.length;
    }
  }

  // ------------------------------------------------------------------ numbers

  /** Number starting at `start`; `this.pos` is past the digit (or past the dot for `.5`). */
  private number(start: number, afterDot: boolean): void {
    const text = this.text;
    let i = afterDot ? this.pos : start + 1;
    const at = (k: number) => text.charCodeAt(k);
    if (afterDot) {
      i = this.fraction(i);
    } else if (at(start) === 0x30) {
      const c = at(i) | 0x20;
      if (c === 0x78 /* x */ || c === 0x6f /* o */ || c === 0x62 /* b */) {
        this.radixNumber(start, i + 1, c);
        return;
      }
      // "0", "00", or a float / imaginary starting with zeros
      let nonzero = false;
      for (;;) {
        if (at(i) === UNDERSCORE) {
          i++;
          if (!isDigit(at(i))) this.error('invalid decimal literal', i);
        }
        if (at(i) !== 0x30) break;
        i++;
      }
      const zerosEnd = i + 1;
      if (isDigit(at(i))) {
        nonzero = true;
        i = this.decimalTail(i);
      }
      const c2 = at(i);
      if (c2 === DOT) {
        i = this.fraction(i + 1);
      } else if (c2 === 0x65 || c2 === 0x45 || c2 === 0x6a || c2 === 0x4a) {
        // exponent or imaginary, handled below
      } else if (nonzero) {
        this.error(
          'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          start + 1, zerosEnd,
        );
      } else {
        this.pos = this.endOfNumber(i, 'decimal');
        this.emitHere(TokenKind.Number, text.slice(start, this.pos), start);
        return;
      }
    } else {
      i = this.decimalTail(i);
      if (at(i) === DOT) i = this.fraction(i + 1);
    }
    // exponent
    const e = at(i);
    if (e === 0x65 || e === 0x45) {
      let k = i + 1;
      if (at(k) === 0x2b || at(k) === 0x2d) {
        k++;
        if (!isDigit(at(k))) this.error('invalid decimal literal', k);
      } else if (!isDigit(at(k))) {
        // "1else": the 'e' is not an exponent
        this.endOfNumber(i, 'decimal');
        this.pos = i;
        this.emitHere(TokenKind.Number, text.slice(start, i), start);
        return;
      }
      i = this.decimalTail(k);
    }
    const j = at(i);
    if (j === 0x6a || j === 0x4a) {
      this.pos = this.endOfNumber(i + 1, 'imaginary');
    } else {
      this.pos = this.endOfNumber(i, 'decimal');
    }
    this.emitHere(TokenKind.Number, text.slice(start, this.pos), start);
  }

  /** Digits after a decimal point (possibly none); returns the offset after them. */
  private fraction(i: number): number {
    return isDigit(this.text.charCodeAt(i)) ? this.decimalTail(i) : i;
  }

  /** `tok_decimal_tail`: digits with single underscores between them, starting at a digit. */
  private decimalTail(i: number): number {
    const text = this.text;
    for (;;) {
      while (isDigit(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) !== UNDERSCORE) return i;
      i++;
      if (!isDigit(text.charCodeAt(i))) this.error('invalid decimal literal', i);
    }
  }

  private radixNumber(start: number, i: number, kindChar: number): void {
    const text = this.text;
    const kind = kindChar === 0x78 ? 'hexadecimal' : kindChar === 0x6f ? 'octal' : 'binary';
    const valid = kindChar === 0x78 ? isHexDigit
      : kindChar === 0x6f ? (c: number) => c >= 0x30 && c <= 0x37
      : (c: number) => c === 0x30 || c === 0x31;
    let c = text.charCodeAt(i);
    do {
      if (c === UNDERSCORE) c = text.charCodeAt(++i);
      if (!valid(c)) {
        if (kindChar !== 0x78 && isDigit(c)) {
          this.error(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, i + 1);
        }
        this.error(`invalid ${kind} literal`, i);
      }
      do c = text.charCodeAt(++i); while (valid(c));
    } while (c === UNDERSCORE);
    if (kindChar !== 0x78 && isDigit(c)) {
      this.error(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, i + 1);
    }
    this.pos = this.endOfNumber(i, kind);
    this.emitHere(TokenKind.Number, text.slice(start, this.pos), start);
  }

  /**
   * `verify_end_of_number`: a letter right after a number is an error, except the keywords that
   * may legally follow one (`1if x else y`), which only warn. Returns where the number ends.
   */
  private endOfNumber(i: number, kind: string): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    let keyword = false;
    const follows = (word: string) =>
      text.startsWith(word, i) && !isIdentifierChar(text.charCodeAt(i + word.length));
    switch (c) {
      case 0x61: keyword = follows('and'); break;
      case 0x65: keyword = follows('else'); break;
      case 0x66: keyword = follows('for'); break;
      case 0x69: {
        const c2 = text[i + 1];
        keyword = c2 === 'f' || c2 === 'n' || c2 === 's';
        break;
      }
      case 0x6f: keyword = follows('or'); break;
      case 0x6e: keyword = follows('not'); break;
    }
    if (keyword) {
      this.warn(`invalid ${kind} literal`, this.lineno);
    } else if (c < 128 && isIdentifierChar(c)) {
      this.error(`invalid ${kind} literal`, i);
    }
    return i;
  }

  // ------------------------------------------------------------------ strings

  /** A complete (non-f) string literal; `this.pos` is at the opening quote. */
  private stringLiteral(start: number, quote: number): void {
    const text = this.text;
    const startLine = this.lineno;
    const startLineStart = this.lineStart;
    let i = this.pos + 1;
    let quoteSize = 1;
    let endQuoteSize = 0;
    if (text.charCodeAt(i) === quote) {
      if (text.charCodeAt(i + 1) === quote) {
        quoteSize = 3;
        i += 2;
      } else {
        endQuoteSize = 1;
        i += 1;
      }
    }
    while (endQuoteSize !== quoteSize) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c) || (quoteSize === 1 && c === NEWLINE)) {
        const detectedAt = this.lineno;
        this.lineno = startLine;
        this.lineStart = startLineStart;
        const top = this.fstrings[this.fstrings.length - 1];
        if (top !== undefined && top.quote === quote && top.quoteSize === quoteSize) {
          this.error("f-string: expecting '}'", start + 1);
        }
        this.error(
          quoteSize === 3
            ? `unterminated triple-quoted string literal (detected at line ${detectedAt})`
            : `unterminated string literal (detected at line ${detectedAt})`,
          start + 1,
        );
      }
      i++;
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === NEWLINE) {
          this.newlineAt(i - 1, true);
        } else if (c === BACKSLASH) {
          if (text.charCodeAt(i) === NEWLINE) this.newlineAt(i, true);
          if (i < text.length) i++;
        }
      }
    }
    this.pos = i;
    this.emit(TokenKind.String, text.slice(start, i), start, startLine, startLineStart);
  }

  /** FSTRING_START; `this.pos` is at the opening quote. */
  private fstringStart(start: number, quote: number): void {
    const text = this.text;
    let i = this.pos + 1;
    let quoteSize: 1 | 3 = 1;
    if (text.charCodeAt(i) === quote && text.charCodeAt(i + 1) === quote) {
      quoteSize = 3;
      i += 2;
    }
    this.pos = i;
    if (this.fstrings.length + 1 >= MAX_FSTRING_LEVEL) this.error('too many nested f-strings', i);
    const prefix = text.slice(start, this.pos - quoteSize);
    this.fstrings.push({
      quote, quoteSize, raw: /r/i.test(prefix), start, startLine: this.lineno,
      startLineStart: this.lineStart, regular: false, curlyDepth: 0, exprStartDepth: -1,
      inFormatSpec: false,
    });
    this.emitHere(TokenKind.FStringStart, text.slice(start, i), start);
  }

  /** `tok_get_fstring_mode`: literal text, the closing quote, or the start of a field. */
  private fstringModeToken(mode: FStringMode): void {
    const text = this.text;
    const start = this.pos;
    const startLine = this.lineno;
    const startLineStart = this.lineStart;
    if (text.charCodeAt(start) === 0x7b /* { */ && text.charCodeAt(start + 1) !== 0x7b) {
      this.openReplacementField(mode, start);
      mode.regular = true;
      return;
    }
    let isEnd = true;
    for (let k = 0; k < mode.quoteSize; k++) {
      if (text.charCodeAt(start + k) !== mode.quote) isEnd = false;
    }
    if (isEnd) {
      this.pos = start + mode.quoteSize;
      this.fstrings.pop();
      this.emitHere(TokenKind.FStringEnd, text.slice(start, this.pos), start);
      return;
    }
    let i = start;
    let endQuoteSize = 0;
    let unicodeEscape = false;
    const middle = (valueEnd: number, next: number) => {
      this.pos = next;
      this.emit(TokenKind.FStringMiddle, text.slice(start, valueEnd), start, startLine, startLineStart);
    };
    while (endQuoteSize !== mode.quoteSize) {
      const c = text.charCodeAt(i);
      const inFormatSpec = mode.inFormatSpec && mode.exprStartDepth >= 0;
      if (Number.isNaN(c) || (mode.quoteSize === 1 && c === NEWLINE)) {
        if (inFormatSpec && c === NEWLINE) {
          mode.regular = true;
          mode.inFormatSpec = false;
          middle(i, i);
          return;
        }
        const detectedAt = this.lineno;
        this.lineno = mode.startLine;
        this.lineStart = mode.startLineStart;
        this.error(
          mode.quoteSize === 3
            ? `unterminated triple-quoted f-string literal (detected at line ${detectedAt})`
            : `unterminated f-string literal (detected at line ${detectedAt})`,
          mode.start + 1,
        );
      }
      i++;
      if (c === mode.quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c === NEWLINE) {
        this.newlineAt(i - 1, true);
      } else if (c === 0x7b /* { */) {
        if (text.charCodeAt(i) !== 0x7b || inFormatSpec) {
          middle(i - 1, i - 1);
          this.openReplacementField(mode, i - 1);
          mode.regular = true;
          mode.inFormatSpec = false;
        } else {
          middle(i, i + 1);
        }
        return;
      } else if (c === 0x7d /* } */) {
        if (unicodeEscape) {
          middle(i, i);
          return;
        }
        if (text.charCodeAt(i) === 0x7d && !inFormatSpec && mode.curlyDepth === 0) {
          middle(i, i + 1);
        } else {
          mode.regular = true;
          mode.inFormatSpec = false;
          middle(i - 1, i - 1);
        }
        return;
      } else if (c === BACKSLASH) {
        const peek = text.charCodeAt(i);
        if (peek === 0x7b || peek === 0x7d) {
          if (!mode.raw) this.warn(`invalid escape sequence '\\${text[i]}'`, this.lineno);
          continue;
        }
        if (peek === NEWLINE) this.newlineAt(i, true);
        if (!Number.isNaN(peek)) i++;
        if (!mode.raw && peek === 0x4e /* N */ && text.charCodeAt(i) === 0x7b) {
          unicodeEscape = true;
          i++;
        }
      }
    }
    // the closing quote: emit the text before it; FSTRING_END comes next
    middle(i - mode.quoteSize, i - mode.quoteSize);
  }

  private openReplacementField(mode: FStringMode, brace: number): void {
    mode.exprStartDepth++;
    if (mode.exprStartDepth >= MAX_EXPR_NESTING) {
      this.error('f-string: expressions nested too deeply', brace);
    }
  }

  // ------------------------------------------------------------------ operators and brackets

  private operator(start: number, c: number, fmode: FStringMode | null): void {
    const text = this.text;
    const ch = text[start];
    if (fmode !== null && fmode.exprStartDepth >= 0 && ch === ':') {
      const cursor = fmode.curlyDepth - 1;
      if (cursor === fmode.exprStartDepth) {
        // a top-level ':' in a replacement field starts the format spec
        fmode.regular = false;
        fmode.inFormatSpec = true;
        this.pos = start + 1;
        this.emitHere(TokenKind.Op, ':', start);
        return;
      }
    }
    const candidates = OPERATORS_BY_FIRST_CHAR.get(ch);
    if (candidates !== undefined) {
      for (const op of candidates) {
        if (op.length > 1 && text.startsWith(op, start)) {
          this.pos = start + op.length;
          this.emitHere(TokenKind.Op, op, start);
          return;
        }
      }
    }
    this.pos = start + 1;
    switch (ch) {
      case '(': case '[': case '{':
        if (this.brackets.length >= MAX_LEVEL) this.error('too many nested parentheses', this.pos);
        this.brackets.push({ char: ch, lineno: this.lineno, lineStart: this.lineStart, offset: start });
        if (fmode !== null) fmode.curlyDepth++;
        break;
      case ')': case ']': case '}':
        this.closeBracket(ch, fmode);
        break;
      default:
        if (c < 0x20 || c === 0x7f) {
          this.error(`invalid non-printable character U+${hex4(c)}`, this.pos);
        }
    }
    const op = candidates?.[candidates.length - 1] ?? ch;
    this.emitHere(TokenKind.Op, op, start);
  }

  private closeBracket(ch: string, fmode: FStringMode | null): void {
    if (fmode !== null && fmode.curlyDepth === 0 && ch === '}') {
      this.error("f-string: single '}' is not allowed", this.pos);
    }
    const open = this.brackets.pop();
    if (open === undefined) this.error(`unmatched '${ch}'`, this.pos);
    const expected = open.char === '(' ? ')' : open.char === '[' ? ']' : '}';
    if (ch !== expected) {
      if (fmode !== null && open.char === '{' && fmode.curlyDepth - 1 === fmode.exprStartDepth) {
        this.error(`f-string: unmatched '${ch}'`, this.pos);
      }
      this.error(
        open.lineno !== this.lineno
          ? `closing parenthesis '${ch}' does not match opening parenthesis '${open.char}' on line ${open.lineno}`
          : `closing parenthesis '${ch}' does not match opening parenthesis '${open.char}'`,
        this.pos,
      );
    }
    if (fmode !== null) {
      fmode.curlyDepth--;
      if (ch === '}' && fmode.curlyDepth === fmode.exprStartDepth) {
        fmode.exprStartDepth--;
        fmode.regular = false;
        fmode.inFormatSpec = false;
      }
    }
  }
}
