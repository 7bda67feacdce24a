/**
 * The program text as the tokenizer sees it, with line bookkeeping.
 *
 * Like CPython's string tokenizer, `\r\n` and lone `\r` are translated to `\n` first, and exec
 * input gets a final newline if it lacks one; all offsets in the front end index this translated
 * text. Columns are counted in code points: a line holding astral characters (UTF-16 surrogate
 * pairs) is measured character by character, every other line by subtraction.
 */

const SURROGATE = /[\uD800-\uDFFF]/;

export class SourceText {
  readonly text: string;
  /** `lineStarts[n - 1]` is the offset where line n begins. */
  readonly lineStarts: number[] = [0];
  private readonly hasSurrogates: boolean;

  constructor(source: string, appendNewline: boolean) {
    let text = source.includes('\r') ? source.replace(/\r\n?/g, '\n') : source;
    if (appendNewline && text.length > 0 && !text.endsWith('\n')) text += '\n';
    this.text = text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      this.lineStarts.push(i + 1);
    }
    this.hasSurrogates = SURROGATE.test(text);
  }

  /** Number of lines (a final newline does not start a new one). */
  get lineCount(): number {
    const n = this.lineStarts.length;
    return this.lineStarts[n - 1] === this.text.length && n > 1 ? n - 1 : n;
  }

  /** Code-point column of `offset`, which lies on the line starting at `lineStart`. */
  col(lineStart: number, offset: number): number {
    if (!this.hasSurrogates) return offset - lineStart;
    let col = 0;
    for (let i = lineStart; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff && i > lineStart) {
        const prev = this.text.charCodeAt(i - 1);
        if (prev >= 0xd800 && prev <= 0xdbff) continue; // second half of a pair
      }
      col++;
    }
    return col;
  }

  /** Text of line `lineno` without its newline ('' past the end). */
  line(lineno: number): string {
    if (lineno < 1 || lineno > this.lineStarts.length) return '';
    const start = this.lineStarts[lineno - 1];
    const nl = this.text.indexOf('\n', start);
    return this.text.slice(start, nl < 0 ? this.text.length : nl);
  }

  /** Text of line `lineno` with its newline, if it has one. */
  lineWithNewline(lineno: number): string {
    if (lineno < 1 || lineno > this.lineStarts.length) return '';
    const start = this.lineStarts[lineno - 1];
    const nl = this.text.indexOf('\n', start);
    return this.text.slice(start, nl < 0 ? this.text.length : nl + 1);
  }
}
