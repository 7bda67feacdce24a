/**
 * String and bytes literal bodies → values, as CPython 3.12's Parser/string_parser.c does it.
 *
 * - `splitStringToken` takes a STRING token apart (prefix flags, quote size, body).
 * - `decodeStr` runs the `unicode_escape` decoder the way the parser calls it: non-ASCII
 *   characters are first rewritten as `\UXXXXXXXX` escapes (and a backslash before one becomes
 *   `\u005c`), so the positions in a decode error message are those CPython reports.
 * - `decodeBytes` mirrors `_PyBytes_DecodeEscape`.
 *
 * Only the first invalid escape of a literal is reported, through `warn`, as a SyntaxWarning
 * message ("invalid escape sequence '\d'", "invalid octal escape sequence '\400'"). Decode
 * failures throw `StringDecodeError` whose `message` is the full SyntaxError text
 * ("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: …").
 */

import { lookupUnicodeName } from './unicode-names';

export class StringDecodeError extends Error {}

export interface StringTokenParts {
  bytes: boolean;
  raw: boolean;
  /** Length of the prefix letters plus the opening quote(s). */
  openLength: number;
  quoteSize: 1 | 3;
  body: string;
}

/** Splits a complete STRING token (`rb'''…'''`) into prefix flags and body. */
export function splitStringToken(text: string): StringTokenParts {
  let i = 0;
  let bytes = false;
  let raw = false;
  for (;; i++) {
    const c = text[i];
    if (c === 'b' || c === 'B') bytes = true;
    else if (c === 'r' || c === 'R') raw = true;
    else if (c !== 'u' && c !== 'U') break;
  }
  const quote = text[i];
  const quoteSize = text.length - i >= 6 && text[i + 1] === quote && text[i + 2] === quote ? 3 : 1;
  const openLength = i + quoteSize;
  return { bytes, raw, openLength, quoteSize, body: text.slice(openLength, text.length - quoteSize) };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\', "'": "'", '"': '"', b: '\b', f: '\f', t: '\t', n: '\n', r: '\r', v: '\v', a: '\x07',
};

function isOctal(c: string): boolean {
  return c >= '0' && c <= '7';
}

function invalidEscapeMessage(buf: string, at: number): string {
  const c = buf[at];
  return c >= '4' && c <= '7'
    ? `invalid octal escape sequence '\\${buf.slice(at, at + 3)}'`
    : `invalid escape sequence '\\${c}'`;
}

/** CPython's pre-pass: make the body pure ASCII by escaping every non-ASCII character. */
function asciiEscapeBuffer(body: string): string {
  let out = '';
  let i = 0;
  while (i < body.length) {
    if (body[i] === '\\') {
      out += '\\';
      i++;
      if (i >= body.length || body.charCodeAt(i) >= 0x80) {
        out += 'u005c';
        if (i >= body.length) break;
      }
    }
    const cp = body.codePointAt(i)!;
    if (cp >= 0x80) {
      out += '\\U' + cp.toString(16).padStart(8, '0');
      i += cp > 0xffff ? 2 : 1;
    } else {
      out += body[i];
      i++;
    }
  }
  return out;
}

function unicodeEscapeError(buf: string, start: number, end: number, reason: string): StringDecodeError {
  const where = end === start + 1
    ? `byte 0x${buf.charCodeAt(start).toString(16).padStart(2, '0')} in position ${start}`
    : `bytes in position ${start}-${end - 1}`;
  return new StringDecodeError(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${reason}`);
}

/**
 * Decodes the escapes of a str literal body. `skipBraceWarning` is set for f-string parts,
 * where the tokenizer already warned about `\{` and `\}`.
 */
export function decodeStr(body: string, warn: (msg: string) => void, skipBraceWarning = false): string {
  if (!body.includes('\\')) return body;
  const buf = asciiEscapeBuffer(body);
  const end = buf.length;
  let out = '';
  let firstInvalid = -1;
  let s = 0;
  while (s < end) {
    const c = buf[s++];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const startPos = s - 1;
    if (s >= end) throw unicodeEscapeError(buf, startPos, s, '\\ at end of string');
    const e = buf[s++];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    if (e === '\n') continue;
    if (isOctal(e)) {
      let ch = e.charCodeAt(0) - 48;
      if (s < end && isOctal(buf[s])) {
        ch = (ch << 3) + buf.charCodeAt(s++) - 48;
        if (s < end && isOctal(buf[s])) ch = (ch << 3) + buf.charCodeAt(s++) - 48;
      }
      if (ch > 0o377 && firstInvalid < 0) firstInvalid = s - 3;
      out += String.fromCharCode(ch);
      continue;
    }
    if (e === 'x' || e === 'u' || e === 'U') {
      let count = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const reason = e === 'x' ? 'truncated \\xXX escape' : e === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
      let ch = 0;
      for (; count > 0; s++, count--) {
        if (s >= end) throw unicodeEscapeError(buf, startPos, s, reason);
        const digit = parseInt(buf[s], 16);
        if (Number.isNaN(digit)) throw unicodeEscapeError(buf, startPos, s, reason);
        ch = ch * 16 + digit;
      }
      if (ch > 0x10ffff) throw unicodeEscapeError(buf, startPos, s, 'illegal Unicode character');
      out += String.fromCodePoint(ch);
      continue;
    }
    if (e === 'N') {
      let reason = 'malformed \\N character escape';
      if (s < end && buf[s] === '{') {
        const nameStart = ++s;
        while (s < end && buf[s] !== '}') s++;
        if (s < end && s > nameStart) {
          s++;
          const cp = lookupUnicodeName(buf.slice(nameStart, s - 1));
          if (cp !== undefined) {
            out += String.fromCodePoint(cp);
            continue;
          }
          reason = 'unknown Unicode character name';
        }
      }
      throw unicodeEscapeError(buf, startPos, s, reason);
    }
    if (firstInvalid < 0) firstInvalid = s - 1;
    out += '\\' + e;
  }
  if (firstInvalid >= 0 && !(skipBraceWarning && (buf[firstInvalid] === '{' || buf[firstInvalid] === '}'))) {
    warn(invalidEscapeMessage(buf, firstInvalid));
  }
  return out;
}

/** Decodes a bytes literal body (already known to be ASCII). */
export function decodeBytes(body: string, raw: boolean, warn: (msg: string) => void): Uint8Array {
  if (raw || !body.includes('\\')) {
    const bytes = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i++) bytes[i] = body.charCodeAt(i);
    return bytes;
  }
  const out: number[] = [];
  const end = body.length;
  let firstInvalid = -1;
  let s = 0;
  while (s < end) {
    if (body[s] !== '\\') {
      out.push(body.charCodeAt(s++));
      continue;
    }
    s++;
    const e = body[s++];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out.push(simple.charCodeAt(0));
    } else if (e === '\n') {
      // line continuation
    } else if (isOctal(e)) {
      let c = e.charCodeAt(0) - 48;
      if (s < end && isOctal(body[s])) {
        c = (c << 3) + body.charCodeAt(s++) - 48;
        if (s < end && isOctal(body[s])) c = (c << 3) + body.charCodeAt(s++) - 48;
      }
      if (c > 0o377 && firstInvalid < 0) firstInvalid = s - 3;
      out.push(c & 0xff);
    } else if (e === 'x') {
      const hi = s + 1 < end ? parseInt(body[s], 16) : NaN;
      const lo = s + 1 < end ? parseInt(body[s + 1], 16) : NaN;
      if (Number.isNaN(hi) || Number.isNaN(lo)) {
        throw new StringDecodeError(`(value error) invalid \\x escape at position ${s - 2}`);
      }
      out.push(hi * 16 + lo);
      s += 2;
    } else {
      if (firstInvalid < 0) firstInvalid = s - 1;
      out.push(0x5c);
      s--;
    }
  }
  if (firstInvalid >= 0) warn(invalidEscapeMessage(body, firstInvalid));
  return Uint8Array.from(out);
}
